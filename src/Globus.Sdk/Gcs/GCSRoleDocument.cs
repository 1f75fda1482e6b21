using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The document <see cref="GCSClient.CreateRoleAsync"/> sends: a role of a principal on the endpoint or a collection (Python's <c>GCSRoleDocument</c>).
/// </summary>
/// <remarks>
/// Its <c>DATA_TYPE</c> is <c>role#1.0.0</c> unless given.
/// <code>
/// var doc = new GCSRoleDocument(collection: collectionId, principal: "urn:globus:auth:identity:" + identityId, role: "administrator");
/// </code>
/// A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).
/// </remarks>
public sealed class GCSRoleDocument : PayloadDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="collection">The collection the role is on; not sent for an endpoint role.</param>
    /// <param name="principal">The identity or group URN (<c>urn:globus:auth:identity:{id}</c>, <c>urn:globus:auth:group:{id}</c>).</param>
    /// <param name="role">The role: <c>owner</c>, <c>administrator</c>, <c>access_manager</c>, <c>activity_manager</c> or <c>activity_monitor</c>.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public GCSRoleDocument(
        string dataType = "role#1.0.0",
        string? collection = null,
        string? principal = null,
        string? role = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("collection", collection);
        SetIfGiven("principal", principal);
        SetIfGiven("role", role);
        SetAll(additionalFields);
    }

    /// <summary>The document as the request model <see cref="GCSClient"/> takes: every field, as set.</summary>
    /// <param name="document">The document; null gives null.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(document))]
    public static implicit operator GCSRoleRequest?(GCSRoleDocument? document) => document?.ToRequest();

    /// <summary>The document as the request model <see cref="GCSClient"/> takes (<c>POST /roles</c>): every field, as set.</summary>
    /// <returns>A new request model.</returns>
    public GCSRoleRequest ToRequest() => GCSRoleRequest.FromJson(Fields);
}
