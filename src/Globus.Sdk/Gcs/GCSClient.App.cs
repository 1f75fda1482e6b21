// What Python's GCSClient(gcs_address, app=...) does, the async way: its resource server is the endpoint's GCS
// Manager client id, which Python reads from GET /info inside the constructor; a constructor here cannot wait
// for a request, so the id is given or CreateAsync reads it first.
namespace Globus.Sdk.Gcs;

public partial class GCSClient
{
    /// <summary>
    /// Creates a client for one endpoint that logs in and authenticates through <paramref name="app"/>, which
    /// learns the endpoint's <c>manage_collections</c> scope for its resource server, the endpoint's GCS Manager
    /// client id (Python's <c>GCSClient(gcs_address, app=app)</c>). When the id is not known,
    /// <see cref="CreateAsync"/> reads it from the endpoint.
    /// </summary>
    /// <param name="gcsAddress">The endpoint's host name or the https URL of its GCS Manager API (see <see cref="GCSClient(string, Authorizers.IGlobusAuthorizer?, GlobusClientOptions?)"/>).</param>
    /// <param name="app">The login app (<see cref="UserApp"/> or <see cref="ClientApp"/>).</param>
    /// <param name="endpointClientId">The client id of the endpoint's GCS Manager (usually the endpoint id): a UUID.</param>
    /// <param name="options">HTTP transport, timeout and base URL; in the app's environment when null.</param>
    /// <exception cref="ArgumentException"><paramref name="gcsAddress"/> is not an address of a GCS Manager API, or <paramref name="endpointClientId"/> is not a UUID.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The options name another environment than the app's.</exception>
    /// <example>
    /// <code>var gcs = new GCSClient("abc123.8443.data.globus.org", app, endpointId);</code>
    /// </example>
    public GCSClient(string gcsAddress, GlobusApp app, string endpointClientId, GlobusClientOptions? options = null)
        : base(
            ServiceNameValue,
            GCSAddress.BaseUrl(gcsAddress, nameof(gcsAddress)),
            GlobusApp.AttachClient(app, CheckedClientId(endpointClientId), [ManageCollectionsOf(endpointClientId)]),
            GlobusApp.ClientOptionsFor(app, options))
    {
        _endpointClientId = endpointClientId;
    }

    /// <summary>
    /// Creates a client for one endpoint on <paramref name="app"/>, first reading the endpoint's GCS Manager client
    /// id from its <c>GET /info</c> (sent without credentials), as Python's <c>GCSClient(gcs_address, app=app)</c>
    /// does; see <see cref="GCSClient(string, GlobusApp, string, GlobusClientOptions?)"/>.
    /// </summary>
    /// <param name="gcsAddress">The endpoint's host name or the https URL of its GCS Manager API.</param>
    /// <param name="app">The login app.</param>
    /// <param name="options">HTTP transport, timeout and base URL; in the app's environment when null.</param>
    /// <param name="cancellationToken">Cancels the info request, including any wait between attempts.</param>
    /// <returns>The client, its <see cref="EndpointClientId"/> known.</returns>
    /// <exception cref="ArgumentException"><paramref name="gcsAddress"/> is not an address of a GCS Manager API.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The options name another environment than the app's.</exception>
    /// <exception cref="GlobusResponseDecodingException">The info document has no <c>client_id</c>, or one that is not a UUID.</exception>
    /// <exception cref="GCSApiException">The endpoint answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The endpoint could not be reached or did not answer in time.</exception>
    /// <example>
    /// <code>
    /// var gcs = await GCSClient.CreateAsync("abc123.8443.data.globus.org", app);
    /// await foreach (var collection in gcs.Paginated.GetCollectionList())
    ///     Console.WriteLine(collection.DisplayName);
    /// </code>
    /// </example>
    public static async Task<GCSClient> CreateAsync(
        string gcsAddress, GlobusApp app, GlobusClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var anonymous = new GCSClient(gcsAddress, authorizer: null, GlobusApp.ClientOptionsFor(app, options));
        var info = await anonymous.GetGcsInfoAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!Guid.TryParse(anonymous.EndpointClientId, out _))
        {
            // The id becomes the app's resource server and part of a scope string: an endpoint may not choose others.
            throw new GlobusResponseDecodingException(
                info, typeof(GCSInfo), new System.Text.Json.JsonException("The info document's client_id is missing or not a UUID."));
        }

        return new GCSClient(gcsAddress, app, anonymous.EndpointClientId!, options);
    }

    // Checked before the app learns anything, so a bad id leaves the app's requirements untouched.
    private static string CheckedClientId(string endpointClientId)
    {
        DependentScopes.CheckId(endpointClientId, "endpoint_client_id", nameof(endpointClientId));
        return endpointClientId;
    }

    private static string ManageCollectionsOf(string endpointClientId) => new GCSEndpointScopes(endpointClientId).ManageCollections;
}
