using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a Box storage gateway (Python's <c>BoxStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>box_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class BoxStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="enterpriseID">The Box Enterprise the storage gateway may access. Private.</param>
    /// <param name="boxAppSettings">The settings the storage gateway authenticates to the Box API with (secret). Private.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public BoxStoragePolicies(
        string dataType = "box_storage_policies#1.0.0",
        string? enterpriseID = null,
        JsonObject? boxAppSettings = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("enterpriseID", enterpriseID);
        SetIfGiven("boxAppSettings", boxAppSettings);
        SetAll(additionalFields);
    }
}
