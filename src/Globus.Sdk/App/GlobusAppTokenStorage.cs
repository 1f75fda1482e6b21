using Globus.Sdk.Tokens;

namespace Globus.Sdk;

/// <summary>
/// A choice of token storage for <see cref="GlobusAppConfig.TokenStorage"/>: a well-known name
/// (<c>"json"</c>, <c>"memory"</c>), a storage of the caller's, or a provider that builds one for the app.
/// Strings and storages convert implicitly: <c>TokenStorage = "memory"</c>.
/// </summary>
public sealed class GlobusAppTokenStorage
{
    private readonly string? _name;
    private readonly TokenStorage? _storage;
    private readonly Func<string, string, GlobusAppConfig, string, TokenStorage>? _provider;

    private GlobusAppTokenStorage(string? name, TokenStorage? storage, Func<string, string, GlobusAppConfig, string, TokenStorage>? provider)
    {
        _name = name;
        _storage = storage;
        _provider = provider;
    }

    /// <summary>A storage named as in Python: <c>json</c> or <c>memory</c>; <c>sqlite</c> needs the <c>Globus.Sdk.Sqlite</c> package's provider.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a known name.</exception>
    public static GlobusAppTokenStorage FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name switch
        {
            "json" or "memory" => new(name, null, null),
            "sqlite" => throw new ArgumentException(
                "The SQLite storage lives in the Globus.Sdk.Sqlite package: set TokenStorage = GlobusAppTokenStorage.FromProvider(SqliteTokenStorage.ForGlobusApp).", nameof(name)),
            _ => throw new ArgumentException($"Unsupported token storage '{name}': use \"json\", \"memory\", a TokenStorage, or a provider.", nameof(name)),
        };
    }

    /// <summary>A storage built for the app by <paramref name="provider"/> (Python's <c>TokenStorageProvider.for_globus_app</c>).</summary>
    /// <param name="provider">Given the app name, client id, configuration and namespace, builds the storage; the app disposes it.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public static GlobusAppTokenStorage FromProvider(Func<string, string, GlobusAppConfig, string, TokenStorage> provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new(null, null, provider);
    }

    /// <summary>The caller's own storage; the app never disposes it.</summary>
    /// <param name="storage">The storage.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="storage"/> is null.</exception>
    public static GlobusAppTokenStorage FromStorage(TokenStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new(null, storage, null);
    }

    /// <summary>A storage by name, see <see cref="FromName"/>.</summary>
    /// <param name="name">The name.</param>
    public static implicit operator GlobusAppTokenStorage(string name) => FromName(name);

    /// <summary>The caller's own storage, see <see cref="FromStorage"/>.</summary>
    /// <param name="storage">The storage.</param>
    public static implicit operator GlobusAppTokenStorage(TokenStorage storage) => FromStorage(storage);

    /// <inheritdoc/>
    public override string ToString() => _name ?? _storage?.ToString() ?? "provider";

    /// <summary>The storage for an app, and whether the app created it (and so disposes it).</summary>
    internal (TokenStorage Storage, bool Created) Resolve(string appName, string clientId, GlobusAppConfig config, string @namespace)
    {
        if (_storage is not null)
        {
            return (_storage, false);
        }

        if (_provider is not null)
        {
            return (_provider(appName, clientId, config, @namespace), true);
        }

        return _name == "memory"
            ? (new MemoryTokenStorage(@namespace), true)
            : (new JsonTokenStorage(DefaultTokenFile.GetPath(clientId, appName, config.Environment), @namespace), true);
    }
}
