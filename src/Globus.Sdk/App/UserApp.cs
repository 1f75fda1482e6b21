using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tokens;

namespace Globus.Sdk;

/// <summary>
/// A <see cref="GlobusApp"/> for a person: logs the user in with the configured login flow (the command
/// line by default), keeps their tokens, and renews them with refresh tokens when
/// <see cref="GlobusAppConfig.RequestRefreshTokens"/> is set. Python's <c>UserApp</c>.
/// </summary>
/// <example>
/// <code>
/// using var app = new UserApp("my-tool", clientId: NativeClientId);
/// var transfer = new TransferClient(app);
/// await foreach (var ep in transfer.Paginated.EndpointSearch(filterScope: "my-endpoints")) { ... }
/// </code>
/// </example>
public class UserApp : GlobusApp
{
    private readonly LoginFlowManager _loginFlowManager;

    /// <summary>Creates the app.</summary>
    /// <param name="appName">A name for the app: the token file's folder and the grant's label.</param>
    /// <param name="loginClient">A native or confidential login client; excludes <paramref name="clientId"/> and <paramref name="clientSecret"/>.</param>
    /// <param name="clientId">A native client id (or a confidential one, with <paramref name="clientSecret"/>).</param>
    /// <param name="clientSecret">The secret of a confidential client.</param>
    /// <param name="scopeRequirements">Scopes needed from the start, by resource server; clients built with the app add theirs.</param>
    /// <param name="config">The configuration; the defaults when null.</param>
    /// <param name="clientOptions">Options for the login client the app builds from <paramref name="clientId"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="appName"/> is empty, or a scope or named choice is unknown.</exception>
    /// <exception cref="GlobusSdkUsageException">Both or neither of <paramref name="clientId"/> and <paramref name="loginClient"/>, or the login flow cannot work with the client.</exception>
    public UserApp(
        string appName = "Unnamed Globus App",
        AuthLoginClient? loginClient = null,
        string? clientId = null,
        string? clientSecret = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? scopeRequirements = null,
        GlobusAppConfig? config = null,
        GlobusClientOptions? clientOptions = null)
        : base(appName, loginClient, clientId, clientSecret, scopeRequirements, config, clientOptions)
    {
        _loginFlowManager = (Config.LoginFlowManager ?? "command-line").Resolve(AppName, LoginClient, Config);
    }

    /// <summary>The login flow the app runs.</summary>
    public LoginFlowManager LoginFlowManager => _loginFlowManager;

    /// <inheritdoc/>
    private protected override bool ValidatesIdentity => true;

    /// <inheritdoc/>
    private protected override AuthLoginClient CreateLoginClient(string clientId, string? clientSecret, GlobusClientOptions options) =>
        string.IsNullOrEmpty(clientSecret)
            ? new NativeAppAuthClient(clientId, options)
            : new ConfidentialAppAuthClient(clientId, clientSecret, options);

    /// <inheritdoc/>
    private protected override Task<OAuthTokenResponse> RunLoginFlowAsync(GlobusAuthorizationParameters authParams, CancellationToken cancellationToken) =>
        _loginFlowManager.RunLoginFlowAsync(authParams, cancellationToken);

    /// <inheritdoc/>
    private protected override async Task<(IGlobusAuthorizer Authorizer, long? ExpiresAt)> MakeAuthorizerAsync(string resourceServer, CancellationToken cancellationToken)
    {
        var data = await TokenStorage.GetTokenDataAsync(resourceServer, cancellationToken).ConfigureAwait(false)
            ?? throw new MissingTokenException($"No token data for {resourceServer}.", resourceServer);
        if (Config.RequestRefreshTokens)
        {
            if (string.IsNullOrEmpty(data.RefreshToken))
            {
                throw new MissingTokenException($"No refresh_token for {resourceServer}.", resourceServer);
            }
        }
        else if (data.ExpiresAtSeconds < Clock.GetUtcNow().ToUnixTimeSeconds())
        {
            throw new ExpiredTokenException(data.ExpiresAtSeconds);
        }

        CheckScopes(resourceServer, data.Scope);
        await CheckDependentScopesAsync(resourceServer, data.IdentityId, cancellationToken).ConfigureAwait(false);
        if (Config.RequestRefreshTokens)
        {
            var authorizer = new RefreshTokenAuthorizer(
                data.RefreshToken!, LoginClient, data.AccessToken, data.ExpiresAtSeconds, TokenStorage.OnRefresh, Clock);
            return (authorizer, null);
        }

        return (new AccessTokenAuthorizer(data.AccessToken), data.ExpiresAtSeconds);
    }
}
