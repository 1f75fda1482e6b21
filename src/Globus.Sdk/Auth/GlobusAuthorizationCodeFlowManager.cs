namespace Globus.Sdk.Auth;

/// <summary>
/// The authorization code flow of an app with a client secret, such as a web app: the user is sent
/// to Globus Auth, which redirects back with a code, and the app exchanges the code for tokens,
/// authenticating with its secret.
/// </summary>
/// <remarks>
/// <para>
/// Usually created by <see cref="ConfidentialAppAuthClient.OAuth2StartFlow"/>. Immutable and safe to
/// share between threads. A web app serving many users should not keep a flow on a shared client:
/// build a flow manager per login instead, and at the callback build it again from the same
/// redirect URI, scopes, state and refresh choice (the state kept in the user's session, and checked
/// against the callback's <c>state</c> to stop cross-site request forgery).
/// </para>
/// </remarks>
public sealed class GlobusAuthorizationCodeFlowManager : GlobusOAuthFlowManager
{
    /// <summary>Starts an authorization code flow.</summary>
    /// <param name="authClient">The login client that exchanges the code, normally a <see cref="ConfidentialAppAuthClient"/>.</param>
    /// <param name="redirectUri">Where Globus Auth sends the user after login: a page of the app, registered with the client.</param>
    /// <param name="requestedScopes">
    /// The scopes to request; an entry may hold several separated by spaces. When null or empty, the
    /// Python SDK v3.0 defaults: <c>openid profile email urn:globus:auth:scope:transfer.api.globus.org:all</c>.
    /// </param>
    /// <param name="state">Passed back to the redirect URI unchanged: use an unguessable value per login and check it at the callback.</param>
    /// <param name="refreshTokens">When true, also ask for refresh tokens (<c>access_type=offline</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="authClient"/> or <paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="redirectUri"/> is null, empty or white space.</exception>
    public GlobusAuthorizationCodeFlowManager(
        AuthLoginClient authClient,
        string redirectUri,
        IEnumerable<string>? requestedScopes = null,
        string state = "_default",
        bool refreshTokens = false)
        : base(authClient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(redirectUri);
        ArgumentNullException.ThrowIfNull(state);
        RedirectUri = redirectUri;
        RequestedScopes = AuthLoginClient.JoinScopes(requestedScopes);
        State = state;
        RefreshTokens = refreshTokens;
    }

    /// <summary>Where Globus Auth sends the user after login.</summary>
    public string RedirectUri { get; }

    /// <summary>The requested scopes, separated by spaces.</summary>
    public string RequestedScopes { get; }

    /// <summary>The value passed back to the redirect URI.</summary>
    public string State { get; }

    /// <summary>Whether refresh tokens are requested.</summary>
    public bool RefreshTokens { get; }

    /// <inheritdoc/>
    public override string GetAuthorizeUrl(IEnumerable<KeyValuePair<string, string?>>? queryParams = null) =>
        BuildAuthorizeUrl(
            [
                new("client_id", ClientId),
                new("redirect_uri", RedirectUri),
                new("scope", RequestedScopes),
                new("state", State),
                new("response_type", "code"),
                new("access_type", RefreshTokens ? "offline" : "online"),
            ],
            queryParams);

    /// <inheritdoc/>
    public override Task<OAuthTokenResponse> ExchangeCodeForTokensAsync(string authCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authCode);
        // The client authenticates with its secret (Basic), so the form carries no client id.
        return AuthClient.OAuth2TokenAsync(
            [
                new("grant_type", "authorization_code"),
                new("code", authCode),
                new("redirect_uri", RedirectUri),
            ],
            bodyParams: null,
            cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{nameof(GlobusAuthorizationCodeFlowManager)}(client_id: {ClientId}, redirect_uri: {RedirectUri}, scope: {RequestedScopes}, "
        + $"state: {State}, refresh_tokens: {RefreshTokens})";
}
