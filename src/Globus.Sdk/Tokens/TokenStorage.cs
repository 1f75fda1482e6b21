using Globus.Sdk.Auth;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Keeps tokens between runs, indexed by resource server under a namespace (a user, a profile, an
/// environment). Python's <c>TokenStorage</c>: store a login's token response, read tokens back to
/// build authorizers, and pass <see cref="OnRefresh"/> to a renewing authorizer so that renewed tokens
/// are stored too.
/// </summary>
/// <remarks>
/// Implementations in this SDK are safe to use from several threads at once; the file and SQLite
/// storages are also safe when several processes use the same file.
/// </remarks>
public abstract class TokenStorage : IDisposable
{
    /// <summary>The namespace used when none is given, as in Python.</summary>
    public const string DefaultNamespace = "DEFAULT";

    /// <summary>Creates a storage over one namespace.</summary>
    /// <param name="namespace">The namespace the storage reads and writes.</param>
    /// <exception cref="ArgumentException"><paramref name="namespace"/> is null or empty.</exception>
    protected TokenStorage(string @namespace = DefaultNamespace)
    {
        ArgumentException.ThrowIfNullOrEmpty(@namespace);
        Namespace = @namespace;
        OnRefresh = (tokenResponse, cancellationToken) => new ValueTask(StoreTokenResponseAsync(tokenResponse, cancellationToken));
    }

    /// <summary>
    /// The handler to pass as <c>onRefresh</c> to <see cref="Authorizers.RefreshTokenAuthorizer"/> or
    /// <see cref="Authorizers.ClientCredentialsAuthorizer"/>: it stores every renewed token response with
    /// <see cref="StoreTokenResponseAsync"/>, so a rotated refresh token is never lost.
    /// </summary>
    public Func<OAuthTokenResponse, CancellationToken, ValueTask> OnRefresh { get; }

    /// <summary>
    /// Stores the tokens of a token response (a login, a refresh, a client credentials grant), one entry per
    /// resource server, keeping the entries of other resource servers.
    /// </summary>
    /// <remarks>
    /// The identity id is the <c>sub</c> claim of the response's id_token. A response without an id_token
    /// (a refresh) keeps the identity id already stored, and one without a refresh token keeps the stored
    /// refresh token, so renewing never erases what the login stored.
    /// </remarks>
    /// <param name="tokenResponse">The response from Globus Auth.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the tokens are stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokenResponse"/> is null.</exception>
    /// <exception cref="TokenStorageException">The storage could not be read or written.</exception>
    public virtual async Task StoreTokenResponseAsync(OAuthTokenResponse tokenResponse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenResponse);
        var identityId = IdTokenSubject.Read(tokenResponse.IdToken);
        IReadOnlyDictionary<string, TokenStorageData>? stored = null;
        if (identityId is null || tokenResponse.ByResourceServer.Values.Any(token => token.RefreshToken is null))
        {
            stored = await GetTokenDataByResourceServerAsync(cancellationToken).ConfigureAwait(false);
            identityId ??= stored.Values.Select(data => data.IdentityId).FirstOrDefault(id => id is not null);
        }

        var data = new Dictionary<string, TokenStorageData>(StringComparer.Ordinal);
        foreach (var (resourceServer, token) in tokenResponse.ByResourceServer)
        {
            var previous = stored?.GetValueOrDefault(resourceServer);
            data[resourceServer] = new TokenStorageData(
                resourceServer,
                identityId,
                token.Scope,
                token.AccessToken,
                token.RefreshToken ?? previous?.RefreshToken,
                token.ExpiresAtSeconds,
                token.TokenType,
                previous?.Extra);
        }

        await StoreTokenDataByResourceServerAsync(data, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The namespace this storage reads and writes.</summary>
    public string Namespace { get; }

    /// <summary>Stores token data, replacing what was stored for each of its resource servers and keeping the others.</summary>
    /// <param name="tokenDataByResourceServer">The data, keyed by resource server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the data is stored.</returns>
    /// <exception cref="TokenStorageException">The storage could not be read or written.</exception>
    public abstract Task StoreTokenDataByResourceServerAsync(
        IReadOnlyDictionary<string, TokenStorageData> tokenDataByResourceServer, CancellationToken cancellationToken = default);

    /// <summary>All token data stored in this namespace, keyed by resource server.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored data; empty when nothing is stored.</returns>
    /// <exception cref="TokenStorageException">The storage could not be read.</exception>
    public abstract Task<IReadOnlyDictionary<string, TokenStorageData>> GetTokenDataByResourceServerAsync(CancellationToken cancellationToken = default);

    /// <summary>The token data stored for one resource server.</summary>
    /// <param name="resourceServer">The resource server, such as <c>transfer.api.globus.org</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The data, or null when none is stored.</returns>
    /// <exception cref="TokenStorageException">The storage could not be read.</exception>
    public virtual async Task<TokenStorageData?> GetTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        var all = await GetTokenDataByResourceServerAsync(cancellationToken).ConfigureAwait(false);
        return all.GetValueOrDefault(resourceServer);
    }

    /// <summary>Removes the token data stored for one resource server (for example on logout).</summary>
    /// <param name="resourceServer">The resource server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when data was removed, false when there was none.</returns>
    /// <exception cref="TokenStorageException">The storage could not be read or written.</exception>
    public abstract Task<bool> RemoveTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default);

    /// <summary>Releases what the storage holds open (a database connection); the file and memory storages hold nothing.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Creates a new, empty file that only the current user can read or write (mode 0600 on Unix, an ACL
    /// granting the current user alone on Windows), and its folder (0700) when missing, so there is no
    /// moment when another user could open it: for storages that keep tokens in a file of their own.
    /// </summary>
    /// <param name="path">The file to create.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file already exists, or could not be created.</exception>
    protected static void CreateOwnerOnlyFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        OwnerOnlyFiles.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        OwnerOnlyFiles.CreateNew(fullPath).Dispose();
    }

    /// <summary>Releases resources; override in a storage that holds any.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
