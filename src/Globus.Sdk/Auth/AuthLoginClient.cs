using System.Security.Cryptography;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;
using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>
/// The part of Globus Auth that logs users and apps in: OAuth2 flows, token refresh, revocation and
/// the OpenID Connect keys. Use <see cref="NativeAppAuthClient"/> for an app that cannot keep a
/// secret (a command-line tool, a desktop app) and <see cref="ConfidentialAppAuthClient"/> for one that
/// can (a web server, a service); this class itself is the Python SDK v3.0's <c>AuthClient(client_id=...)</c>,
/// for a flow manager made by the caller (<see cref="CurrentOAuth2FlowManager"/>) and the token calls.
/// </summary>
/// <remarks>
/// <para>
/// Token requests are form-encoded POSTs to <c>/v2/oauth2/token*</c>. An error answer is raised as
/// <see cref="AuthApiException"/>; its message never contains the tokens or secrets that were sent.
/// </para>
/// <para>
/// Thread safety: the request methods, <see cref="GetJwkAsync"/> and id token decoding are safe to
/// call from several threads at once, like any client. <c>OAuth2StartFlow</c> keeps the flow it starts
/// on the client (<see cref="CurrentOAuth2FlowManager"/>) for <see cref="OAuth2GetAuthorizeUrl"/> and
/// <see cref="OAuth2ExchangeCodeForTokensAsync"/>, as the Python SDK does: while a flow is in progress
/// the client serves that one login. A web app serving many users builds a flow manager per login
/// instead (see <see cref="GlobusAuthorizationCodeFlowManager"/>).
/// </para>
/// </remarks>
public partial class AuthLoginClient : BaseClient
{
    private readonly object _signingKeysLock = new();
    private GlobusOAuthFlowManager? _currentFlow;
    private Task<OpenIdSigningKeys>? _signingKeys;

    /// <summary>The scopes requested when a flow or grant names none, as in the Python SDK v3.0.</summary>
    internal const string DefaultRequestedScopes = "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all";

    /// <summary>
    /// Creates a login client: the Python SDK v3.0's <c>AuthClient(client_id=...)</c>. Set
    /// <see cref="CurrentOAuth2FlowManager"/> to a flow manager of your own to log a user in with it.
    /// </summary>
    /// <param name="clientId">The app's client id, registered with Globus Auth.</param>
    /// <param name="authorizer">
    /// How the client authenticates to Globus Auth: none for an app without a secret (revocation then
    /// names the client in its form), <see cref="BasicAuthorizer"/> with the client id and secret otherwise.
    /// </param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space, or an option cannot work.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public AuthLoginClient(string clientId, IGlobusAuthorizer? authorizer = null, GlobusClientOptions? options = null)
        : base("auth", authorizer, options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ClientId = clientId;
        Clock = options?.TimeProvider ?? TimeProvider.System;
    }

    /// <summary>For mocking frameworks: a client whose members are all overridden by the mock.</summary>
    protected AuthLoginClient()
    {
        ClientId = string.Empty;
        Clock = TimeProvider.System;
    }

    /// <summary>The app's client id.</summary>
    public string ClientId { get; }

    /// <summary>
    /// The flow started by <c>OAuth2StartFlow</c>, used by <see cref="OAuth2GetAuthorizeUrl"/> and
    /// <see cref="OAuth2ExchangeCodeForTokensAsync"/>; null before a flow starts. Set it to resume a flow
    /// rebuilt from values kept elsewhere (the Python SDK's <c>current_oauth2_flow_manager</c>).
    /// </summary>
    public GlobusOAuthFlowManager? CurrentOAuth2FlowManager
    {
        get => Volatile.Read(ref _currentFlow);
        set => Volatile.Write(ref _currentFlow, value);
    }

    /// <summary>The clock of the client's options: dates token answers and checks id token expiry.</summary>
    internal TimeProvider Clock { get; }

