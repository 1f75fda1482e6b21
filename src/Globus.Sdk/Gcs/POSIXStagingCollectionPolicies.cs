using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The collection policies of a mapped collection on a POSIX staging storage gateway (Python's <c>POSIXStagingCollectionPolicies</c>), for the <c>policies</c> of a <see cref="MappedCollectionDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>posix_staging_collection_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class POSIXStagingCollectionPolicies : CollectionPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="sharingGroupsAllow">POSIX groups allowed to create guest collections.</param>
    /// <param name="sharingGroupsDeny">POSIX groups not allowed to create guest collections.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public POSIXStagingCollectionPolicies(
        string dataType = "posix_staging_collection_policies#1.0.0",
        IEnumerable<string>? sharingGroupsAllow = null,
        IEnumerable<string>? sharingGroupsDeny = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("sharing_groups_allow", StringArray(sharingGroupsAllow));
        SetIfGiven("sharing_groups_deny", StringArray(sharingGroupsDeny));
        SetAll(additionalFields);
    }
}
