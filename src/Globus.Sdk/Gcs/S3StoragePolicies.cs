using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of an S3 storage gateway (Python's <c>S3StoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>s3_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public class S3StoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="s3Endpoint">The URL of the S3 API endpoint.</param>
    /// <param name="s3Buckets">Buckets not owned by the collection owner, shown at the root of collections.</param>
    /// <param name="s3UserCredentialRequired">Whether a user must register a user credential to create a guest collection.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public S3StoragePolicies(
        string dataType = "s3_storage_policies#1.0.0",
        string? s3Endpoint = null,
        IEnumerable<string>? s3Buckets = null,
        bool? s3UserCredentialRequired = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("s3_endpoint", s3Endpoint);
        SetIfGiven("s3_buckets", StringArray(s3Buckets));
        SetIfGiven("s3_user_credential_required", s3UserCredentialRequired);
        SetAll(additionalFields);
    }
}
