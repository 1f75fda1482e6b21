using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a POSIX storage gateway (Python's <c>POSIXStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>posix_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class POSIXStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="groupsAllow">POSIX groups allowed to use the storage gateway. Private.</param>
    /// <param name="groupsDeny">POSIX groups denied the storage gateway. Private.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public POSIXStoragePolicies(
        string dataType = "posix_storage_policies#1.0.0",
        IEnumerable<string>? groupsAllow = null,
        IEnumerable<string>? groupsDeny = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("groups_allow", StringArray(groupsAllow));
        SetIfGiven("groups_deny", StringArray(groupsDeny));
        SetAll(additionalFields);
    }
}
