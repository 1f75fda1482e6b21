using System.Runtime.CompilerServices;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// A client for one Globus service that sends requests by path. Every service client derives from
/// it, and it can call any Globus endpoint directly:
/// <code>
/// var transfer = new BaseClient("transfer", new AccessTokenAuthorizer(token));
/// var task = await transfer.GetAsync("/v0.10/task/" + taskId);
/// Console.WriteLine(task["status"]);
/// </code>
/// </summary>
/// <remarks>
/// <para>
/// A client is thread-safe once built: share one, or create one per web request; both are cheap,
/// because clients without an <see cref="HttpClient"/> of your own share one pooled connection
/// handler per TLS configuration. A client holds nothing that needs disposing.
/// </para>
/// <para>
/// Every request carries <c>Accept: application/json</c>, a <c>User-Agent</c> of
/// <c>globus-sdk-dotnet/{version}[/{app name}]</c>, <c>X-Globus-Client-Info</c>, and the
/// <c>Authorization</c> header of <see cref="Authorizer"/>, asked for again on each attempt.
/// An answer of 400 or above is raised as a <see cref="GlobusApiException"/> (the service's subtype).
/// </para>
/// </remarks>
public partial class BaseClient
{
    private readonly RequestPipeline _pipeline;
    private readonly IReadOnlyDictionary<string, RequestEncoder> _requestEncoders;

    /// <summary>Creates a client for a service.</summary>
    /// <param name="serviceName">
    /// The service's name in the environment table (<c>auth</c>, <c>transfer</c>, <c>search</c>, <c>groups</c>,
    /// <c>flows</c>, <c>timer</c>, <c>compute</c>, ...), also used for <c>GLOBUS_SDK_SERVICE_URL_{SERVICE}</c>.
    /// </param>
    /// <param name="authorizer">Supplies the <c>Authorization</c> header; none is sent when null.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException">An option has a value that cannot work, such as an unknown environment.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public BaseClient(string serviceName, IGlobusAuthorizer? authorizer = null, GlobusClientOptions? options = null)
        : this(serviceName, instanceBaseUrl: null, authorizer, options)
    {
    }

