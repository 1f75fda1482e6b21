using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Globus.Sdk.Auth;

namespace Globus.Sdk;

/// <summary>
/// Logs a user in through the browser, receiving Globus Auth's redirect on a loopback port: listens on
/// <c>http://127.0.0.1:&lt;free port&gt;/</c>, opens the system browser at the authorize URL (or prints the
/// URL when no browser can be opened), shows a small "you may close this window" page, checks the
/// redirect's <c>state</c>, and exchanges the code. Python's <c>LocalServerLoginFlowManager</c>; native apps only.
/// </summary>
public class LocalServerLoginFlowManager : LoginFlowManager
{
    /// <summary>
    /// The page shown after the redirect; <c>$login_result</c> and <c>$post_login_message</c> are replaced
    /// (HTML-encoded).
    /// </summary>
    public const string DefaultHtmlTemplate =
        "<!DOCTYPE html>\n<html lang=\"en-US\"><head><meta charset=\"utf-8\"><title>Globus Login</title></head>\n"
        + "<body style=\"font-family: sans-serif; max-width: 560px; margin: 3em auto\">\n"
        + "<h1>Globus Login Result</h1>\n<p>$login_result. You may close this window.</p>\n<p>$post_login_message</p>\n</body></html>\n";

    private readonly TextWriter? _output;

    /// <summary>Creates the manager.</summary>
    /// <param name="loginClient">A native app client.</param>
    /// <param name="requestRefreshTokens">Whether to ask for refresh tokens too.</param>
    /// <param name="nativePrefillNamedGrant">A label for the grant, prefilled on the consent page.</param>
    /// <param name="serverAddress">Where to listen; <c>127.0.0.1</c> on a free port when null. Must be a loopback address.</param>
    /// <param name="htmlTemplate">The page shown after the redirect; <see cref="DefaultHtmlTemplate"/> when null.</param>
    /// <param name="timeout">How long to wait for the redirect; one hour (Python's wait) when null.</param>
    /// <param name="output">Where the URL is printed when no browser opens; the console when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="loginClient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serverAddress"/> is not a loopback address, or <paramref name="timeout"/> is not positive.</exception>
    /// <exception cref="GlobusSdkUsageException">The client is neither a native nor a confidential app client.</exception>
    public LocalServerLoginFlowManager(
        AuthLoginClient loginClient,
        bool requestRefreshTokens = false,
        string? nativePrefillNamedGrant = null,
        IPEndPoint? serverAddress = null,
        string? htmlTemplate = null,
        TimeSpan? timeout = null,
        TextWriter? output = null)
        : base(loginClient, requestRefreshTokens, nativePrefillNamedGrant)
    {
        ServerAddress = serverAddress ?? new IPEndPoint(IPAddress.Loopback, 0);
        if (!IPAddress.IsLoopback(ServerAddress.Address))
        {
            throw new ArgumentException("The local server must listen on a loopback address.", nameof(serverAddress));
        }

        Timeout = timeout ?? TimeSpan.FromHours(1);
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The timeout must be positive.", nameof(timeout));
        }

