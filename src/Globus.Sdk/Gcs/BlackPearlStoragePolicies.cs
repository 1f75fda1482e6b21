using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a BlackPearl storage gateway (Python's <c>BlackPearlStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>blackpearl_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class BlackPearlStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="s3Endpoint">The URL of the BlackPearl appliance's S3 endpoint.</param>
    /// <param name="bpAccessIdFile">The file that maps usernames to BlackPearl access ids and secrets.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public BlackPearlStoragePolicies(
        string dataType = "blackpearl_storage_policies#1.0.0",
        string? s3Endpoint = null,
        string? bpAccessIdFile = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("s3_endpoint", s3Endpoint);
        SetIfGiven("bp_access_id_file", bpAccessIdFile);
        SetAll(additionalFields);
    }
}
