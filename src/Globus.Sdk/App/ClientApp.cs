using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;

namespace Globus.Sdk;

/// <summary>
/// A <see cref="GlobusApp"/> for a service account (a confidential client acting as itself): gets its
/// tokens with the client credentials grant, without a person. Python's <c>ClientApp</c>.
/// </summary>
public class ClientApp : GlobusApp
{
    /// <summary>Creates the app.</summary>
    /// <param name="appName">A name for the app: the token file's folder.</param>
    /// <param name="loginClient">A confidential login client; excludes <paramref name="clientId"/> and <paramref name="clientSecret"/>.</param>
    /// <param name="clientId">The confidential client id.</param>
    /// <param name="clientSecret">The client secret; required with <paramref name="clientId"/>.</param>
    /// <param name="scopeRequirements">Scopes needed from the start, by resource server; clients built with the app add theirs.</param>
    /// <param name="config">The configuration (without a login flow manager); the defaults when null.</param>
    /// <param name="clientOptions">Options for the login client the app builds from <paramref name="clientId"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="appName"/> is empty, or a scope or named choice is unknown.</exception>
    /// <exception cref="GlobusSdkUsageException">
    /// A login flow manager is configured, <paramref name="loginClient"/> is not confidential, no secret was given,
    /// or both or neither of <paramref name="clientId"/> and <paramref name="loginClient"/>.
    /// </exception>
    public ClientApp(
        string appName = "Unnamed Globus App",
        ConfidentialAppAuthClient? loginClient = null,
        string? clientId = null,
        string? clientSecret = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? scopeRequirements = null,
        GlobusAppConfig? config = null,
        GlobusClientOptions? clientOptions = null)
        : base(appName, loginClient, clientId, CheckConfig(config, clientSecret), scopeRequirements, config, clientOptions)
    {
    }

    /// <inheritdoc/>
    private protected override bool ValidatesIdentity => false;

    private ConfidentialAppAuthClient Confidential => (ConfidentialAppAuthClient)LoginClient;

    /// <inheritdoc/>
    private protected override AuthLoginClient CreateLoginClient(string clientId, string? clientSecret, GlobusClientOptions options) =>
        string.IsNullOrEmpty(clientSecret)
            ? throw new GlobusSdkUsageException("A ClientApp requires a client_secret to initialize its own login client.")
            : new ConfidentialAppAuthClient(clientId, clientSecret, options);

    /// <inheritdoc/>
    private protected override Task<OAuthTokenResponse> RunLoginFlowAsync(GlobusAuthorizationParameters authParams, CancellationToken cancellationToken)
    {
        if (authParams.RequiredScopes is not { Count: > 0 } scopes)
        {
            throw new GlobusSdkUsageException("A ClientApp cannot get tokens without configured required scopes.");
        }

        return Confidential.OAuth2ClientCredentialsTokensAsync(scopes, cancellationToken);
    }

    /// <inheritdoc/>
    private protected override async Task<(IGlobusAuthorizer Authorizer, long? ExpiresAt)> MakeAuthorizerAsync(string resourceServer, CancellationToken cancellationToken)
    {
        var scopes = RequirementsOf(resourceServer) ?? throw new GlobusSdkUsageException(
            $"The ClientApp has no scope requirements for {resourceServer}: add them with AddScopeRequirements first.");
        var data = await TokenStorage.GetTokenDataAsync(resourceServer, cancellationToken).ConfigureAwait(false);
        if (data is not null)
        {
            CheckScopes(resourceServer, data.Scope);
            await CheckDependentScopesAsync(resourceServer, data.IdentityId, cancellationToken).ConfigureAwait(false);
        }

        var authorizer = new ClientCredentialsAuthorizer(
            Confidential, scopes.Select(s => s.ToString()), data?.AccessToken, data?.ExpiresAtSeconds, TokenStorage.OnRefresh, Clock);
        return (authorizer, null);
    }

    private static string? CheckConfig(GlobusAppConfig? config, string? clientSecret)
    {
        if (config?.LoginFlowManager is not null)
        {
            throw new GlobusSdkUsageException("A ClientApp cannot use a login_flow_manager.");
        }

        return clientSecret;
    }
}
