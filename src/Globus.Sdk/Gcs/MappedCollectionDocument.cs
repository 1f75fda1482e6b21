using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// A mapped collection document, for <see cref="GCSClient.CreateCollectionAsync"/> and <see cref="GCSClient.UpdateCollectionAsync"/> (Python's <c>MappedCollectionDocument</c>).
/// </summary>
/// <remarks>
/// <c>collection_type</c> is <c>mapped</c>. Its <c>DATA_TYPE</c>, when not given, is deduced from the fields that are set, as the Python SDK deduces it.
/// <code>
/// var doc = new MappedCollectionDocument(storageGatewayId: gatewayId, collectionBasePath: "/data/lab", displayName: "Lab data");
/// </code>
/// A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).
/// </remarks>
public sealed class MappedCollectionDocument : CollectionDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="dataType">The document type; deduced from the fields that are set when null (<c>collection#1.x.0</c>). Set it only when needed.</param>
    /// <param name="collectionBasePath">Where the collection is on its storage: an absolute path for a mapped collection, relative to the mapped collection's root for a guest collection. Required to create one.</param>
    /// <param name="contactEmail">The support contact's email address.</param>
    /// <param name="contactInfo">Other contact information (phone, mailing address).</param>
    /// <param name="defaultDirectory">The directory users start in.</param>
    /// <param name="department">The department that runs the collection.</param>
    /// <param name="description">A description of the collection.</param>
    /// <param name="displayName">The collection's name.</param>
    /// <param name="identityId">The Globus Auth identity that owns the collection.</param>
    /// <param name="infoLink">A link to more information about the collection.</param>
    /// <param name="organization">The organization that maintains the collection.</param>
    /// <param name="restrictTransfersToHighAssurance"><c>inbound</c>, <c>outbound</c> or <c>all</c>: the transfers that must involve only high-assurance collections.</param>
    /// <param name="userMessage">A message shown to users of the collection (over 64 characters needs <c>collection#1.7.0</c>).</param>
    /// <param name="userMessageLink">A link to more of that message.</param>
    /// <param name="keywords">Keywords that help find the collection.</param>
    /// <param name="disableVerify">Whether transfers skip checksum verification.</param>
    /// <param name="enableHttps">Whether HTTPS access is on (a managed endpoint is needed).</param>
    /// <param name="forceEncryption">Whether every transfer is encrypted.</param>
    /// <param name="forceVerify">Whether every transfer is verified with checksums.</param>
    /// <param name="public">Whether every Globus user can see the collection.</param>
    /// <param name="aclExpirationMins">How long guest collection permissions stay valid, in minutes (high-assurance collections).</param>
    /// <param name="domainName">The DNS name of the virtual host of the collection.</param>
    /// <param name="guestAuthPolicyId">The Globus Auth policy its guest collections inherit.</param>
    /// <param name="storageGatewayId">The storage gateway of the collection. Required to create one.</param>
    /// <param name="sharingUsersAllow">Connector usernames allowed to create guest collections.</param>
    /// <param name="sharingUsersDeny">Connector usernames not allowed to create guest collections.</param>
    /// <param name="sharingRestrictPaths">A path restrictions document for guest collections.</param>
    /// <param name="deleteProtected">Whether deletion is refused (the service's default is true on creation).</param>
    /// <param name="allowGuestCollections">Whether guest collections may be created and used on it.</param>
    /// <param name="disableAnonymousWrites">Whether anonymous write permissions on its guest collections are refused.</param>
    /// <param name="autoDeleteTimeout">Delete its guest collections unused for this many days.</param>
    /// <param name="associatedFlowPolicy">The Globus flows to run when the collection is used (see the Transfer documentation's <c>associated_flow_policy</c>).</param>
    /// <param name="policies">The connector's collection policies, such as <see cref="POSIXCollectionPolicies"/>.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    public MappedCollectionDocument(
        string? dataType = null,
        string? collectionBasePath = null,
        string? contactEmail = null,
        string? contactInfo = null,
        string? defaultDirectory = null,
        string? department = null,
        string? description = null,
        string? displayName = null,
        string? identityId = null,
        string? infoLink = null,
        string? organization = null,
        string? restrictTransfersToHighAssurance = null,
        string? userMessage = null,
        string? userMessageLink = null,
        IEnumerable<string>? keywords = null,
        bool? disableVerify = null,
        bool? enableHttps = null,
        bool? forceEncryption = null,
        bool? forceVerify = null,
        bool? @public = null,
        int? aclExpirationMins = null,
        string? domainName = null,
        string? guestAuthPolicyId = null,
        string? storageGatewayId = null,
        IEnumerable<string>? sharingUsersAllow = null,
        IEnumerable<string>? sharingUsersDeny = null,
        JsonObject? sharingRestrictPaths = null,
        bool? deleteProtected = null,
        bool? allowGuestCollections = null,
        bool? disableAnonymousWrites = null,
        int? autoDeleteTimeout = null,
        JsonObject? associatedFlowPolicy = null,
        CollectionPolicies? policies = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
        : base("mapped", dataType, collectionBasePath, contactEmail, contactInfo, defaultDirectory, department, description, displayName, identityId, infoLink, organization, restrictTransfersToHighAssurance, userMessage, userMessageLink, keywords, disableVerify, enableHttps, forceEncryption, forceVerify, @public, aclExpirationMins, associatedFlowPolicy)
    {
        SetIfGiven("domain_name", domainName);
        SetIfGiven("guest_auth_policy_id", guestAuthPolicyId);
        SetIfGiven("storage_gateway_id", storageGatewayId);
        SetIfGiven("sharing_users_allow", StringArray(sharingUsersAllow));
        SetIfGiven("sharing_users_deny", StringArray(sharingUsersDeny));
        SetIfGiven("sharing_restrict_paths", sharingRestrictPaths);
        SetIfGiven("delete_protected", deleteProtected);
        SetIfGiven("allow_guest_collections", allowGuestCollections);
        SetIfGiven("disable_anonymous_writes", disableAnonymousWrites);
        SetIfGiven("auto_delete_timeout", autoDeleteTimeout);
        SetIfGiven("policies", Nested(policies));
        SetAll(additionalFields);
        EnsureDataType();
    }
}
