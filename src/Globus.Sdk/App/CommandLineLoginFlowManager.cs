using Globus.Sdk.Auth;

namespace Globus.Sdk;

/// <summary>
/// Logs a user in on the command line: prints the authorize URL, and reads back the authorization
/// code the user pastes after logging in. Python's <c>CommandLineLoginFlowManager</c>; the default
/// login flow of a <see cref="UserApp"/>.
/// </summary>
public class CommandLineLoginFlowManager : LoginFlowManager
{
    private readonly TextReader? _input;
    private readonly TextWriter? _output;

    /// <summary>Creates the manager.</summary>
    /// <param name="loginClient">A native app client, or a confidential one with <paramref name="redirectUri"/>.</param>
    /// <param name="redirectUri">Where Globus Auth sends the user; by default (native apps) its page that shows the code.</param>
    /// <param name="requestRefreshTokens">Whether to ask for refresh tokens too.</param>
    /// <param name="nativePrefillNamedGrant">A label for the grant, prefilled on the consent page (native apps only).</param>
    /// <param name="input">Where the code is read from; the console when null.</param>
    /// <param name="output">Where the URL and prompt are written; the console when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="loginClient"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">A confidential client without a redirect URI, or another kind of client.</exception>
    public CommandLineLoginFlowManager(
        AuthLoginClient loginClient,
        string? redirectUri = null,
        bool requestRefreshTokens = false,
        string? nativePrefillNamedGrant = null,
        TextReader? input = null,
        TextWriter? output = null)
        : base(loginClient, requestRefreshTokens, nativePrefillNamedGrant)
    {
        if (redirectUri is null && loginClient is ConfidentialAppAuthClient)
        {
            throw new GlobusSdkUsageException("Use of a Confidential client requires an explicit redirect_uri.");
        }

        RedirectUri = redirectUri ?? new Uri(loginClient.BaseUrl, "v2/web/auth-code").ToString();
        _input = input;
        _output = output;
    }

    /// <summary>The redirect URI of the flow.</summary>
    public string RedirectUri { get; }

    /// <summary>Creates the manager a <see cref="GlobusApp"/> uses (Python's <c>for_globus_app</c>).</summary>
    /// <param name="appName">The app's name, prefilled as the grant's label with the host name.</param>
    /// <param name="loginClient">The app's login client.</param>
    /// <param name="config">The app's configuration: redirect URI and refresh tokens.</param>
    /// <returns>The manager.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CommandLineLoginFlowManager ForGlobusApp(string appName, AuthLoginClient loginClient, GlobusAppConfig config)
    {
        ArgumentNullException.ThrowIfNull(appName);
        ArgumentNullException.ThrowIfNull(config);
        return new CommandLineLoginFlowManager(loginClient, config.LoginRedirectUri, config.RequestRefreshTokens, PrefillFor(appName));
    }

    /// <inheritdoc/>
    /// <exception cref="CommandLineLoginFlowEofException">The input ended before a code was entered.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the code.</exception>
    public override async Task<OAuthTokenResponse> RunLoginFlowAsync(GlobusAuthorizationParameters authParameters, CancellationToken cancellationToken = default)
    {
        var authorizeUrl = GetAuthorizeUrl(authParameters, RedirectUri);
        await PrintAuthorizeUrlAsync(authorizeUrl, cancellationToken).ConfigureAwait(false);
        var code = await PromptForCodeAsync(cancellationToken).ConfigureAwait(false);
        return await LoginClient.OAuth2ExchangeCodeForTokensAsync(code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the user to log in at the URL (Python's <c>print_authorize_url</c>).</summary>
    /// <param name="authorizeUrl">The URL to log in at.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when written.</returns>
    protected virtual async Task PrintAuthorizeUrlAsync(string authorizeUrl, CancellationToken cancellationToken)
    {
        const string prompt = "Please authenticate with Globus here:";
        var rule = new string('-', prompt.Length);
        var output = _output ?? Console.Out;
        await output.WriteAsync($"{Environment.NewLine}{prompt}{Environment.NewLine}{rule}{Environment.NewLine}{authorizeUrl}{Environment.NewLine}{rule}{Environment.NewLine}{Environment.NewLine}".AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the authorization code the user pastes (Python's <c>prompt_for_code</c>).</summary>
    /// <param name="cancellationToken">Cancels waiting for the code.</param>
    /// <returns>The code, trimmed.</returns>
    /// <exception cref="CommandLineLoginFlowEofException">The input ended before a code was entered.</exception>
    protected virtual async Task<string> PromptForCodeAsync(CancellationToken cancellationToken)
    {
        var output = _output ?? Console.Out;
        await output.WriteAsync("Enter the resulting Authorization Code here: ".AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var line = await (_input ?? Console.In).ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return line?.Trim() ?? throw new CommandLineLoginFlowEofException(
            "An EOF was read when an authorization code was expected. (Are you running this in an interactive terminal?)");
    }
}
