using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Gcs;

/// <summary>
/// A client for the GCS Manager API of one Globus Connect Server endpoint (Python's <c>GCSClient</c>). Each
/// operation sends exactly one request; an operation on one object returns that object's document as its
/// typed <see cref="GlobusResponse{T}.Value"/> (<see cref="UnpackingGCSResponse{T}"/>).
/// </summary>
/// <remarks>
/// <para>
/// Unlike the other clients, it is made with the endpoint's address: its host name, or the https URL of its GCS
/// Manager API. Tokens are those of the endpoint's GCS Manager client (<see cref="GetEndpointClientIdAsync"/>),
/// with its <c>manage_collections</c> scope (<see cref="GetGcsEndpointScopes"/>). On a <see cref="GlobusApp"/>, it is
/// made with <see cref="CreateAsync"/>, which reads that id from the endpoint, or with the id when it is known.
/// </para>
/// <para>
/// Thread-safe and cheap to create. Operations are <see langword="virtual"/> and a protected parameterless
/// constructor exists, so code that uses the client can be tested with a mock. An error answer is raised as
/// <see cref="GCSApiException"/>.
/// </para>
/// <code>
/// var gcs = new GCSClient("abc123.8443.data.globus.org", new AccessTokenAuthorizer(token));
/// await foreach (var collection in gcs.Paginated.GetCollectionList())
///     Console.WriteLine($"{collection.Id} {collection.DisplayName}");
/// </code>
/// </remarks>
/// <seealso href="https://docs.globus.org/globus-connect-server/v5/api/">GCS Manager API</seealso>
public partial class GCSClient : BaseClient
{
    private const string ServiceNameValue = "globus_connect_server";
    private string? _endpointClientId;

    /// <summary>Creates a client for the GCS Manager API of one endpoint.</summary>
    /// <param name="gcsAddress">
    /// The endpoint's host name (<c>abc123.8443.data.globus.org</c>, with an optional port), which becomes
    /// <c>https://{gcsAddress}/api/</c>, or the https URL of its GCS Manager API (<c>/api/</c> is added when missing).
    /// </param>
    /// <param name="authorizer">Supplies the <c>Authorization</c> header; none is sent when null.</param>
    /// <param name="options">
    /// App name, HTTP transport and timeout; defaults when null. Its base URL, when set, replaces the one built from
    /// <paramref name="gcsAddress"/> (for a test double).
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="gcsAddress"/> is null, empty or white space, not a host name, or a URL with user info, a
    /// query, a fragment or dot segments; or an option has a value that cannot work.
    /// </exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public GCSClient(string gcsAddress, IGlobusAuthorizer? authorizer = null, GlobusClientOptions? options = null)
        : base(ServiceNameValue, GCSAddress.BaseUrl(gcsAddress, nameof(gcsAddress)), authorizer, options)
    {
    }

    /// <summary>For mocking frameworks: a client whose operations are all overridden by the mock.</summary>
    protected GCSClient()
    {
    }

    /// <summary>
    /// The client id of the endpoint's GCS Manager, once read from <c>GET /info</c> (by
    /// <see cref="GetEndpointClientIdAsync"/> or <see cref="GetGcsInfoAsync"/>); null before. It is the resource
    /// server of the endpoint's tokens and scopes, and usually equals the endpoint id.
    /// </summary>
    public string? EndpointClientId => Volatile.Read(ref _endpointClientId);

    /// <summary>
    /// The client id of the endpoint's GCS Manager (Python's <c>endpoint_client_id</c>): the one already read, or
    /// the <c>client_id</c> of <c>GET /info</c>, which is then kept.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The client id, the resource server of the endpoint's scopes.</returns>
    /// <exception cref="GlobusResponseDecodingException">The info document has no <c>client_id</c>.</exception>
    /// <exception cref="GCSApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <example>
    /// <code>
    /// var scope = GCSClient.GetGcsEndpointScopes(await gcsClient.GetEndpointClientIdAsync()).ManageCollections;
    /// </code>
    /// </example>
    public virtual async Task<string> GetEndpointClientIdAsync(CancellationToken cancellationToken = default)
    {
        if (EndpointClientId is { } known)
        {
            return known;
        }

        var info = await GetGcsInfoAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return ClientIdOf(info) ?? throw new GlobusResponseDecodingException(
            info, typeof(GCSInfo), new System.Text.Json.JsonException("The info document has no client_id."));
    }

    /// <summary>The scopes of a Globus Connect Server endpoint (Python's static <c>get_gcs_endpoint_scopes</c>).</summary>
    /// <param name="endpointId">The endpoint's id (its GCS Manager's client id, <see cref="GetEndpointClientIdAsync"/>).</param>
    /// <returns>The endpoint's scopes.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> is null, empty or white space.</exception>
    /// <example><code>var scope = GCSClient.GetGcsEndpointScopes(endpointId).ManageCollections;</code></example>
    public static GCSEndpointScopes GetGcsEndpointScopes(string endpointId) => new(endpointId);

    /// <summary>The scopes of a Globus Connect Server collection (Python's static <c>get_gcs_collection_scopes</c>).</summary>
    /// <param name="collectionId">The collection's id.</param>
    /// <returns>The collection's scopes.</returns>
    /// <exception cref="ArgumentException"><paramref name="collectionId"/> is null, empty or white space.</exception>
    /// <example><code>var scope = GCSClient.GetGcsCollectionScopes(collectionId).DataAccess;</code></example>
    public static GCSCollectionScopes GetGcsCollectionScopes(string collectionId) => new(collectionId);

    /// <inheritdoc/>
    protected override GlobusApiException CreateApiException(GlobusResponse response, string method, Uri url) =>
        new GCSApiException(response, method, url);

    /// <summary>The <c>client_id</c> of an info answer's document (Python reads <c>data["client_id"]</c>), or null.</summary>
    private static string? ClientIdOf(UnpackingGCSResponse<GCSInfo> info) =>
        info.UnpackedData is { ValueKind: System.Text.Json.JsonValueKind.Object } document
        && document.TryGetProperty("client_id", out var clientId) && clientId.ValueKind == System.Text.Json.JsonValueKind.String
            ? clientId.GetString()
            : null;

    /// <summary>Keeps the client id an info document names, so that it is read once.</summary>
    private void Remember(string? clientId)
    {
        if (!string.IsNullOrEmpty(clientId))
        {
            Volatile.Write(ref _endpointClientId, clientId);
        }
    }
}
