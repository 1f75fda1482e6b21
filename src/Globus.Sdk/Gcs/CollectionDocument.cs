using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// A collection document (Python's <c>CollectionDocument</c>): the base of <see cref="MappedCollectionDocument"/> and
/// <see cref="GuestCollectionDocument"/>, which <see cref="GCSClient.CreateCollectionAsync"/> and
/// <see cref="GCSClient.UpdateCollectionAsync"/> send.
/// </summary>
/// <remarks>
/// When no <c>DATA_TYPE</c> is given, the document carries the lowest <c>collection#1.x.0</c> version that has every
/// field it sets, as the Python SDK deduces it, so it stays readable by the oldest GCS versions it can be.
/// </remarks>
public abstract class CollectionDocument : PayloadDocument
{
    /// <summary>The fields that need a later version of the document than <c>1.0.0</c> (Python's <c>DATATYPE_VERSION_IMPLICATIONS</c>).</summary>
    private static readonly Dictionary<string, Version> VersionImplications = new(StringComparer.Ordinal)
    {
        ["associated_flow_policy"] = new(1, 15, 0),
        ["activity_notification_policy"] = new(1, 14, 0),
        ["auto_delete_timeout"] = new(1, 13, 0),
        ["skip_auto_delete"] = new(1, 13, 0),
        ["restrict_transfers_to_high_assurance"] = new(1, 12, 0),
        ["acl_expiration_mins"] = new(1, 10, 0),
        ["delete_protected"] = new(1, 8, 0),
        ["guest_auth_policy_id"] = new(1, 6, 0),
        ["disable_anonymous_writes"] = new(1, 5, 0),
        ["force_verify"] = new(1, 4, 0),
        ["sharing_users_allow"] = new(1, 2, 0),
        ["sharing_users_deny"] = new(1, 2, 0),
        ["enable_https"] = new(1, 1, 0),
        ["user_message"] = new(1, 1, 0),
        ["user_message_link"] = new(1, 1, 0),
    };

    /// <summary>Sets the collection type and the fields both kinds of collection have (Python's <c>CollectionDocument.__init__</c>).</summary>
    private protected CollectionDocument(
        string collectionType,
        string? dataType,
        string? collectionBasePath,
        string? contactEmail,
        string? contactInfo,
        string? defaultDirectory,
        string? department,
        string? description,
        string? displayName,
        string? identityId,
        string? infoLink,
        string? organization,
        string? restrictTransfersToHighAssurance,
        string? userMessage,
        string? userMessageLink,
        IEnumerable<string>? keywords,
        bool? disableVerify,
        bool? enableHttps,
        bool? forceEncryption,
        bool? forceVerify,
        bool? @public,
        int? aclExpirationMins,
        JsonObject? associatedFlowPolicy)
    {
        CollectionType = collectionType;
        SetField("collection_type", collectionType);
        SetIfGiven("DATA_TYPE", dataType);
        SetIfGiven("collection_base_path", collectionBasePath);
        SetIfGiven("contact_email", contactEmail);
        SetIfGiven("contact_info", contactInfo);
        SetIfGiven("default_directory", defaultDirectory);
        SetIfGiven("department", department);
        SetIfGiven("description", description);
        SetIfGiven("display_name", displayName);
        SetIfGiven("identity_id", identityId);
        SetIfGiven("info_link", infoLink);
        SetIfGiven("organization", organization);
        SetIfGiven("restrict_transfers_to_high_assurance", restrictTransfersToHighAssurance);
        SetIfGiven("user_message", userMessage);
        SetIfGiven("user_message_link", userMessageLink);
        SetIfGiven("keywords", StringArray(keywords));
        SetIfGiven("disable_verify", disableVerify);
        SetIfGiven("enable_https", enableHttps);
        SetIfGiven("force_encryption", forceEncryption);
        SetIfGiven("force_verify", forceVerify);
        SetIfGiven("public", @public);
        SetIfGiven("acl_expiration_mins", aclExpirationMins);
        SetIfGiven("associated_flow_policy", associatedFlowPolicy);
    }

    /// <summary>The collection's type: <c>mapped</c> or <c>guest</c> (sent as <c>collection_type</c>).</summary>
    public string CollectionType { get; }

    /// <summary>The document as the request model <see cref="GCSClient.CreateCollectionAsync"/> takes: every field, as set.</summary>
    /// <param name="document">The document; null gives null.</param>
    [return: NotNullIfNotNull(nameof(document))]
    public static implicit operator GCSCollectionRequest?(CollectionDocument? document) => document?.ToRequest();

    /// <summary>The document as the request model of <c>POST /collections</c> and <c>PATCH /collections/{id}</c>: every field, as set.</summary>
    /// <returns>A new request model.</returns>
    public GCSCollectionRequest ToRequest() => GCSCollectionRequest.FromJson(Fields);

    /// <summary>Gives the document the <c>DATA_TYPE</c> its fields need, unless one was given.</summary>
    private protected void EnsureDataType() => GCSDataType.Ensure(Fields, "collection", VersionImplications, LongUserMessage);

    // A user message over 64 characters is only accepted from collection#1.7.0 on.
    private static Version? LongUserMessage(JsonObject fields) =>
        fields["user_message"] is JsonValue message && message.TryGetValue<string>(out var text) && text.Length > 64 ? new Version(1, 7, 0) : null;
}
