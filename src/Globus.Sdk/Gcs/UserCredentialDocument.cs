using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The document <see cref="GCSClient.CreateUserCredentialAsync"/> and <see cref="GCSClient.UpdateUserCredentialAsync"/> send: a user credential (Python's <c>UserCredentialDocument</c>).
/// </summary>
/// <remarks>
/// Its <c>DATA_TYPE</c> is <c>user_credential#1.0.0</c> unless given. Credentials in its policies are not shown by <see cref="PayloadDocument.ToString"/>.
/// <code>
/// var doc = new UserCredentialDocument(identityId: identityId, storageGatewayId: gatewayId, username: "jdoe");
/// </code>
/// A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).
/// </remarks>
public sealed class UserCredentialDocument : PayloadDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="identityId">The Globus identity the credential gives access for.</param>
    /// <param name="connectorId">The connector of the credential.</param>
    /// <param name="username">The local account the credential gives access to (the format is the connector's).</param>
    /// <param name="displayName">The credential's name.</param>
    /// <param name="storageGatewayId">The storage gateway of the credential.</param>
    /// <param name="policies">The connector's credential policies (which may hold secrets).</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public UserCredentialDocument(
        string dataType = "user_credential#1.0.0",
        string? identityId = null,
        string? connectorId = null,
        string? username = null,
        string? displayName = null,
        string? storageGatewayId = null,
        JsonObject? policies = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("identity_id", identityId);
        SetIfGiven("connector_id", connectorId);
        SetIfGiven("username", username);
        SetIfGiven("display_name", displayName);
        SetIfGiven("storage_gateway_id", storageGatewayId);
        SetIfGiven("policies", policies);
        SetAll(additionalFields);
    }

    /// <summary>The document as the request model <see cref="GCSClient"/> takes: every field, as set.</summary>
    /// <param name="document">The document; null gives null.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(document))]
    public static implicit operator GCSUserCredentialRequest?(UserCredentialDocument? document) => document?.ToRequest();

    /// <summary>The document as the request model <see cref="GCSClient"/> takes (<c>POST</c> or <c>PATCH /user_credentials</c>): every field, as set.</summary>
    /// <returns>A new request model.</returns>
    public GCSUserCredentialRequest ToRequest() => GCSUserCredentialRequest.FromJson(Fields);

    private protected override bool IsSecretField(string name) => GCSSecretFields.IsSecret(name);
}
