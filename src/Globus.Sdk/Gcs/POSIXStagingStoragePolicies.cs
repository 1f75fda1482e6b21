using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a POSIX staging storage gateway (Python's <c>POSIXStagingStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>posix_staging_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class POSIXStagingStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="groupsAllow">POSIX groups allowed to use the storage gateway. Private.</param>
    /// <param name="groupsDeny">POSIX groups denied the storage gateway. Private.</param>
    /// <param name="stageApp">The path of the stage app. Private.</param>
    /// <param name="environment">Variables (<c>{"name": ..., "value": ...}</c> objects) set for the stage app; copied. Private.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public POSIXStagingStoragePolicies(
        string dataType = "posix_staging_storage_policies#1.0.0",
        IEnumerable<string>? groupsAllow = null,
        IEnumerable<string>? groupsDeny = null,
        string? stageApp = null,
        IEnumerable<JsonObject>? environment = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("groups_allow", StringArray(groupsAllow));
        SetIfGiven("groups_deny", StringArray(groupsDeny));
        SetIfGiven("stage_app", stageApp);
        SetIfGiven("environment", ObjectArray(environment));
        SetAll(additionalFields);
    }
}