    /// <summary>
    /// Creates a client for one instance of a service, whose base URL the client's arguments name (a
    /// Globus Connect Server endpoint's address) instead of the environment table.
    /// </summary>
    /// <param name="serviceName">The service's name, as for the other constructor.</param>
    /// <param name="instanceBaseUrl">
    /// The instance's base URL; <see cref="GlobusClientOptions.BaseUrl"/>, when set, still replaces it
    /// (for a test double). Null for the environment table's URL.
    /// </param>
    /// <param name="authorizer">Supplies the <c>Authorization</c> header; none is sent when null.</param>
    /// <param name="options">App name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException">An option has a value that cannot work, such as an unknown environment.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    protected BaseClient(string serviceName, Uri? instanceBaseUrl, IGlobusAuthorizer? authorizer, GlobusClientOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        options ??= new GlobusClientOptions();
        var settings = ClientSettingsResolver.Resolve(serviceName, options, instanceBaseUrl: instanceBaseUrl);
        ServiceName = serviceName;
        Environment = settings.Environment;
        BaseUrl = settings.BaseUrl;
        AppName = settings.AppName;
        HttpTimeout = settings.HttpTimeout;
        Authorizer = authorizer ?? NullAuthorizer.Instance;
        RetryPolicy = options.RetryPolicy ?? new RetryPolicy();
        // Read by every call, possibly on several threads: from now on it cannot change under them.
        RetryPolicy.Freeze();
        TimeProvider = options.TimeProvider ?? TimeProvider.System;
        _requestEncoders = new Dictionary<string, RequestEncoder>(options.RequestEncoders, StringComparer.Ordinal);
        _pipeline = new RequestPipeline(
            ChooseTransport(options, settings),
            Authorizer,
            settings,
            RetryPolicy,
            TimeProvider,
            options.Logger,
            // Read per decision, not here: a derived client's override is not usable while this constructor runs.
            // A client built with a GlobusApp asks the app's checks (re-driving authorization requirements errors) first.
            Authorizer is GlobusAppAuthorizer app ? new JoinedRetryChecks(() => app.RetryChecks, () => ServiceRetryChecks).Read : () => ServiceRetryChecks);
    }

    /// <summary>For mocking frameworks: a client whose members are all overridden by the mock.</summary>
    protected BaseClient()
    {
        ServiceName = string.Empty;
        Environment = GlobusEnvironments.Production;
        BaseUrl = new Uri("https://localhost/");
        Authorizer = NullAuthorizer.Instance;
        RetryPolicy = new RetryPolicy();
        TimeProvider = TimeProvider.System;
        _requestEncoders = new Dictionary<string, RequestEncoder>();
        _pipeline = null!;
    }

    /// <summary>The service's name, such as <c>transfer</c>.</summary>
    public string ServiceName { get; }

    /// <summary>The Globus environment the client was configured for.</summary>
    public string Environment { get; }

    /// <summary>The URL that relative paths are joined to; always ends with a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The application name sent in the <c>User-Agent</c>, or null.</summary>
    public string? AppName { get; }

    /// <summary>How long one attempt may take; <see cref="Timeout.InfiniteTimeSpan"/> when unlimited.</summary>
    public TimeSpan HttpTimeout { get; }

    /// <summary>What supplies the <c>Authorization</c> header of each request.</summary>
    public IGlobusAuthorizer Authorizer { get; }

    /// <summary>When this client's requests are retried; see <see cref="Transport.RetryPolicy"/>.</summary>
    public RetryPolicy RetryPolicy { get; }

    /// <summary>
    /// The clock of <see cref="GlobusClientOptions.TimeProvider"/>: retry delays, attempt timeouts, and the waits
    /// of hand-written helpers that poll (Transfer's <c>TaskWaitAsync</c>), so tests can use a fake one.
    /// </summary>
    internal TimeProvider TimeProvider { get; }

    /// <summary>
    /// Checks this kind of client asks after every attempt, before those of <see cref="RetryPolicy"/>: what
    /// the service's own errors mean for retrying (a <see cref="Transfer.TransferClient"/> does not retry a
    /// transient status caused by an endpoint). Empty for a plain client.
    /// </summary>
    /// <remarks>
    /// They are kept apart from the policy, so a <see cref="Transport.RetryPolicy"/> shared by clients of several
    /// services is never changed, and one service's checks never reach another's requests.
    /// </remarks>
    protected virtual IReadOnlyList<RetryCheck> ServiceRetryChecks => [];

    /// <summary>Sends a GET request.</summary>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> (escaped for you), or an absolute <c>http(s)://</c> URL used as given.</param>
    /// <param name="queryParams">Query parameters; a name may repeat, and a null value leaves the parameter out.</param>
    /// <param name="headers">Extra request headers; they replace the SDK's headers of the same name.</param>
    /// <param name="automaticAuthorization">
    /// When false, no <c>Authorization</c> header is sent (Python's <c>automatic_authorization=False</c>): for a
    /// public resource, or a header of your own in <paramref name="headers"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer.</returns>
    /// <exception cref="GlobusApiException">The service answered with a status of 400 or above.</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> GetAsync(
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        bool automaticAuthorization = true,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, queryParams, data: null, headers, encoding: null, automaticAuthorization, cancellationToken);

    /// <summary>Sends a POST request.</summary>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> (escaped for you), or an absolute <c>http(s)://</c> URL used as given.</param>
    /// <param name="queryParams">Query parameters; a name may repeat, and a null value leaves the parameter out.</param>
    /// <param name="data">The body: see <see cref="RequestEncoding"/> for what each encoding takes; no body when null.</param>
    /// <param name="headers">Extra request headers; they replace the SDK's headers of the same name.</param>
    /// <param name="encoding">A <see cref="RequestEncoding"/> name; when null, JSON, or text for a string or bytes.</param>
    /// <param name="automaticAuthorization">
    /// When false, no <c>Authorization</c> header is sent (Python's <c>automatic_authorization=False</c>): for a
    /// public resource, or a header of your own in <paramref name="headers"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer.</returns>
    /// <exception cref="GlobusApiException">The service answered with a status of 400 or above.</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> PostAsync(
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        object? data = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        string? encoding = null,
        bool automaticAuthorization = true,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, path, queryParams, data, headers, encoding, automaticAuthorization, cancellationToken);

    /// <summary>Sends a PUT request.</summary>
    /// <inheritdoc cref="PostAsync" path="/param"/>
    /// <inheritdoc cref="PostAsync" path="/returns"/>
    /// <inheritdoc cref="PostAsync" path="/exception"/>
    public virtual Task<GlobusResponse> PutAsync(
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        object? data = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        string? encoding = null,
        bool automaticAuthorization = true,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, path, queryParams, data, headers, encoding, automaticAuthorization, cancellationToken);

    /// <summary>Sends a PATCH request.</summary>
    /// <inheritdoc cref="PostAsync" path="/param"/>
    /// <inheritdoc cref="PostAsync" path="/returns"/>
    /// <inheritdoc cref="PostAsync" path="/exception"/>
    public virtual Task<GlobusResponse> PatchAsync(
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        object? data = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        string? encoding = null,
        bool automaticAuthorization = true,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, path, queryParams, data, headers, encoding, automaticAuthorization, cancellationToken);

    /// <summary>Sends a DELETE request.</summary>
    /// <inheritdoc cref="GetAsync" path="/param"/>
    /// <inheritdoc cref="GetAsync" path="/returns"/>
    /// <inheritdoc cref="GetAsync" path="/exception"/>
    public virtual Task<GlobusResponse> DeleteAsync(
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        bool automaticAuthorization = true,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, path, queryParams, data: null, headers, encoding: null, automaticAuthorization, cancellationToken);

    /// <summary>Sends a request with any method; the other methods of this class call it.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> (escaped for you), or an absolute <c>http(s)://</c> URL used as given.</param>
    /// <param name="queryParams">Query parameters; a name may repeat, and a null value leaves the parameter out.</param>
    /// <param name="data">The body: see <see cref="RequestEncoding"/> for what each encoding takes; no body when null.</param>
    /// <param name="headers">Extra request headers; they replace the SDK's headers of the same name.</param>
    /// <param name="encoding">A <see cref="RequestEncoding"/> name; when null, JSON, or text for a string or bytes.</param>
    /// <param name="automaticAuthorization">
    /// When false, no <c>Authorization</c> header is sent (Python's <c>automatic_authorization=False</c>): for a
    /// public resource, or a header of your own in <paramref name="headers"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer.</returns>
    /// <exception cref="ArgumentException">
    /// The path, body, headers or encoding cannot make a request: a path with a <c>.</c> or <c>..</c> segment,
    /// a header with a line break or another control character.
    /// </exception>
    /// <exception cref="GlobusSdkUsageException">
    /// The authorizer's credentials would go to a URL other than the service's own over https or a loopback
    /// address (see <see cref="GlobusClientOptions.AllowCredentialsToAnyUrl"/>).
    /// </exception>
    /// <exception cref="GlobusApiException">The service answered with a status of 400 or above.</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual async Task<GlobusResponse> SendAsync(
        HttpMethod method,
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        object? data = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        string? encoding = null,
        bool automaticAuthorization = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var url = RequestUrlBuilder.Build(BaseUrl, path, queryParams);
        return await SendToUrlAsync(method, url, data, headers, encoding, cancellationToken, authenticated: automaticAuthorization).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a request to a URL that is already built and escaped. Generated operations call this
    /// after escaping each path parameter once (see <see cref="RequestUrlBuilder.BuildFromEscapedPath"/>);
    /// an operation that is never authenticated passes <paramref name="authenticated"/> false. The
    /// operation's Python name reaches retry checks (<see cref="RetryContext.OperationName"/>) and the span.
    /// An operation with a typed result passes its <paramref name="responseFactory"/>, so each answer is built as
    /// its typed response at once.
    /// </summary>
    // Pooled: the state machine of the SDK's own layers is reused from call to call; each is awaited once.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    internal async ValueTask<GlobusResponse> SendToUrlAsync(
        HttpMethod method,
        Uri url,
        object? data,
        IEnumerable<KeyValuePair<string, string>>? headers,
        string? encoding,
        CancellationToken cancellationToken,
        bool authenticated = true,
        string? operationName = null,
        ResponseFactory? responseFactory = null)
    {
        var body = await RequestBodyEncoder.EncodeAsync(data, encoding, _requestEncoders, cancellationToken).ConfigureAwait(false);
        var request = new GlobusRequest(method, url, headers?.ToArray() ?? [], body, operationName, authenticated, responseFactory);
        var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.HttpStatus < 400)
        {
            return response;
        }

        throw CreateApiException(response, method.Method, url);
    }

    /// <summary>
    /// Creates the exception raised for an answer of 400 or above. Service clients override it to
    /// raise their own subtype.
    /// </summary>
    /// <param name="response">The error answer.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="url">The URL of the request.</param>
    /// <returns>The exception to raise.</returns>
    protected virtual GlobusApiException CreateApiException(GlobusResponse response, string method, Uri url) =>
        new(response, method, url);

    private static HttpMessageInvoker ChooseTransport(GlobusClientOptions options, ClientSettings settings) =>
        options.HttpClient
        ?? (options.HttpMessageHandler is { } handler
            ? new HttpMessageInvoker(handler, disposeHandler: false)
            : SharedHttpHandlers.Get(settings.Tls, settings.MaxConnectionsPerServer));
}
