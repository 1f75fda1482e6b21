using System.Collections.Concurrent;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Keeps tokens in memory only, for the life of the object: for tests, and for programs that log in
/// on every run. Several <see cref="MemoryTokenStorage"/> objects never share data.
/// </summary>
public class MemoryTokenStorage : TokenStorage
{
    private readonly ConcurrentDictionary<string, TokenStorageData> _data = new(StringComparer.Ordinal);

    /// <summary>Creates an empty storage.</summary>
    /// <param name="namespace">The namespace reported by <see cref="TokenStorage.Namespace"/>.</param>
    public MemoryTokenStorage(string @namespace = DefaultNamespace)
        : base(@namespace)
    {
    }

    /// <inheritdoc/>
    public override Task StoreTokenDataByResourceServerAsync(
        IReadOnlyDictionary<string, TokenStorageData> tokenDataByResourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenDataByResourceServer);
        foreach (var (resourceServer, data) in tokenDataByResourceServer)
        {
            _data[resourceServer] = data;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task<IReadOnlyDictionary<string, TokenStorageData>> GetTokenDataByResourceServerAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, TokenStorageData>>(new Dictionary<string, TokenStorageData>(_data, StringComparer.Ordinal));

    /// <inheritdoc/>
    public override Task<bool> RemoveTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        return Task.FromResult(_data.TryRemove(resourceServer, out _));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(MemoryTokenStorage)}(namespace: {Namespace}, resource servers: {_data.Count})";
}