    /// <summary>
    /// Whether token and refresh forms carry <c>client_id</c>: a native app has no secret to
    /// authenticate with, so Globus Auth learns which client is asking from the form.
    /// </summary>
    private protected bool FormsCarryClientId { get; init; }

    /// <summary>Whether the client authenticates itself; a revocation names the client in its form when it does not, as the Python SDK does.</summary>
    private bool Authenticates => Authorizer is not NullAuthorizer;

    /// <summary>
    /// Gets the key set (JWKS) whose keys sign Globus Auth's id tokens, from the <c>jwks_uri</c> of the
    /// OpenID configuration. Sent without credentials.
    /// </summary>
    /// <param name="openidConfiguration">The discovery document; fetched first when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key set, a JSON object with <c>keys</c>.</returns>
    /// <exception cref="InvalidOperationException">The discovery document has no usable <c>jwks_uri</c>.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> GetJwkAsync(GlobusResponse? openidConfiguration = null, CancellationToken cancellationToken = default) =>
        OpenIdConnectKeys.GetJwkAsync(this, openidConfiguration, GetOpenidConfigurationAsync, cancellationToken);

    /// <summary>
    /// Gets the key that signs Globus Auth's id tokens as an RSA public key (the Python SDK's
    /// <c>get_jwk(as_pem=True)</c>): the first key of <see cref="GetJwkAsync"/>'s key set.
    /// </summary>
    /// <param name="openidConfiguration">The discovery document; fetched first when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The public key; the caller disposes it.</returns>
    /// <exception cref="InvalidOperationException">The discovery document has no usable <c>jwks_uri</c>, or the key set no RSA key.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual async Task<RSA> GetJwkRsaKeyAsync(GlobusResponse? openidConfiguration = null, CancellationToken cancellationToken = default) =>
        OpenIdConnectKeys.ToRsa(await GetJwkAsync(openidConfiguration, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The URL to send the user to for the flow started with <c>OAuth2StartFlow</c>. The session
    /// parameters ask Globus Auth for more than a plain login, as an error's authorization
    /// parameters may require.
    /// </summary>
    /// <param name="sessionRequiredIdentities">Identity ids that must be in the user's session (<c>session_required_identities</c>, comma-joined).</param>
    /// <param name="sessionRequiredSingleDomain">Domains one of whose identities must be in the session (<c>session_required_single_domain</c>).</param>
    /// <param name="sessionRequiredPolicies">Ids of policies the session must meet (<c>session_required_policies</c>).</param>
    /// <param name="sessionRequiredMfa">Whether the session needs multi-factor authentication (<c>session_required_mfa</c>, sent as <c>True</c>/<c>False</c> like the Python SDK).</param>
    /// <param name="sessionMessage">A message Globus Auth shows the user (<c>session_message</c>).</param>
    /// <param name="prompt"><c>login</c> to make the user authenticate again even when logged in.</param>
    /// <param name="queryParams">More query parameters, added last.</param>
    /// <returns>The authorize URL.</returns>
    /// <exception cref="GlobusSdkUsageException">No flow was started.</exception>
    public virtual string OAuth2GetAuthorizeUrl(
        IEnumerable<string>? sessionRequiredIdentities = null,
        IEnumerable<string>? sessionRequiredSingleDomain = null,
        IEnumerable<string>? sessionRequiredPolicies = null,
        bool? sessionRequiredMfa = null,
        string? sessionMessage = null,
        string? prompt = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null)
    {
        var flow = CurrentOAuth2FlowManager ?? throw new GlobusSdkUsageException(
            "Cannot get an authorize URL before starting an OAuth2 flow: call OAuth2StartFlow on this client first.");
        IEnumerable<KeyValuePair<string, string?>> parameters =
        [
            new("session_required_identities", CommaJoin(sessionRequiredIdentities)),
            new("session_required_single_domain", CommaJoin(sessionRequiredSingleDomain)),
            new("session_required_policies", CommaJoin(sessionRequiredPolicies)),
            new("session_required_mfa", sessionRequiredMfa switch { true => "True", false => "False", null => null }),
            new("session_message", sessionMessage),
            new("prompt", prompt),
        ];
        return flow.GetAuthorizeUrl(queryParams is null ? parameters : parameters.Concat(queryParams));
    }

    /// <summary>
    /// Ends the flow started with <c>OAuth2StartFlow</c>: exchanges the authorization code from the
    /// redirect for tokens.
    /// </summary>
    /// <param name="authCode">The <c>code</c> Globus Auth gave the user; a short-lived credential.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, one per resource server, with an id token when <c>openid</c> was requested.</returns>
    /// <exception cref="GlobusSdkUsageException">No flow was started.</exception>
    /// <exception cref="ArgumentException"><paramref name="authCode"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the code.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<OAuthTokenResponse> OAuth2ExchangeCodeForTokensAsync(string authCode, CancellationToken cancellationToken = default)
    {
        var flow = CurrentOAuth2FlowManager ?? throw new GlobusSdkUsageException(
            "Cannot exchange an authorization code before starting an OAuth2 flow: call OAuth2StartFlow on this client first.");
        return flow.ExchangeCodeForTokensAsync(authCode, cancellationToken);
    }

    /// <summary>
    /// Calls the token endpoint (<c>POST /v2/oauth2/token</c>) with any form: the general form of every
    /// grant, for flows the SDK has no method for.
    /// </summary>
    /// <param name="formData">The form's fields; a null value leaves the field out.</param>
    /// <param name="bodyParams">More fields, added last: a field named in both takes this value.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formData"/> is null.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the grant.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual async Task<OAuthTokenResponse> OAuth2TokenAsync(
        IEnumerable<KeyValuePair<string, string?>> formData,
        IEnumerable<KeyValuePair<string, string?>>? bodyParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(formData);
        var response = await PostFormAsync("/v2/oauth2/token", ParameterMerge.Merge(formData, bodyParams), "oauth2_token", cancellationToken).ConfigureAwait(false);
        return new OAuthTokenResponse(response, this);
    }

    /// <summary>
    /// Exchanges a refresh token for a new access token (<c>grant_type=refresh_token</c>).
    /// </summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="bodyParams">More form fields, added last.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new access token, in <see cref="OAuthTokenResponse.ByResourceServer"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="refreshToken"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the refresh token (revoked, or issued to another client).</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<OAuthTokenResponse> OAuth2RefreshTokenAsync(
        string refreshToken,
        IEnumerable<KeyValuePair<string, string?>>? bodyParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        return OAuth2TokenAsync(
            WithClientId([new("refresh_token", refreshToken), new("grant_type", "refresh_token")]),
            bodyParams,
            cancellationToken);
    }

