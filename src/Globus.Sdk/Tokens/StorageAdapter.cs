using Globus.Sdk.Auth;

namespace Globus.Sdk.Tokens;

/// <summary>
/// The v3.0 Python SDK's storage adapter (<c>globus_sdk.tokenstorage.StorageAdapter</c>), kept as a thin
/// name over a <see cref="TokenStorage"/> so that v3.0 code reads the same in C#.
/// </summary>
/// <remarks>
/// Naming: the adapters' methods do I/O, so they carry <c>Async</c> by this SDK's rule
/// (<c>store</c> becomes <see cref="StoreAsync"/>, <c>get_token_data</c> becomes
/// <see cref="GetTokenDataAsync"/>); <c>on_refresh</c> is <see cref="OnRefresh"/>, a handler to pass to an
/// authorizer, and <c>file_exists()</c> stays synchronous (<see cref="SimpleJsonFileAdapter.FileExists"/>),
/// like <see cref="File.Exists(string)"/>. New code can use <see cref="Storage"/> directly.
/// </remarks>
public abstract class StorageAdapter : IDisposable
{
    /// <summary>Creates the adapter over a storage.</summary>
    /// <param name="storage">The storage that does the work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="storage"/> is null.</exception>
    protected StorageAdapter(TokenStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        Storage = storage;
    }

    /// <summary>The token storage behind this adapter.</summary>
    public TokenStorage Storage { get; }

    /// <summary>The handler to pass as <c>onRefresh</c> to a renewing authorizer: it stores each new token response.</summary>
    public Func<OAuthTokenResponse, CancellationToken, ValueTask> OnRefresh => Storage.OnRefresh;

    /// <summary>Stores the tokens of a token response, one entry per resource server (Python's <c>store</c>).</summary>
    /// <param name="tokenResponse">The response from Globus Auth.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the tokens are stored.</returns>
    /// <exception cref="TokenStorageException">The storage could not be read or written.</exception>
    public virtual Task StoreAsync(OAuthTokenResponse tokenResponse, CancellationToken cancellationToken = default) =>
        Storage.StoreTokenResponseAsync(tokenResponse, cancellationToken);

    /// <summary>The tokens stored for one resource server (Python's <c>get_token_data</c>).</summary>
    /// <param name="resourceServer">The resource server, such as <c>transfer.api.globus.org</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tokens (access token, refresh token, <c>expires_at_seconds</c>, ...), or null when none are stored.</returns>
    /// <exception cref="TokenStorageException">The storage could not be read.</exception>
    public virtual Task<TokenStorageData?> GetTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default) =>
        Storage.GetTokenDataAsync(resourceServer, cancellationToken);

    /// <summary>Releases the storage behind the adapter.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the storage behind the adapter.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Storage.Dispose();
        }
    }
}
