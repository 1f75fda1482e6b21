using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tokens;

namespace Globus.Sdk;

/// <summary>
/// One object that knows the scopes each client needs, logs in when needed, stores and renews tokens,
/// and hands clients their authorizers. Python's <c>GlobusApp</c>: use <see cref="UserApp"/> for a person
/// and <see cref="ClientApp"/> for a service account, then build clients with it
/// (<c>new TransferClient(app)</c>).
/// </summary>
/// <remarks>
/// <para>Safe to share between clients and threads: logins are run one at a time, and authorizers are
/// cached per resource server until a login or <see cref="AddScopeRequirements(string, IEnumerable{string})"/> changes what is needed.</para>
/// <para><c>auth.globus.org</c> always requires <c>openid</c>: the id token tells whose tokens are stored.</para>
/// </remarks>
public abstract class GlobusApp : IDisposable
{
    private const string AuthResourceServer = "auth.globus.org";

    private readonly object _sync = new();
    private readonly Dictionary<string, List<Scope>> _scopeRequirements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IGlobusAuthorizer Authorizer, long? ExpiresAt)> _authorizers = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private readonly bool _storageCreatedHere;
    private readonly GlobusClientOptions _clientOptions;
    private readonly Lazy<AuthClient> _consentClient;
    private ConsentForest? _consentForest;

    /// <summary>Creates the app; see <see cref="UserApp"/> and <see cref="ClientApp"/>.</summary>
    /// <param name="appName">A name for the app: the token file's folder and the grant's label.</param>
    /// <param name="loginClient">A login client; excludes <paramref name="clientId"/> and <paramref name="clientSecret"/>.</param>
    /// <param name="clientId">The client id, to build the login client from.</param>
    /// <param name="clientSecret">The client secret of a confidential client.</param>
    /// <param name="scopeRequirements">Scopes needed from the start, by resource server.</param>
    /// <param name="config">The configuration; the defaults when null.</param>
    /// <param name="clientOptions">Options for the login client the app builds (HTTP transport, clock, base URL of a test double).</param>
    /// <exception cref="ArgumentException"><paramref name="appName"/> is null or empty, or a scope cannot be parsed.</exception>
    /// <exception cref="GlobusSdkUsageException">Both or neither of <paramref name="clientId"/> and <paramref name="loginClient"/>, or their settings disagree with the configuration.</exception>
    private protected GlobusApp(
        string appName,
        AuthLoginClient? loginClient,
        string? clientId,
        string? clientSecret,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? scopeRequirements,
        GlobusAppConfig? config,
        GlobusClientOptions? clientOptions)
    {
        ArgumentException.ThrowIfNullOrEmpty(appName);
        AppName = appName;
        Config = config ?? new GlobusAppConfig();
        if (loginClient is not null && clientId is not null)
        {
            throw new GlobusSdkUsageException("Mutually exclusive parameters: client_id and login_client.");
        }

        if (loginClient is not null)
        {
            if (loginClient.Environment != Config.Environment)
            {
                throw new GlobusSdkUsageException(
                    $"[Environment Mismatch] The login_client's environment ({loginClient.Environment}) does not match the GlobusApp's configured environment ({Config.Environment}).");
            }

            LoginClient = loginClient;
        }
        else if (!string.IsNullOrWhiteSpace(clientId))
        {
            LoginClient = CreateLoginClient(clientId, clientSecret, ClientOptionsFor(Config.Environment, appName, clientOptions));
        }
        else
        {
            throw new GlobusSdkUsageException("Could not set up a globus login client. One of client_id or login_client is required.");
        }

        ClientId = LoginClient.ClientId;
        _clientOptions = ClientOptionsFor(Config.Environment, appName, clientOptions);
        IdTokenDecoder = Config.IdTokenDecoder(AppName, Config, LoginClient);

        // Consents are read with the app's own auth.globus.org token, which always carries openid (Python's consent client).
        _consentClient = new(() => new AuthClient(new GlobusAppAuthorizer(this, AuthResourceServer), _clientOptions));
        if (scopeRequirements is not null)
        {
            foreach (var (resourceServer, scopes) in scopeRequirements)
            {
                AddRequirements(resourceServer, ParseAll(scopes));
            }
        }

        AddRequirements(AuthResourceServer, [new Scope("openid")]);
        (TokenStorage, _storageCreatedHere) = Config.TokenStorage.Resolve(AppName, ClientId, Config, Tokens.TokenStorage.DefaultNamespace);
    }

    /// <summary>The app's name.</summary>
    public string AppName { get; }

    /// <summary>The app's configuration.</summary>
    public GlobusAppConfig Config { get; }

    /// <summary>The app's client id.</summary>
    public string ClientId { get; }

    /// <summary>The client that logs in, renews and revokes tokens.</summary>
    public AuthLoginClient LoginClient { get; }

    /// <summary>Where the app keeps its tokens.</summary>
    public TokenStorage TokenStorage { get; }

    /// <summary>The decoder that checks the id tokens of logins before their identity is trusted (from <see cref="GlobusAppConfig.IdTokenDecoder"/>).</summary>
    public IdTokenDecoder IdTokenDecoder { get; }

    /// <summary>
    /// A copy of the scopes the app requires, by resource server (Python's <c>scope_requirements</c>);
    /// <c>auth.globus.org</c> always maps to <c>openid</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Scope>> ScopeRequirements
    {
        get
        {
            lock (_sync)
            {
                return _scopeRequirements.ToDictionary(p => p.Key, p => (IReadOnlyList<Scope>)p.Value.ToArray(), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The clock that decides expiry: the login client's.</summary>
    private protected TimeProvider Clock => LoginClient.Clock;

    /// <summary>
    /// Adds scopes the app requires for a resource server, merged with those it already has; authorizers
    /// of that resource server are built again on next use (Python's <c>add_scope_requirements</c>).
    /// </summary>
    /// <param name="resourceServer">The resource server, such as <c>transfer.api.globus.org</c>.</param>
    /// <param name="scopes">The scopes; an entry may hold several separated by spaces, and dependent scopes in brackets.</param>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    /// <exception cref="ScopeParseException">A scope is not in the scope grammar.</exception>
    public void AddScopeRequirements(string resourceServer, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        AddScopeRequirements(resourceServer, ParseAll(scopes));
    }

    /// <summary>Adds scopes the app requires for a resource server (Python's <c>add_scope_requirements</c>).</summary>
    /// <param name="resourceServer">The resource server.</param>
    /// <param name="scopes">The scopes.</param>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    public void AddScopeRequirements(string resourceServer, IEnumerable<Scope> scopes)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        ArgumentNullException.ThrowIfNull(scopes);
        AddRequirements(resourceServer, scopes.ToList());
        ClearCache(resourceServer);
    }

    /// <summary>Adds scopes the app requires, by resource server (Python's <c>add_scope_requirements</c>).</summary>
    /// <param name="scopeRequirements">The scopes by resource server.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scopeRequirements"/> is null.</exception>
    /// <exception cref="ArgumentException">A resource server is empty or a scope cannot be parsed.</exception>
    public void AddScopeRequirements(IReadOnlyDictionary<string, IReadOnlyList<string>> scopeRequirements)
    {
        ArgumentNullException.ThrowIfNull(scopeRequirements);
        foreach (var (resourceServer, scopes) in scopeRequirements)
        {
            AddScopeRequirements(resourceServer, scopes);
        }
    }

    /// <summary>
    /// Logs in when needed and stores the tokens (Python's <c>login</c>): when <paramref name="authParams"/> is
    /// given, when <paramref name="force"/> is true, or when <see cref="LoginRequiredAsync"/> says so.
    /// </summary>
    /// <param name="authParams">What the login must achieve (scopes are added to the app's requirements).</param>
    /// <param name="force">Log in even when the stored tokens would do.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>A task that completes when the tokens are stored.</returns>
    /// <exception cref="TokenValidationException">The new tokens do not meet the requirements, or belong to another identity.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused.</exception>
    public async Task LoginAsync(GlobusAuthorizationParameters? authParams = null, bool force = false, CancellationToken cancellationToken = default)
    {
        if (authParams is not null || force || await LoginRequiredAsync(cancellationToken).ConfigureAwait(false))
        {
            await _loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var response = await RunLoginFlowAsync(WithRequiredScopes(authParams), cancellationToken).ConfigureAwait(false);
                await StoreTokenResponseAsync(response, cancellationToken).ConfigureAwait(false);
                ClearCache();
            }
            finally
            {
                _loginGate.Release();
            }
        }
    }

    /// <summary>
    /// Whether a login is needed for the current scope requirements (Python's <c>login_required</c>): true when
    /// a resource server has no stored token, lacks a required scope, or has an expired token that cannot be renewed.
    /// </summary>
    /// <param name="cancellationToken">Cancels reading the storage.</param>
    /// <returns>True when a login is needed.</returns>
    public async Task<bool> LoginRequiredAsync(CancellationToken cancellationToken = default)
    {
        foreach (var resourceServer in ScopeRequirements.Keys)
        {
            try
            {
                await GetAuthorizerCoreAsync(resourceServer, cancellationToken).ConfigureAwait(false);
            }
            catch (TokenValidationException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Logs out (Python's <c>logout</c>): for each resource server the app requires (all stored ones when
    /// <paramref name="sweep"/> is true), revokes the access and refresh tokens, then removes them from storage.
    /// </summary>
    /// <param name="sweep">Clear every token in the storage's namespace, not only those of required resource servers.</param>
    /// <param name="cancellationToken">Cancels the logout.</param>
    /// <returns>A task that completes when done.</returns>
    /// <exception cref="AuthApiException">Globus Auth refused a revocation; the tokens not yet revoked stay stored.</exception>
    public async Task LogoutAsync(bool sweep = false, CancellationToken cancellationToken = default)
    {
        var stored = await TokenStorage.GetTokenDataByResourceServerAsync(cancellationToken).ConfigureAwait(false);
        var required = ScopeRequirements.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var data in stored.Values.Where(d => sweep || required.Contains(d.ResourceServer)))
        {
            await LoginClient.OAuth2RevokeTokenAsync(data.AccessToken, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(data.RefreshToken))
            {
                await LoginClient.OAuth2RevokeTokenAsync(data.RefreshToken, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            await TokenStorage.RemoveTokenDataAsync(data.ResourceServer, cancellationToken).ConfigureAwait(false);
        }

        ClearCache();
    }

    /// <summary>
    /// The authorizer for a resource server's requests (Python's <c>get_authorizer</c>), built from stored tokens
    /// and cached. When the tokens fail validation, <see cref="GlobusAppConfig.TokenValidationErrorHandler"/> runs
    /// once (by default: a login) and the authorizer is built again.
    /// </summary>
    /// <param name="resourceServer">The resource server, such as <c>transfer.api.globus.org</c>.</param>
    /// <param name="cancellationToken">Cancels reading the storage or the login.</param>
    /// <returns>The authorizer.</returns>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> is null or empty.</exception>
    /// <exception cref="TokenValidationException">The tokens failed validation and no handler fixed it.</exception>
    public async Task<IGlobusAuthorizer> GetAuthorizerAsync(string resourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        try
        {
            return await GetAuthorizerCoreAsync(resourceServer, cancellationToken).ConfigureAwait(false);
        }
        catch (TokenValidationException e) when (Config.TokenValidationErrorHandler is not null)
        {
            await Config.TokenValidationErrorHandler(this, e, cancellationToken).ConfigureAwait(false);
            return await GetAuthorizerCoreAsync(resourceServer, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Registers a client's scopes with <paramref name="app"/> and returns the authorizer the client sends
    /// requests with: it asks the app for the resource server's authorizer on every request, so logins and
    /// renewals reach the client. Generated clients' <c>(GlobusApp app, ...)</c> constructors call it (Python's
    /// <c>attach_globus_app</c>).
    /// </summary>
    /// <param name="app">The app.</param>
    /// <param name="resourceServer">The client's resource server.</param>
    /// <param name="scopes">The scopes to require; the client's default scopes.</param>
    /// <returns>The authorizer to give the client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> or <paramref name="scopes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> is null or empty.</exception>
    public static IGlobusAuthorizer AttachClient(GlobusApp app, string resourceServer, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.AddScopeRequirements(resourceServer, scopes);
        return new GlobusAppAuthorizer(app, resourceServer);
    }

    /// <summary>
    /// The options a client built with <paramref name="app"/> uses: a copy of <paramref name="options"/> (the caller's
    /// object is never changed) in the app's environment, with the app's name unless the options name an app.
    /// </summary>
    /// <param name="app">The app.</param>
    /// <param name="options">The caller's options, or null.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The options name another environment than the app's.</exception>
    public static GlobusClientOptions ClientOptionsFor(GlobusApp app, GlobusClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(app);
        return ClientOptionsFor(app.Config.Environment, app.AppName, options);
    }

    /// <summary>Disposes the token storage when the app created it; a storage of the caller's stays open. Does not log out.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name}(app_name: {AppName}, client_id: {ClientId}, environment: {Config.Environment})";

    /// <summary>Releases what the app created.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _storageCreatedHere)
        {
            TokenStorage.Dispose();
        }
    }

    /// <summary>Builds the login client from a client id (and secret).</summary>
    private protected abstract AuthLoginClient CreateLoginClient(string clientId, string? clientSecret, GlobusClientOptions options);

    /// <summary>Runs the app's kind of login and returns the tokens.</summary>
    private protected abstract Task<OAuthTokenResponse> RunLoginFlowAsync(GlobusAuthorizationParameters authParams, CancellationToken cancellationToken);

    /// <summary>Builds an authorizer for a resource server from storage, or raises a <see cref="TokenValidationException"/>.</summary>
    private protected abstract Task<(IGlobusAuthorizer Authorizer, long? ExpiresAt)> MakeAuthorizerAsync(string resourceServer, CancellationToken cancellationToken);

    /// <summary>Whether a token response must carry the identity of the stored tokens (a user's app).</summary>
    private protected abstract bool ValidatesIdentity { get; }

    /// <summary>The requirements of one resource server, or null.</summary>
    private protected IReadOnlyList<Scope>? RequirementsOf(string resourceServer)
    {
        lock (_sync)
        {
            return _scopeRequirements.TryGetValue(resourceServer, out var scopes) ? scopes.ToArray() : null;
        }
    }

    /// <summary>Raises when a token lacks a root scope its resource server requires.</summary>
    private protected void CheckScopes(string resourceServer, string tokenScope)
    {
        if (RequirementsOf(resourceServer) is not { } required)
        {
            return;
        }

        var granted = tokenScope.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = required.Where(s => !granted.Contains(s.ScopeString)).Select(s => s.ScopeString).ToList();
        if (missing.Count > 0)
        {
            throw new UnmetScopeRequirementsException(
                $"Unmet scope requirements for {resourceServer}: the stored token lacks {string.Join(", ", missing)}; log in again to consent.",
                ScopeRequirements);
        }
    }

    /// <summary>Stores a login's tokens after checking their identity and scopes (Python's validating storage, before store).</summary>
    private protected async Task StoreTokenResponseAsync(OAuthTokenResponse response, CancellationToken cancellationToken)
    {
        if (ValidatesIdentity)
        {
            var identity = await VerifiedIdentityAsync(response, cancellationToken).ConfigureAwait(false);
            var stored = await TokenStorage.GetTokenDataByResourceServerAsync(cancellationToken).ConfigureAwait(false);
            var prior = stored.Values.Select(d => d.IdentityId).Where(id => id is not null).Distinct(StringComparer.Ordinal).ToList();
            if (prior.Count > 1)
            {
                throw new TokenStorageException(
                    $"The stored tokens belong to several identities ({string.Join(", ", prior)}); log out with sweep: true, or use another namespace.");
            }

            if (prior.Count == 1 && prior[0] != identity)
            {
                throw new IdentityMismatchException(
                    "Detected a change in identity associated with the token data: log out first to log in as someone else.", prior[0]!, identity);
            }
        }

        foreach (var (resourceServer, token) in response.ByResourceServer)
        {
            CheckScopes(resourceServer, token.Scope);
        }

        await TokenStorage.StoreTokenResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Raises when the identity's consents do not meet the dependent scopes a resource server requires (Python's
    /// scope requirements validator, after retrieval): the consents last read are tried first, then read again.
    /// Skipped without an identity, as in Python.
    /// </summary>
    private protected async Task CheckDependentScopesAsync(string resourceServer, string? identityId, CancellationToken cancellationToken)
    {
        if (RequirementsOf(resourceServer) is not { } required || !required.Any(scope => scope.Dependencies.Count > 0))
        {
            return;
        }

        if (Volatile.Read(ref _consentForest) is { } known && known.MeetsScopeRequirements(required))
        {
            return;
        }

        if (identityId is null)
        {
            return;
        }

        var consents = await _consentClient.Value.GetConsentsAsync(identityId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var forest = consents.Value.ToForest();
        Volatile.Write(ref _consentForest, forest);
        if (!forest.MeetsScopeRequirements(required))
        {
            throw new UnmetScopeRequirementsException(
                $"Unmet dependent scope requirements for {resourceServer}: the identity has not consented to {string.Join(" ", required)}; log in again to consent.",
                ScopeRequirements);
        }
    }

    private async Task<string> VerifiedIdentityAsync(OAuthTokenResponse response, CancellationToken cancellationToken)
    {
        if (response.IdToken is not { } idToken)
        {
            throw new MissingIdentityException(
                "Token grant response doesn't contain an id_token. This normally occurs if the auth flow didn't include 'openid' alongside other scopes.");
        }

        var claims = await IdTokenDecoder.DecodeAsync(idToken, cancellationToken).ConfigureAwait(false);
        return claims.TryGetValue("sub", out var sub) && sub.ValueKind == System.Text.Json.JsonValueKind.String && sub.GetString() is { Length: > 0 } identity
            ? identity
            : throw new MissingIdentityException("The id_token has no 'sub' claim, so the identity the tokens belong to is unknown.");
    }

    private async Task<IGlobusAuthorizer> GetAuthorizerCoreAsync(string resourceServer, CancellationToken cancellationToken)
    {
        lock (_sync)
        {
            if (_authorizers.TryGetValue(resourceServer, out var cached))
            {
                if (cached.ExpiresAt is not { } expiresAt || expiresAt >= Clock.GetUtcNow().ToUnixTimeSeconds())
                {
                    return cached.Authorizer;
                }

                _authorizers.Remove(resourceServer);
            }
        }

        var made = await MakeAuthorizerAsync(resourceServer, cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            _authorizers[resourceServer] = made;
        }

        return made.Authorizer;
    }

    private GlobusAuthorizationParameters WithRequiredScopes(GlobusAuthorizationParameters? authParams)
    {
        authParams ??= new GlobusAuthorizationParameters();
        IEnumerable<Scope> required;
        lock (_sync)
        {
            required = _scopeRequirements.Values.SelectMany(s => s).ToList();
        }

        var merged = ScopeParser.MergeScopes(required, ScopeParser.Parse(authParams.RequiredScopes ?? []));
        return authParams with { RequiredScopes = merged.Select(s => s.ToString()).ToList() };
    }

    private void AddRequirements(string resourceServer, IReadOnlyList<Scope> scopes)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        lock (_sync)
        {
            if (!_scopeRequirements.TryGetValue(resourceServer, out var current))
            {
                _scopeRequirements[resourceServer] = current = [];
            }

            _scopeRequirements[resourceServer] = ScopeParser.MergeScopes(current, scopes).ToList();
        }
    }

    private void ClearCache(string? resourceServer = null)
    {
        lock (_sync)
        {
            if (resourceServer is null)
            {
                _authorizers.Clear();
            }
            else
            {
                _authorizers.Remove(resourceServer);
            }
        }
    }

    private static IReadOnlyList<Scope> ParseAll(IEnumerable<string> scopes) => ScopeParser.Parse(scopes);

    /// <summary>A copy of the caller's options (never changed) in the app's environment, named after the app unless they name it.</summary>
    private static GlobusClientOptions ClientOptionsFor(string environment, string appName, GlobusClientOptions? options)
    {
        if (options?.Environment is { } requested && requested != environment)
        {
            throw new GlobusSdkUsageException(
                $"[Environment Mismatch] The client's environment ({requested}) does not match the GlobusApp's configured environment ({environment}).");
        }

        var copy = options?.Copy() ?? new GlobusClientOptions();
        copy.Environment = environment;
        copy.AppName ??= appName;
        return copy;
    }
}
