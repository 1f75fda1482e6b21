using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a Ceph storage gateway (Python's <c>CephStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>ceph_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class CephStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="s3Endpoint">The URL of the S3 API endpoint.</param>
    /// <param name="s3Buckets">Buckets not owned by the collection owner, shown at the root of collections.</param>
    /// <param name="cephAdminKeyId">The administrator key id for the Ceph admin service. Private.</param>
    /// <param name="cephAdminSecretKey">The administrator secret key for the Ceph admin service (secret). Private.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public CephStoragePolicies(
        string dataType = "ceph_storage_policies#1.0.0",
        string? s3Endpoint = null,
        IEnumerable<string>? s3Buckets = null,
        string? cephAdminKeyId = null,
        string? cephAdminSecretKey = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("s3_endpoint", s3Endpoint);
        SetIfGiven("s3_buckets", StringArray(s3Buckets));
        SetIfGiven("ceph_admin_key_id", cephAdminKeyId);
        SetIfGiven("ceph_admin_secret_key", cephAdminSecretKey);
        SetAll(additionalFields);
    }
}
