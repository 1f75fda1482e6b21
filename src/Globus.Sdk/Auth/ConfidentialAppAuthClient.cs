using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Auth;

/// <summary>
/// Globus Auth for an app that keeps a client secret, such as a web server or a service: the
/// authorization code flow, client credentials, dependent tokens and token introspection. Every
/// request authenticates with the client id and secret (HTTP Basic, see <see cref="BasicAuthorizer"/>).
/// </summary>
/// <remarks>
/// Thread safety: the request methods are safe to call from several threads at once. A flow started
/// with <c>OAuth2StartFlow</c> is kept on the client; a web app serving many users should create a
/// flow manager per login instead (see <c>GlobusAuthorizationCodeFlowManager</c>).
/// </remarks>
public class ConfidentialAppAuthClient : AuthLoginClient
{
    /// <summary>Creates a client for a confidential app.</summary>
    /// <param name="clientId">The app's client id.</param>
    /// <param name="clientSecret">The app's client secret. It never appears in <see cref="object.ToString"/>, logs or exception messages.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> or <paramref name="clientSecret"/> is null, empty or white space, or an option cannot work.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public ConfidentialAppAuthClient(string clientId, string clientSecret, GlobusClientOptions? options = null)
        : base(clientId, CreateAuthorizer(clientId, clientSecret), options)
    {
    }

    /// <summary>For mocking frameworks: a client whose members are all overridden by the mock.</summary>
    protected ConfidentialAppAuthClient()
    {
    }

    /// <summary>
    /// Gets tokens that act as the app itself, not as a user (the client credentials grant). The
    /// "user" of these tokens is <c>{client id}@clients.auth.globus.org</c>. No refresh tokens are
    /// issued: ask again when the tokens expire.
    /// </summary>
    /// <param name="requestedScopes">
    /// The scopes to request; an entry may hold several separated by spaces. When null or empty, the
    /// Python SDK v3.0 defaults: <c>openid profile email urn:globus:auth:scope:transfer.api.globus.org:all</c>.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, one per resource server.</returns>
    /// <exception cref="AuthApiException">Globus Auth refused the grant (a wrong secret, a scope the app may not have).</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<OAuthTokenResponse> OAuth2ClientCredentialsTokensAsync(
        IEnumerable<string>? requestedScopes = null,
        CancellationToken cancellationToken = default) =>
        OAuth2TokenAsync(
            [new("grant_type", "client_credentials"), new("scope", JoinScopes(requestedScopes))],
            bodyParams: null,
            cancellationToken);

    /// <summary>
    /// Exchanges a token that a user gave this app (a service) for tokens of the services this app
    /// depends on, acting as the same user (the dependent token grant).
    /// </summary>
    /// <param name="token">The access token the app received.</param>
    /// <param name="refreshTokens">When true, also ask for refresh tokens (<c>access_type=offline</c>).</param>
    /// <param name="scope">The dependent scopes to get tokens for, separated by spaces; all of them when null.</param>
    /// <param name="additionalParams">More form fields, added last.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dependent tokens, one per resource server.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the grant (for example, the user has not consented).</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual async Task<OAuthDependentTokenResponse> OAuth2GetDependentTokensAsync(
        string token,
        bool refreshTokens = false,
        string? scope = null,
        IEnumerable<KeyValuePair<string, string?>>? additionalParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var form = new List<KeyValuePair<string, string?>>
        {
            new("grant_type", "urn:globus:auth:grant_type:dependent_token"),
            new("token", token),
            new("scope", scope),
            new("access_type", refreshTokens ? "offline" : null),
        };
        var response = await PostFormAsync("/v2/oauth2/token", MergeForm(form, additionalParams), "oauth2_get_dependent_tokens", cancellationToken).ConfigureAwait(false);
        return new OAuthDependentTokenResponse(response, this);
    }

    /// <summary>
    /// Asks Globus Auth about a token presented to this app (<c>POST /v2/oauth2/token/introspect</c>):
    /// whether it is <c>active</c>, its scopes, user, client and expiry.
    /// </summary>
    /// <param name="token">The access token to inspect.</param>
    /// <param name="include">
    /// Extra information to include, such as <c>identity_set</c> (all identities of the user) or
    /// <c>session_info</c>; left out when null.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Globus Auth's answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> OAuth2TokenIntrospectAsync(
        string token,
        string? include = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return PostFormAsync(
            "/v2/oauth2/token/introspect",
            [new("token", token), new("include", include)],
            "oauth2_token_introspect",
            cancellationToken);
    }

    private static BasicAuthorizer CreateAuthorizer(string clientId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        return new BasicAuthorizer(clientId, clientSecret);
    }
}
