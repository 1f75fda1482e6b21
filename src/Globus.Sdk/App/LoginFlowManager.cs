using Globus.Sdk.Auth;

namespace Globus.Sdk;

/// <summary>
/// Runs a login (the authorization code flow) with a user and returns its tokens. Python's
/// <c>LoginFlowManager</c>: <see cref="CommandLineLoginFlowManager"/> prints a URL and reads the code
/// back, <see cref="LocalServerLoginFlowManager"/> receives the redirect on a loopback port; derive
/// from this class for another way (a GUI, a web view).
/// </summary>
public abstract class LoginFlowManager
{
    /// <summary>Creates the manager.</summary>
    /// <param name="loginClient">A <see cref="NativeAppAuthClient"/> or <see cref="ConfidentialAppAuthClient"/>.</param>
    /// <param name="requestRefreshTokens">Whether to ask for refresh tokens too.</param>
    /// <param name="nativePrefillNamedGrant">A label for the grant, prefilled on the consent page (native apps only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="loginClient"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="loginClient"/> is neither a native nor a confidential app client.</exception>
    protected LoginFlowManager(AuthLoginClient loginClient, bool requestRefreshTokens = false, string? nativePrefillNamedGrant = null)
    {
        ArgumentNullException.ThrowIfNull(loginClient);
        if (loginClient is not (NativeAppAuthClient or ConfidentialAppAuthClient))
        {
            throw new GlobusSdkUsageException(
                $"{GetType().Name} requires a NativeAppAuthClient or ConfidentialAppAuthClient, but got a {loginClient.GetType().Name}.");
        }

        LoginClient = loginClient;
        RequestRefreshTokens = requestRefreshTokens;
        NativePrefillNamedGrant = nativePrefillNamedGrant;
    }

    /// <summary>The client that starts the flow and exchanges the code.</summary>
    public AuthLoginClient LoginClient { get; }

    /// <summary>Whether refresh tokens are requested.</summary>
    public bool RequestRefreshTokens { get; }

    /// <summary>The label prefilled on a native app's consent page, or null.</summary>
    public string? NativePrefillNamedGrant { get; }

    /// <summary>Runs a login with the user and returns the tokens (Python's <c>run_login_flow</c>).</summary>
    /// <param name="authParameters">The scopes to request (required) and what the session must satisfy.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>The tokens Globus Auth issued.</returns>
    public abstract Task<OAuthTokenResponse> RunLoginFlowAsync(GlobusAuthorizationParameters authParameters, CancellationToken cancellationToken = default);

    /// <summary>Starts a flow on <see cref="LoginClient"/> and returns the URL to send the user to.</summary>
    /// <param name="authParameters">The scopes to request and the session requirements.</param>
    /// <param name="redirectUri">Where Globus Auth sends the user afterwards.</param>
    /// <param name="state">The <c>state</c> Globus Auth passes back to the redirect URI.</param>
    /// <returns>The authorize URL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authParameters"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The parameters name no scope.</exception>
    protected string GetAuthorizeUrl(GlobusAuthorizationParameters authParameters, string redirectUri, string state = "_default")
    {
        ArgumentNullException.ThrowIfNull(authParameters);
        if (authParameters.RequiredScopes is not { Count: > 0 } scopes)
        {
            throw new GlobusSdkUsageException($"{GetType().Name} cannot start a login flow without scopes in the authorization parameters.");
        }

        switch (LoginClient)
        {
            case NativeAppAuthClient native:
                native.OAuth2StartFlow(scopes, redirectUri, state, refreshTokens: RequestRefreshTokens, prefillNamedGrant: NativePrefillNamedGrant);
                break;
            case ConfidentialAppAuthClient confidential:
                confidential.OAuth2StartFlow(redirectUri, scopes, state, RequestRefreshTokens);
                break;
        }

        return LoginClient.OAuth2GetAuthorizeUrl(
            authParameters.SessionRequiredIdentities,
            authParameters.SessionRequiredSingleDomain,
            authParameters.SessionRequiredPolicies,
            authParameters.SessionRequiredMfa,
            authParameters.SessionMessage,
            authParameters.Prompt);
    }

    /// <summary>The grant label Python's apps prefill: <c>&lt;app name&gt; on &lt;host name&gt;</c>.</summary>
    internal static string PrefillFor(string appName)
    {
        string host;
        try
        {
            host = System.Net.Dns.GetHostName().Split('.')[0];
        }
        catch (System.Net.Sockets.SocketException)
        {
            host = string.Empty;
        }

        return string.IsNullOrEmpty(host) ? appName : $"{appName} on {host}";
    }
}