    /// <summary>
    /// Revokes an access token or a refresh token (<c>POST /v2/oauth2/token/revoke</c>), so it can no
    /// longer be used: for logout, or when a token may have leaked. Revoking a token that is already
    /// invalid succeeds.
    /// </summary>
    /// <param name="token">The access or refresh token to revoke.</param>
    /// <param name="bodyParams">More form fields, added last.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Globus Auth's answer.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> OAuth2RevokeTokenAsync(
        string token,
        IEnumerable<KeyValuePair<string, string?>>? bodyParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        IEnumerable<KeyValuePair<string, string?>> form = [new("token", token)];
        return PostFormAsync(
            "/v2/oauth2/token/revoke",
            ParameterMerge.Merge(Authenticates ? form : form.Append(new("client_id", ClientId)), bodyParams),
            "oauth2_revoke_token",
            cancellationToken);
    }

    /// <summary>
    /// Asks whether a token issued to this client is still valid (<c>POST /v2/oauth2/token/validate</c>);
    /// the answer is <c>{"active": true}</c> or <c>{"active": false}</c>. Python SDK v3.0; Globus retired
    /// it: use <see cref="ConfidentialAppAuthClient.OAuth2TokenIntrospectAsync"/>.
    /// </summary>
    /// <param name="token">The access or refresh token to check.</param>
    /// <param name="bodyParams">More form fields, added last.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Globus Auth's answer, with <c>active</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    [Obsolete("Validate a token (retired by Globus Auth and removed in the Python SDK 4.0; use token introspection).", DiagnosticId = "GLOBUS119")]
    public virtual Task<GlobusResponse> OAuth2ValidateTokenAsync(
        string token,
        IEnumerable<KeyValuePair<string, string?>>? bodyParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        // As in the Python SDK, client_id goes into the form only from a client without credentials (a native
        // app); a confidential app authenticates with its secret instead.
        return PostFormAsync(
            "/v2/oauth2/token/validate",
            ParameterMerge.Merge(WithClientId([new("token", token)]), bodyParams),
            "oauth2_validate_token",
            cancellationToken);
    }

    /// <inheritdoc/>
    protected override GlobusApiException CreateApiException(GlobusResponse response, string method, Uri url) =>
        new AuthApiException(response, method, url);

    /// <summary>Sends a form-encoded POST to a path of Globus Auth.</summary>
    private protected async Task<GlobusResponse> PostFormAsync(
        string path,
        IReadOnlyList<KeyValuePair<string, string?>> form,
        string operationName,
        CancellationToken cancellationToken,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null)
    {
        // The form's credentials (a refresh token, an authorization code) are known to the pipeline, which
        // keeps them out of the text of any exception raised for the answer.
        return await SendToUrlAsync(
            HttpMethod.Post,
            RequestUrlBuilder.Build(BaseUrl, path, queryParams),
            form,
            headers: null,
            RequestEncoding.Form,
            cancellationToken,
            operationName: operationName).ConfigureAwait(false);
    }

    /// <summary>
    /// Globus Auth's issuer and signing keys, fetched once per client and kept; a failed fetch is
    /// forgotten so the next call tries again.
    /// </summary>
    internal Task<OpenIdSigningKeys> GetSigningKeysAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdSigningKeys> task;
        lock (_signingKeysLock)
        {
            if (_signingKeys is null || _signingKeys.IsFaulted || _signingKeys.IsCanceled)
            {
                // Not tied to one caller's cancellation: other callers may be waiting for it too.
                _signingKeys = FetchSigningKeysAsync();
            }

            task = _signingKeys;
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>The issuer and signing keys of a configuration and key set the caller supplied.</summary>
    internal static OpenIdSigningKeys SigningKeysOf(GlobusResponse openidConfiguration, IReadOnlyList<SecurityKey> keys) =>
        new(OpenIdConnectKeys.RequiredString(openidConfiguration, "issuer"), keys, OpenIdConnectKeys.SigningAlgorithms(openidConfiguration));

    /// <summary>Adds <c>client_id</c> to a token or refresh form when this kind of client identifies itself in forms.</summary>
    private protected IEnumerable<KeyValuePair<string, string?>> WithClientId(IEnumerable<KeyValuePair<string, string?>> form) =>
        FormsCarryClientId ? form.Append(new("client_id", ClientId)) : form;

    /// <summary>
    /// Joins requested scopes into the space-separated <c>scope</c> value; v3.0's defaults when none are
    /// given. Each entry may itself hold several scopes separated by spaces.
    /// </summary>
    internal static string JoinScopes(IEnumerable<string>? requestedScopes)
    {
        var scopes = requestedScopes?
            .SelectMany(s => (s ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return scopes is null || scopes.Count == 0 ? DefaultRequestedScopes : string.Join(' ', scopes);
    }

    private static string? CommaJoin(IEnumerable<string>? values) => values is null ? null : string.Join(',', values);

    private async Task<OpenIdSigningKeys> FetchSigningKeysAsync()
    {
        var configuration = await GetOpenidConfigurationAsync(CancellationToken.None).ConfigureAwait(false);
        var keySet = await GetJwkAsync(configuration, CancellationToken.None).ConfigureAwait(false);
        return SigningKeysOf(configuration, OpenIdConnectKeys.SigningKeys(keySet));
    }
}
