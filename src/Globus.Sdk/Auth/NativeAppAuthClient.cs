using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Auth;

/// <summary>
/// Logs users in to an app that cannot keep a secret, such as a command-line tool or a desktop app
/// (a "native app"): the authorization code flow with PKCE, token refresh and revocation. The client
/// sends no credentials; its client id travels in each form.
/// </summary>
/// <remarks>
/// Thread safety: the request methods are safe to call from several threads at once. A flow started
/// with <see cref="OAuth2StartFlow"/> is kept on the client (<see cref="AuthLoginClient.CurrentOAuth2FlowManager"/>),
/// so a client serves one login in progress at a time; build a <see cref="GlobusNativeAppFlowManager"/>
/// per login to run several.
/// </remarks>
public class NativeAppAuthClient : AuthLoginClient
{
    /// <summary>Creates a client for a native app.</summary>
    /// <param name="clientId">The app's client id, registered with Globus Auth as a native app.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space, or an option cannot work.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public NativeAppAuthClient(string clientId, GlobusClientOptions? options = null)
        : base(clientId, NullAuthorizer.Instance, options)
    {
        FormsCarryClientId = true;
    }

    /// <summary>For mocking frameworks: a client whose members are all overridden by the mock.</summary>
    protected NativeAppAuthClient()
    {
    }

    /// <summary>
    /// Starts a login (the authorization code flow with PKCE) and keeps it on the client: next, send the
    /// user to <see cref="AuthLoginClient.OAuth2GetAuthorizeUrl"/> and pass the code they bring back to
    /// <see cref="AuthLoginClient.OAuth2ExchangeCodeForTokensAsync"/>. Sends nothing.
    /// </summary>
    /// <param name="requestedScopes">
    /// The scopes to request; an entry may hold several separated by spaces. When null or empty, the
    /// Python SDK v3.0 defaults: <c>openid profile email urn:globus:auth:scope:transfer.api.globus.org:all</c>.
    /// </param>
    /// <param name="redirectUri">Where Globus Auth sends the user after login; by default its page that shows the code to paste.</param>
    /// <param name="state">Passed back to the redirect URI unchanged.</param>
    /// <param name="verifier">The PKCE verifier (43-128 characters of <c>A-Z a-z 0-9 ~ _ . -</c>); a random one when null.</param>
    /// <param name="refreshTokens">When true, also ask for refresh tokens.</param>
    /// <param name="prefillNamedGrant">A label for this grant, prefilled on the consent page.</param>
    /// <returns>The flow, also kept as <see cref="AuthLoginClient.CurrentOAuth2FlowManager"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="verifier"/> is not a valid PKCE verifier.</exception>
    public virtual GlobusNativeAppFlowManager OAuth2StartFlow(
        IEnumerable<string>? requestedScopes = null,
        string? redirectUri = null,
        string state = "_default",
        string? verifier = null,
        bool refreshTokens = false,
        string? prefillNamedGrant = null)
    {
        var flow = new GlobusNativeAppFlowManager(this, requestedScopes, redirectUri, state, verifier, refreshTokens, prefillNamedGrant);
        CurrentOAuth2FlowManager = flow;
        return flow;
    }

    /// <summary>
    /// Creates an instance of a native app client template (<c>POST /v2/api/clients</c>): a client of
    /// its own for this installation of the app, with the template's settings.
    /// </summary>
    /// <param name="templateId">The id of the template client.</param>
    /// <param name="name">The new client's name, shown to users on consent pages.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Globus Auth's answer, with the new client (and its credentials) under <c>client</c>. Keep its secret secret.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> or <paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> CreateNativeAppInstanceAsync(string templateId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var body = new JsonObject { ["client"] = new JsonObject { ["name"] = name, ["template_id"] = templateId } };
        return SendToUrlAsync(
            HttpMethod.Post, RequestUrlBuilder.Build(BaseUrl, "/v2/api/clients", null), body, headers: null,
            RequestEncoding.Json, cancellationToken, operationName: "create_native_app_instance").AsTask();
    }
}
