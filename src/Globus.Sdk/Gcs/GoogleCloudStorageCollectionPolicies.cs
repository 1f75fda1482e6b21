using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The collection policies of a mapped collection on a Google Cloud Storage storage gateway (Python's <c>GoogleCloudStorageCollectionPolicies</c>), for the <c>policies</c> of a <see cref="MappedCollectionDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>google_cloud_storage_collection_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class GoogleCloudStorageCollectionPolicies : CollectionPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="project">The Google Cloud Platform project the collection uses.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public GoogleCloudStorageCollectionPolicies(
        string dataType = "google_cloud_storage_collection_policies#1.0.0",
        string? project = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("project", project);
        SetAll(additionalFields);
    }
}
