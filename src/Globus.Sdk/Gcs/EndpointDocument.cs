using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The document <see cref="GCSClient.UpdateEndpointAsync"/> sends: the writable fields of an endpoint (Python's <c>EndpointDocument</c>).
/// </summary>
/// <remarks>
/// Its <c>DATA_TYPE</c>, when not given, is deduced from the fields that are set, as the Python SDK deduces it.
/// <code>
/// await gcsClient.UpdateEndpointAsync(new EndpointDocument(displayName: "Lab storage", @public: true));
/// </code>
/// A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).
/// </remarks>
public sealed class EndpointDocument : PayloadDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="dataType">The document type; deduced from the fields that are set when null (<c>endpoint#1.0.0</c>, or <c>endpoint#1.1.0</c> with <c>gridftp_control_channel_port</c>). Set it only when needed.</param>
    /// <param name="contactEmail">The support contact's email address, shown to users.</param>
    /// <param name="contactInfo">Other contact information (phone, mailing address), shown to users.</param>
    /// <param name="department">The department that runs the endpoint.</param>
    /// <param name="description">A description of the endpoint.</param>
    /// <param name="displayName">The endpoint's name (not unique).</param>
    /// <param name="infoLink">A link to a web page about the endpoint.</param>
    /// <param name="networkUse">How Globus uses the network: <c>normal</c>, <c>minimal</c>, <c>aggressive</c> or <c>custom</c> (which needs the four concurrency and parallelism values).</param>
    /// <param name="organization">The organization that runs the endpoint.</param>
    /// <param name="subscriptionId">The subscription that manages the endpoint; <c>DEFAULT</c> for the caller's default subscription.</param>
    /// <param name="keywords">Search keywords.</param>
    /// <param name="allowUdt">Whether transfers may use UDT.</param>
    /// <param name="public">Whether every Globus user can see the endpoint.</param>
    /// <param name="maxConcurrency">The concurrency limit, for <c>custom</c> network use.</param>
    /// <param name="maxParallelism">The parallelism limit, for <c>custom</c> network use.</param>
    /// <param name="preferredConcurrency">The preferred concurrency, for <c>custom</c> network use.</param>
    /// <param name="preferredParallelism">The preferred parallelism, for <c>custom</c> network use.</param>
    /// <param name="gridftpControlChannelPort">The TCP port of the control channel (443 with ALPN when not set).</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    public EndpointDocument(
        string? dataType = null,
        string? contactEmail = null,
        string? contactInfo = null,
        string? department = null,
        string? description = null,
        string? displayName = null,
        string? infoLink = null,
        string? networkUse = null,
        string? organization = null,
        string? subscriptionId = null,
        IEnumerable<string>? keywords = null,
        bool? allowUdt = null,
        bool? @public = null,
        int? maxConcurrency = null,
        int? maxParallelism = null,
        int? preferredConcurrency = null,
        int? preferredParallelism = null,
        int? gridftpControlChannelPort = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        SetIfGiven("DATA_TYPE", dataType);
        SetIfGiven("contact_email", contactEmail);
        SetIfGiven("contact_info", contactInfo);
        SetIfGiven("department", department);
        SetIfGiven("description", description);
        SetIfGiven("display_name", displayName);
        SetIfGiven("info_link", infoLink);
        SetIfGiven("network_use", networkUse);
        SetIfGiven("organization", organization);
        SetIfGiven("subscription_id", subscriptionId);
        SetIfGiven("keywords", StringArray(keywords));
        SetIfGiven("allow_udt", allowUdt);
        SetIfGiven("public", @public);
        SetIfGiven("max_concurrency", maxConcurrency);
        SetIfGiven("max_parallelism", maxParallelism);
        SetIfGiven("preferred_concurrency", preferredConcurrency);
        SetIfGiven("preferred_parallelism", preferredParallelism);
        SetIfGiven("gridftp_control_channel_port", gridftpControlChannelPort);
        SetAll(additionalFields);
        GCSDataType.Ensure(Fields, "endpoint", VersionImplications);
    }

    /// <summary>The document as the request model <see cref="GCSClient"/> takes: every field, as set.</summary>
    /// <param name="document">The document; null gives null.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(document))]
    public static implicit operator GCSEndpointUpdate?(EndpointDocument? document) => document?.ToRequest();

    /// <summary>The document as the request model <see cref="GCSClient"/> takes (<c>PATCH /endpoint</c>): every field, as set.</summary>
    /// <returns>A new request model.</returns>
    public GCSEndpointUpdate ToRequest() => GCSEndpointUpdate.FromJson(Fields);

    /// <summary>The fields that need a later version of the document than <c>1.0.0</c>.</summary>
    private static readonly Dictionary<string, Version> VersionImplications = new(StringComparer.Ordinal)
    {
        ["gridftp_control_channel_port"] = new(1, 1, 0),
    };
}
