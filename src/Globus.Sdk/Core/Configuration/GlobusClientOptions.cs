using Globus.Sdk.Transport;
using Microsoft.Extensions.Logging;

namespace Globus.Sdk;

/// <summary>
/// How a client reaches its service. Every setting is optional: an explicit value here wins over
/// the matching <c>GLOBUS_SDK_*</c> environment variable, which wins over the default.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term><see cref="Environment"/></term><description><c>GLOBUS_SDK_ENVIRONMENT</c>, default <c>production</c>.</description></item>
/// <item><term><see cref="BaseUrl"/></term><description><c>GLOBUS_SDK_SERVICE_URL_{SERVICE}</c> (for example <c>GLOBUS_SDK_SERVICE_URL_TRANSFER</c>), default from <see cref="GlobusEnvironments"/>.</description></item>
/// <item><term><see cref="HttpTimeout"/></term><description><c>GLOBUS_SDK_HTTP_TIMEOUT</c> in seconds (<c>-1</c> for none), default 60 seconds.</description></item>
/// <item><term><see cref="VerifySsl"/>, <see cref="CaBundlePath"/></term><description><c>GLOBUS_SDK_VERIFY_SSL</c>: a true/false word (<c>true</c>, <c>yes</c>, <c>on</c>, <c>1</c>, <c>false</c>, <c>no</c>, <c>off</c>, <c>0</c>) or the path of a PEM CA bundle; default: verify against the system's trust store.</description></item>
/// </list>
/// The options are read once, when a client is created; changing them afterwards does not affect it.
/// </remarks>
public sealed class GlobusClientOptions
{
    /// <summary>The Globus environment, such as <c>production</c> or <c>preview</c>.</summary>
    public string? Environment { get; set; }

    /// <summary>
    /// The service's base URL, replacing the one of the environment (for example a test server).
    /// Must be an absolute <c>http</c> or <c>https</c> URL.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The name of your application, appended to the <c>User-Agent</c> so Globus can tell its traffic apart.</summary>
    public string? AppName { get; set; }

    /// <summary>
    /// An <see cref="System.Net.Http.HttpClient"/> of yours to send requests with. The SDK never changes
    /// it (headers, base address and timeout stay as you set them) and never disposes it; its own TLS
    /// settings and <see cref="HttpClient.Timeout"/> apply. Exclusive with <see cref="HttpMessageHandler"/>.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>
    /// An <see cref="System.Net.Http.HttpMessageHandler"/> of yours to send requests with (never disposed
    /// by the SDK). Exclusive with <see cref="HttpClient"/>.
    /// </summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>
    /// How long one attempt may take, from sending the request to reading the whole body.
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no limit. It is separate from the
    /// <see cref="CancellationToken"/> you pass to a call.
    /// </summary>
    public TimeSpan? HttpTimeout { get; set; }

    /// <summary>
    /// Whether to verify the service's TLS certificate. Turning it off is for test servers only.
    /// Ignored when you supply <see cref="HttpClient"/> or <see cref="HttpMessageHandler"/>, whose own TLS settings stand.
    /// </summary>
    public bool? VerifySsl { get; set; }

    /// <summary>
    /// A PEM file of CA certificates to trust instead of the system's store, for networks that
    /// intercept TLS. Ignored when you supply <see cref="HttpClient"/> or <see cref="HttpMessageHandler"/>.
    /// </summary>
    public string? CaBundlePath { get; set; }

    /// <summary>
    /// When requests are retried and how long to wait between attempts; the Python SDK's defaults when
    /// null (see <see cref="Transport.RetryPolicy"/>).
    /// </summary>
    public RetryPolicy? RetryPolicy { get; set; }

    /// <summary>
    /// Request encoders of your own, by the name you pass as the <c>encoding</c> argument of the raw
    /// HTTP methods; a name here takes the place of a built-in one (<see cref="RequestEncoding"/>).
    /// </summary>
    public IDictionary<string, RequestEncoder> RequestEncoders { get; } = new Dictionary<string, RequestEncoder>(StringComparer.Ordinal);

    /// <summary>
    /// Where the client logs each attempt it sends (method, URL, status, duration, request id; never a
    /// credential); nothing is logged when null.
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>The clock used for timeouts and retry delays; the system clock when null. Tests pass a fake one.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// The largest response body the client reads, in bytes; a larger answer is refused with a
    /// <see cref="GlobusResponseTooLargeException"/> (not retried) instead of being held in memory.
    /// <see cref="DefaultMaxResponseBodySize"/> (128 MiB) when null.
    /// </summary>
    /// <remarks>
    /// With an <see cref="HttpClient"/> of yours, that client reads the body first (up to its own
    /// <see cref="HttpClient.MaxResponseContentBufferSize"/>); this limit is then checked after.
    /// </remarks>
    public long? MaxResponseBodySize { get; set; }

    /// <summary>
    /// How many connections the SDK's shared connection pool opens to one server at most; further concurrent
    /// requests wait for a free connection. <see cref="DefaultMaxConnectionsPerServer"/> (20) when null.
    /// Ignored when you supply <see cref="HttpClient"/> or <see cref="HttpMessageHandler"/>, whose own limits stand.
    /// </summary>
    public int? MaxConnectionsPerServer { get; set; }

    /// <summary>
    /// Lets the client send its credentials (the authorizer's <c>Authorization</c> header) to any URL a call
    /// names. By default they go only over <c>https</c> to the host and port of the client's base URL, or to
    /// a loopback address (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>, also over plain <c>http</c>, for
    /// test servers); a call to any other URL (an absolute URL given to a raw call, a base URL over plain
    /// <c>http</c>) is refused with a <see cref="GlobusSdkUsageException"/> before anything is sent.
    /// </summary>
    public bool AllowCredentialsToAnyUrl { get; set; }

    /// <summary>The response body limit when <see cref="MaxResponseBodySize"/> is not set: 128 MiB.</summary>
    public const long DefaultMaxResponseBodySize = 128L * 1024 * 1024;

    /// <summary>The per-server connection limit when <see cref="MaxConnectionsPerServer"/> is not set: 20.</summary>
    public const int DefaultMaxConnectionsPerServer = 20;

    /// <summary>
    /// A copy of every setting, for code that must fill in defaults without changing the caller's options
    /// (an app's environment, a container's logger). The transport objects are shared, never cloned.
    /// </summary>
    internal GlobusClientOptions Copy()
    {
        var copy = new GlobusClientOptions
        {
            Environment = Environment,
            BaseUrl = BaseUrl,
            AppName = AppName,
            HttpClient = HttpClient,
            HttpMessageHandler = HttpMessageHandler,
            HttpTimeout = HttpTimeout,
            VerifySsl = VerifySsl,
            CaBundlePath = CaBundlePath,
            RetryPolicy = RetryPolicy,
            Logger = Logger,
            TimeProvider = TimeProvider,
            MaxResponseBodySize = MaxResponseBodySize,
            MaxConnectionsPerServer = MaxConnectionsPerServer,
            AllowCredentialsToAnyUrl = AllowCredentialsToAnyUrl,
        };
        foreach (var (name, encoder) in RequestEncoders)
        {
            copy.RequestEncoders[name] = encoder;
        }

        return copy;
    }
}