        HtmlTemplate = htmlTemplate ?? DefaultHtmlTemplate;
        _output = output;
    }

    /// <summary>Where the server listens (port 0: a free one).</summary>
    public IPEndPoint ServerAddress { get; }

    /// <summary>The page shown after the redirect.</summary>
    public string HtmlTemplate { get; }

    /// <summary>How long to wait for the redirect.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Creates the manager a <see cref="GlobusApp"/> uses (Python's <c>for_globus_app</c>).</summary>
    /// <param name="appName">The app's name, prefilled as the grant's label with the host name.</param>
    /// <param name="loginClient">The app's login client; must be a native app client.</param>
    /// <param name="config">The app's configuration; must not set a redirect URI.</param>
    /// <returns>The manager.</returns>
    /// <exception cref="GlobusSdkUsageException">A redirect URI is configured, or the client is not a native app client.</exception>
    public static LocalServerLoginFlowManager ForGlobusApp(string appName, AuthLoginClient loginClient, GlobusAppConfig config)
    {
        ArgumentNullException.ThrowIfNull(appName);
        ArgumentNullException.ThrowIfNull(config);
        if (!string.IsNullOrEmpty(config.LoginRedirectUri))
        {
            throw new GlobusSdkUsageException("Cannot define a custom redirect_uri for LocalServerLoginFlowManager.");
        }

        if (loginClient is not NativeAppAuthClient)
        {
            throw new GlobusSdkUsageException("LocalServerLoginFlowManager is only supported for Native Apps.");
        }

        return new LocalServerLoginFlowManager(loginClient, config.RequestRefreshTokens, PrefillFor(appName));
    }

    /// <inheritdoc/>
    /// <exception cref="LocalServerLoginException">Globus Auth redirected with an error, the state did not match, or the wait timed out.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the code.</exception>
    public override async Task<OAuthTokenResponse> RunLoginFlowAsync(GlobusAuthorizationParameters authParameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authParameters);
        var listener = new TcpListener(ServerAddress);
        listener.Start();
        // The wait starts with the listener, before the browser opens, so the clock that ends it is running by then.
        using var timeout = new CancellationTokenSource(Timeout, LoginClient.Clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string code;
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var redirectUri = $"http://{FormatHost(ServerAddress.Address)}:{port}/";
            var state = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            var authorizeUrl = GetAuthorizeUrl(authParameters, redirectUri, state);
            if (!OpenBrowser(authorizeUrl))
            {
                var output = _output ?? Console.Out;
                await output.WriteLineAsync($"Please open this URL in a browser to log in with Globus:{Environment.NewLine}{authorizeUrl}".AsMemory(), cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                code = await WaitForCodeAsync(listener, state, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new LocalServerLoginException("Login timed out. Please try again.");
            }
        }
        finally
        {
            listener.Stop();
        }

        return await LoginClient.OAuth2ExchangeCodeForTokensAsync(code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens the system browser at <paramref name="url"/>. Returns false (the URL is then printed) in a remote
    /// session (<c>SSH_TTY</c>, <c>SSH_CONNECTION</c>) or when no browser could be started.
    /// </summary>
    /// <param name="url">The authorize URL.</param>
    /// <returns>Whether a browser was started.</returns>
    protected virtual bool OpenBrowser(string url)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SSH_TTY")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SSH_CONNECTION")))
        {
            return false;
        }

        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url])
                : new ProcessStartInfo("xdg-open", [url]);
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private async Task<string> WaitForCodeAsync(TcpListener listener, string expectedState, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var connection = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            var stream = connection.GetStream();
            var target = await ReadRequestTargetAsync(stream, cancellationToken).ConfigureAwait(false);
            var query = ParseQuery(target);
            query.TryGetValue("code", out var code);
            query.TryGetValue("state", out var state);
            if (!string.IsNullOrEmpty(code))
            {
                if (!string.Equals(state, expectedState, StringComparison.Ordinal))
                {
                    await RespondAsync(stream, 400, "Login failed", "The login could not be verified (state mismatch). Please try again.", cancellationToken).ConfigureAwait(false);
                    throw new LocalServerLoginException("The redirect's state did not match the login's: the redirect did not come from this login, and was refused.");
                }

                await RespondAsync(stream, 200, "Login successful", string.Empty, cancellationToken).ConfigureAwait(false);
                return code;
            }

            if (query.TryGetValue("error", out var error))
            {
                var message = query.GetValueOrDefault("error_description") ?? error;
                await RespondAsync(stream, 200, "Login failed", message, cancellationToken).ConfigureAwait(false);
                throw new LocalServerLoginException($"Authorization failed: {message}");
            }

            // Neither a code nor an error (a favicon, a probe): not the redirect, keep waiting.
            await RespondAsync(stream, 404, "Not found", string.Empty, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<string> ReadRequestTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        // Only the request line matters; headers are read and ignored (up to 16 KiB in all).
        var buffer = new byte[16 * 1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }

        var text = Encoding.ASCII.GetString(buffer, 0, length);
        var requestLine = text.Split("\r\n", 2)[0].Split(' ');
        return requestLine.Length >= 2 && requestLine[0] == "GET" ? requestLine[1] : string.Empty;
    }

    private static Dictionary<string, string> ParseQuery(string target)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var question = target.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return result;
        }

        foreach (var pair in target[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0].Replace('+', ' '));
            result.TryAdd(key, parts.Length == 2 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty);
        }

        return result;
    }

    private async Task RespondAsync(NetworkStream stream, int status, string loginResult, string message, CancellationToken cancellationToken)
    {
        var page = HtmlTemplate
            .Replace("$login_result", WebUtility.HtmlEncode(loginResult), StringComparison.Ordinal)
            .Replace("$post_login_message", WebUtility.HtmlEncode(message), StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(page);
        var reason = status switch { 200 => "OK", 400 => "Bad Request", _ => "Not Found" };
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string FormatHost(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
}
