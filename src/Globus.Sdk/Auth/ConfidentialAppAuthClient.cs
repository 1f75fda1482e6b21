using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Auth;

/// <summary>
/// Globus Auth for an app that keeps a client secret, such as a web server or a service: the
/// authorization code flow, client credentials, dependent tokens and token introspection. Every
/// request authenticates with the client id and secret (HTTP Basic, see <see cref="BasicAuthorizer"/>).
/// </summary>
/// <remarks>
/// Thread safety: the request methods are safe to call from several threads at once, so one client
/// can serve a whole web app. A flow started with <see cref="OAuth2StartFlow"/> is kept on the client
/// (<see cref="AuthLoginClient.CurrentOAuth2FlowManager"/>); a web app serving many users creates a
/// <see cref="GlobusAuthorizationCodeFlowManager"/> per login instead, from values kept in the user's session.
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
    /// Starts a login (the authorization code flow) and keeps it on the client: next, send the user to
    /// <see cref="AuthLoginClient.OAuth2GetAuthorizeUrl"/> and, at the redirect URI, pass the code to
    /// <see cref="AuthLoginClient.OAuth2ExchangeCodeForTokensAsync"/>. Sends nothing.
    /// </summary>
    /// <param name="redirectUri">Where Globus Auth sends the user after login: a page of the app, registered with the client.</param>
    /// <param name="requestedScopes">
    /// The scopes to request; an entry may hold several separated by spaces. When null or empty, the
    /// Python SDK v3.0 defaults: <c>openid profile email urn:globus:auth:scope:transfer.api.globus.org:all</c>.
    /// </param>
    /// <param name="state">Passed back to the redirect URI unchanged: an unguessable value per login, checked at the callback.</param>
    /// <param name="refreshTokens">When true, also ask for refresh tokens.</param>
    /// <returns>The flow, also kept as <see cref="AuthLoginClient.CurrentOAuth2FlowManager"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="redirectUri"/> is null, empty or white space.</exception>
    public virtual GlobusAuthorizationCodeFlowManager OAuth2StartFlow(
        string redirectUri,
        IEnumerable<string>? requestedScopes = null,
        string state = "_default",
        bool refreshTokens = false)
    {
        var flow = new GlobusAuthorizationCodeFlowManager(this, redirectUri, requestedScopes, state, refreshTokens);
        CurrentOAuth2FlowManager = flow;
        return flow;
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
        var response = await PostFormAsync("/v2/oauth2/token", ParameterMerge.Merge(form, additionalParams), "oauth2_get_dependent_tokens", cancellationToken).ConfigureAwait(false);
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
    /// <param name="queryParams">Query parameters to add to the request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Globus Auth's answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> OAuth2TokenIntrospectAsync(
        string token,
        string? include = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return PostFormAsync(
            "/v2/oauth2/token/introspect",
            [new("token", token), new("include", include)],
            "oauth2_token_introspect",
            cancellationToken,
            queryParams);
    }

    /// <summary>
    /// Creates a client owned by this one (<c>POST /v2/api/clients</c>). Exactly one of
    /// <paramref name="publicClient"/> and <paramref name="clientType"/> is given; the terms and privacy
    /// links are given together or not at all.
    /// </summary>
    /// <param name="name">The new client's name, shown to users on consent pages; no line breaks.</param>
    /// <param name="publicClient">True for a client that cannot keep a secret (a native app), false for one that can.</param>
    /// <param name="clientType">
    /// The kind of client: <c>confidential_client</c>, <c>public_installed_client</c>, <c>client_identity</c>,
    /// <c>resource_server</c>, <c>globus_connect_server</c> or <c>hybrid_confidential_client_resource_server</c>.
    /// </param>
    /// <param name="visibility"><c>public</c> (any authenticated entity can see it) or <c>private</c> (only its project).</param>
    /// <param name="redirectUris">The URIs the client's OAuth2 flows may redirect to.</param>
    /// <param name="termsAndConditions">The URL of the client's terms and conditions.</param>
    /// <param name="privacyPolicy">The URL of the client's privacy policy.</param>
    /// <param name="requiredIdp">An identity provider the user must have an identity from.</param>
    /// <param name="preselectIdp">An identity provider preselected on the login page.</param>
    /// <param name="additionalFields">More fields of the client document, added last.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Globus Auth's answer, with the new client under <c>client</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="GlobusSdkUsageException">
    /// Both or neither of <paramref name="publicClient"/> and <paramref name="clientType"/> were given, or only one of the two links.
    /// </exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> CreateChildClientAsync(
        string name,
        bool? publicClient = null,
        string? clientType = null,
        string? visibility = null,
        IEnumerable<string>? redirectUris = null,
        string? termsAndConditions = null,
        string? privacyPolicy = null,
        string? requiredIdp = null,
        string? preselectIdp = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        AuthClient.CheckClientKind(nameof(CreateChildClientAsync), publicClient, clientType);
        var links = AuthClient.Links(nameof(CreateChildClientAsync), termsAndConditions, privacyPolicy);

        var client = new JsonObject { ["name"] = name };
        AddIfSet(client, "visibility", visibility);
        AddIfSet(client, "required_idp", requiredIdp);
        AddIfSet(client, "preselect_idp", preselectIdp);
        if (publicClient is { } isPublic)
        {
            client["public_client"] = isPublic;
        }

        AddIfSet(client, "client_type", clientType);
        if (redirectUris is not null)
        {
            client["redirect_uris"] = new JsonArray(redirectUris.Select(uri => (JsonNode?)JsonValue.Create(uri)).ToArray());
        }

        if (links is not null)
        {
            client["links"] = new JsonObject { ["terms_and_conditions"] = termsAndConditions, ["privacy_policy"] = privacyPolicy };
        }

        foreach (var (field, value) in additionalFields ?? [])
        {
            client[field] = value?.DeepClone();
        }

        return SendToUrlAsync(
            HttpMethod.Post, RequestUrlBuilder.Build(BaseUrl, "/v2/api/clients", null), new JsonObject { ["client"] = client },
            headers: null, RequestEncoding.Json, cancellationToken, operationName: "create_child_client").AsTask();
    }

    private static void AddIfSet(JsonObject document, string name, string? value)
    {
        if (value is not null)
        {
            document[name] = value;
        }
    }

    private static BasicAuthorizer CreateAuthorizer(string clientId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientSecret);
        return new BasicAuthorizer(clientId, clientSecret);
    }
}
