using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The document <see cref="GCSClient.CreateStorageGatewayAsync"/> and <see cref="GCSClient.UpdateStorageGatewayAsync"/> send: a storage gateway (Python's <c>StorageGatewayDocument</c>).
/// </summary>
/// <remarks>
/// Its <c>DATA_TYPE</c>, when not given, is deduced from the fields that are set, as the Python SDK deduces it. Credentials in its policies are not shown by <see cref="PayloadDocument.ToString"/>.
/// <code>
/// var doc = new StorageGatewayDocument(displayName: "POSIX", connectorId: ConnectorTable.POSIX.ConnectorId,
///     allowedDomains: ["example.org"], policies: new POSIXStoragePolicies());
/// </code>
/// A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).
/// </remarks>
public sealed class StorageGatewayDocument : PayloadDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="dataType">The document type; deduced from the fields that are set when null (<c>storage_gateway#1.0.0</c>, or <c>#1.1.0</c> with <c>require_mfa</c>).</param>
    /// <param name="displayName">The storage gateway's name.</param>
    /// <param name="connectorId">The connector the storage gateway uses (<see cref="ConnectorTable"/>).</param>
    /// <param name="root">The root of the storage gateway's paths.</param>
    /// <param name="identityMappings">How identities map to accounts (identity mapping documents); copied.</param>
    /// <param name="policies">The connector's storage policies, such as <see cref="POSIXStoragePolicies"/>.</param>
    /// <param name="allowedDomains">The identity domains whose users may create credentials or collections on it.</param>
    /// <param name="highAssurance">Whether the storage gateway requires high-assurance features.</param>
    /// <param name="requireMfa">Whether multi-factor authentication is required (high-assurance storage gateways).</param>
    /// <param name="authenticationTimeoutMins">How long, in minutes, an authentication is accepted.</param>
    /// <param name="usersAllow">Connector usernames allowed to use it. Private.</param>
    /// <param name="usersDeny">Connector usernames denied it. Private.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    public StorageGatewayDocument(
        string? dataType = null,
        string? displayName = null,
        string? connectorId = null,
        string? root = null,
        IEnumerable<JsonObject>? identityMappings = null,
        StorageGatewayPolicies? policies = null,
        IEnumerable<string>? allowedDomains = null,
        bool? highAssurance = null,
        bool? requireMfa = null,
        int? authenticationTimeoutMins = null,
        IEnumerable<string>? usersAllow = null,
        IEnumerable<string>? usersDeny = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        SetIfGiven("DATA_TYPE", dataType);
        SetIfGiven("display_name", displayName);
        SetIfGiven("connector_id", connectorId);
        SetIfGiven("root", root);
        SetIfGiven("identity_mappings", ObjectArray(identityMappings));
        SetIfGiven("policies", Nested(policies));
        SetIfGiven("allowed_domains", StringArray(allowedDomains));
        SetIfGiven("high_assurance", highAssurance);
        SetIfGiven("require_mfa", requireMfa);
        SetIfGiven("authentication_timeout_mins", authenticationTimeoutMins);
        SetIfGiven("users_allow", StringArray(usersAllow));
        SetIfGiven("users_deny", StringArray(usersDeny));
        SetAll(additionalFields);
        GCSDataType.Ensure(Fields, "storage_gateway", VersionImplications);
    }

    /// <summary>The document as the request model <see cref="GCSClient"/> takes: every field, as set.</summary>
    /// <param name="document">The document; null gives null.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(document))]
    public static implicit operator GCSStorageGatewayRequest?(StorageGatewayDocument? document) => document?.ToRequest();

    /// <summary>The document as the request model <see cref="GCSClient"/> takes (<c>POST</c> or <c>PATCH /storage_gateways</c>): every field, as set.</summary>
    /// <returns>A new request model.</returns>
    public GCSStorageGatewayRequest ToRequest() => GCSStorageGatewayRequest.FromJson(Fields);

    /// <summary>The fields that need a later version of the document than <c>1.0.0</c>.</summary>
    private static readonly Dictionary<string, Version> VersionImplications = new(StringComparer.Ordinal)
    {
        ["require_mfa"] = new(1, 1, 0),
    };

    private protected override bool IsSecretField(string name) => GCSSecretFields.IsSecret(name);
}
