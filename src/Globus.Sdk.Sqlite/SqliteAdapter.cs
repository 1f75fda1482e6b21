using System.Text.Json;

namespace Globus.Sdk.Tokens;

/// <summary>
/// The v3.0 Python SDK's <c>SQLiteAdapter</c>: tokens and configuration of many namespaces in one
/// SQLite database. A thin name over <see cref="SqliteTokenStorage"/>; the method names are v3.0's with
/// <c>Async</c> added, as every I/O method of this SDK has.
/// </summary>
public class SqliteAdapter : FileAdapter
{
    /// <summary>Creates the adapter.</summary>
    /// <param name="dbname">The database file, or <c>:memory:</c> for a database in memory.</param>
    /// <param name="namespace">The namespace all operations use (a user name, a profile name).</param>
    /// <exception cref="ArgumentException"><paramref name="dbname"/> or <paramref name="namespace"/> is null or empty.</exception>
    public SqliteAdapter(string dbname, string @namespace = TokenStorage.DefaultNamespace)
        : base(new SqliteTokenStorage(dbname, @namespace))
    {
    }

    /// <summary>The database file as a full path, or <c>:memory:</c>.</summary>
    public string DatabaseName => Sqlite.DatabaseName;

    /// <summary>The namespace all operations use.</summary>
    public string Namespace => Storage.Namespace;

    private SqliteTokenStorage Sqlite => (SqliteTokenStorage)Storage;

    /// <summary>All tokens stored in the namespace, keyed by resource server (Python's <c>get_by_resource_server</c>).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tokens; empty when none are stored.</returns>
    /// <exception cref="TokenStorageException">The database could not be read.</exception>
    public Task<IReadOnlyDictionary<string, TokenStorageData>> GetByResourceServerAsync(CancellationToken cancellationToken = default) =>
        Storage.GetTokenDataByResourceServerAsync(cancellationToken);

    /// <summary>Removes the tokens of one resource server from the namespace, for example on logout (Python's <c>remove_tokens_for_resource_server</c>).</summary>
    /// <param name="resourceServer">The resource server.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when tokens were removed, false when there were none.</returns>
    /// <exception cref="TokenStorageException">The database could not be written.</exception>
    public Task<bool> RemoveTokensForResourceServerAsync(string resourceServer, CancellationToken cancellationToken = default) =>
        Storage.RemoveTokenDataAsync(resourceServer, cancellationToken);

    /// <summary>Stores a configuration document under the namespace, replacing any of the same name (Python's <c>store_config</c>).</summary>
    /// <param name="configName">The configuration's name.</param>
    /// <param name="config">The configuration, usually a JSON object.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the configuration is stored.</returns>
    /// <exception cref="TokenStorageException">The database could not be written.</exception>
    public Task StoreConfigAsync(string configName, JsonElement config, CancellationToken cancellationToken = default) =>
        Sqlite.StoreConfigAsync(configName, config, cancellationToken);

    /// <summary>Reads a configuration document of the namespace (Python's <c>read_config</c>).</summary>
    /// <param name="configName">The configuration's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The configuration, or null when none of that name is stored.</returns>
    /// <exception cref="TokenStorageException">The database could not be read.</exception>
    public Task<JsonElement?> ReadConfigAsync(string configName, CancellationToken cancellationToken = default) =>
        Sqlite.ReadConfigAsync(configName, cancellationToken);

    /// <summary>Removes a configuration document of the namespace (Python's <c>remove_config</c>).</summary>
    /// <param name="configName">The configuration's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when a configuration was removed, false when there was none.</returns>
    /// <exception cref="TokenStorageException">The database could not be written.</exception>
    public Task<bool> RemoveConfigAsync(string configName, CancellationToken cancellationToken = default) =>
        Sqlite.RemoveConfigAsync(configName, cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(SqliteAdapter)}(database: {DatabaseName}, namespace: {Namespace})";
}
