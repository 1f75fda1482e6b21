using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of an ActiveScale storage gateway (Python's <c>ActiveScaleStoragePolicies</c>): the S3
/// policies, with the S3 <c>DATA_TYPE</c> (<c>s3_storage_policies#1.0.0</c>), as the Python SDK defines them.
/// </summary>
/// <remarks>A parameter left null is not sent.</remarks>
public sealed class ActiveScaleStoragePolicies : S3StoragePolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="s3Endpoint">The URL of the S3 API endpoint.</param>
    /// <param name="s3Buckets">Buckets not owned by the collection owner, shown at the root of collections.</param>
    /// <param name="s3UserCredentialRequired">Whether a user must register a user credential to create a guest collection.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public ActiveScaleStoragePolicies(
        string dataType = "s3_storage_policies#1.0.0",
        string? s3Endpoint = null,
        IEnumerable<string>? s3Buckets = null,
        bool? s3UserCredentialRequired = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
        : base(dataType, s3Endpoint, s3Buckets, s3UserCredentialRequired, additionalFields)
    {
    }
}
