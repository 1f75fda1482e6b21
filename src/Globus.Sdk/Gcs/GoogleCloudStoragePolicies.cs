using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a Google Cloud Storage storage gateway (Python's <c>GoogleCloudStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>google_cloud_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class GoogleCloudStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="clientId">The client id registered with Google. Private.</param>
    /// <param name="secret">The secret of that client (secret). Private.</param>
    /// <param name="serviceAccountKey">Service account credentials, read from Google's JSON file (secret). Private.</param>
    /// <param name="buckets">The buckets the storage gateway may access and lists at the root; unrestricted when not sent.</param>
    /// <param name="projects">The projects the storage gateway may access; unrestricted when not sent.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public GoogleCloudStoragePolicies(
        string dataType = "google_cloud_storage_policies#1.0.0",
        string? clientId = null,
        string? secret = null,
        JsonObject? serviceAccountKey = null,
        IEnumerable<string>? buckets = null,
        IEnumerable<string>? projects = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("client_id", clientId);
        SetIfGiven("secret", secret);
        SetIfGiven("service_account_key", serviceAccountKey);
        SetIfGiven("buckets", StringArray(buckets));
        SetIfGiven("projects", StringArray(projects));
        SetAll(additionalFields);
    }
}
