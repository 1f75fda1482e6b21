using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Auth;

/// <summary>
/// The part of Globus Auth that logs users and apps in: OAuth2 flows, token refresh, revocation and
/// the OpenID Connect keys. Use <see cref="NativeAppAuthClient"/> for an app that cannot keep a
/// secret (a command-line tool, a desktop app) and <see cref="ConfidentialAppAuthClient"/> for one that
/// can (a web server, a service).
/// </summary>
/// <remarks>
/// <para>
/// Token requests are form-encoded POSTs to <c>/v2/oauth2/token*</c>. An error answer is raised as
/// <see cref="AuthApiException"/>; its message never contains the tokens or secrets that were sent.
/// </para>
/// <para>
/// Thread safety: the request methods are safe to call from several threads at once, like any client.
/// </para>
/// </remarks>
public abstract class AuthLoginClient : BaseClient
{
    // The credentials of the form being sent in this async flow, so an error built for its answer can
    // hide them (CreateApiException has no view of the request); an AsyncLocal keeps concurrent calls apart.
    private static readonly AsyncLocal<IReadOnlyCollection<string>?> FormSecrets = new();

    /// <summary>The scopes requested when a flow or grant names none, as in the Python SDK v3.0.</summary>
    internal const string DefaultRequestedScopes = "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all";

    /// <summary>Creates a login client.</summary>
    /// <param name="clientId">The app's client id, registered with Globus Auth.</param>
    /// <param name="authorizer">How the client authenticates to Globus Auth: none for a native app, Basic for a confidential one.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space, or an option cannot work.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    protected AuthLoginClient(string clientId, IGlobusAuthorizer? authorizer, GlobusClientOptions? options)
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

    /// <summary>The clock of the client's options: dates token answers and checks id token expiry.</summary>
    internal TimeProvider Clock { get; }

    /// <summary>
    /// Whether token, refresh and revoke forms carry <c>client_id</c>: a native app has no secret to
    /// authenticate with, so Globus Auth learns which client is asking from the form.
    /// </summary>
    private protected bool FormsCarryClientId { get; init; }

    /// <summary>
    /// Gets Globus Auth's OpenID Connect discovery document: the issuer, the endpoints and
    /// <c>jwks_uri</c>, where the keys that sign id tokens are published. Sent without credentials.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The discovery document.</returns>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> GetOpenidConfigurationAsync(CancellationToken cancellationToken = default) =>
        SendToUrlAsync(
            HttpMethod.Get,
            RequestUrlBuilder.Build(BaseUrl, "/.well-known/openid-configuration", null),
            data: null,
            headers: null,
            encoding: null,
            cancellationToken,
            authenticated: false,
            operationName: "get_openid_configuration");

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
        var response = await PostFormAsync("/v2/oauth2/token", MergeForm(formData, bodyParams), "oauth2_token", cancellationToken).ConfigureAwait(false);
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
        return PostFormAsync("/v2/oauth2/token/revoke", MergeForm(WithClientId([new("token", token)]), bodyParams), "oauth2_revoke_token", cancellationToken);
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
        // Unlike the other forms, v3.0 sent client_id here from every kind of client.
        return PostFormAsync(
            "/v2/oauth2/token/validate",
            MergeForm([new("token", token), new("client_id", ClientId)], bodyParams),
            "oauth2_validate_token",
            cancellationToken);
    }

    /// <inheritdoc/>
    protected override GlobusApiException CreateApiException(GlobusResponse response, string method, Uri url) =>
        FormSecrets.Value is { Count: > 0 } secrets
            ? new AuthApiException(response, method, url, secrets)
            : new AuthApiException(response, method, url);

    /// <summary>Sends a form-encoded POST to a path of Globus Auth.</summary>
    private protected async Task<GlobusResponse> PostFormAsync(
        string path,
        IReadOnlyList<KeyValuePair<string, string?>> form,
        string operationName,
        CancellationToken cancellationToken)
    {
        // Set inside this async method, the value is seen by CreateApiException below it and restored
        // when the method returns.
        FormSecrets.Value = form
            .Where(f => f.Value is not null && SecretRedaction.IsSecretQueryName(f.Key))
            .Select(f => f.Value!)
            .ToArray();
        return await SendToUrlAsync(
            HttpMethod.Post,
            RequestUrlBuilder.Build(BaseUrl, path, null),
            form,
            headers: null,
            RequestEncoding.Form,
            cancellationToken,
            operationName: operationName).ConfigureAwait(false);
    }

    /// <summary>Adds <c>client_id</c> to a form when this kind of client identifies itself in forms.</summary>
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

    /// <summary>A form from its fields and extra fields; a later field replaces an earlier one of the same name.</summary>
    private protected static List<KeyValuePair<string, string?>> MergeForm(
        IEnumerable<KeyValuePair<string, string?>> fields,
        IEnumerable<KeyValuePair<string, string?>>? bodyParams)
    {
        var form = new List<KeyValuePair<string, string?>>();
        foreach (var field in bodyParams is null ? fields : fields.Concat(bodyParams))
        {
            var existing = form.FindIndex(f => string.Equals(f.Key, field.Key, StringComparison.Ordinal));
            if (existing >= 0)
            {
                form[existing] = field;
            }
            else
            {
                form.Add(field);
            }
        }

        return form;
    }
}
