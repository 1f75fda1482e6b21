using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Keeps tokens in a SQLite database (Python's <c>SQLiteTokenStorage</c>, same tables): many namespaces
/// (users, profiles) in one file, plus a per-namespace configuration table. Suits a portal or a tool
/// with several profiles. <c>:memory:</c> gives a database that lives as long as this object.
/// </summary>
/// <remarks>
/// <para>Every write is one transaction that takes the database's write lock up front
/// (<c>BEGIN IMMEDIATE</c>), and a busy database is waited for (30 s), so several processes can write at
/// once without corrupting the file or losing a write. A new database file is created readable by its
/// owner only.</para>
/// <para>The object holds one connection: dispose it when done. Calls from several threads are serialized.</para>
/// </remarks>
public class SqliteTokenStorage : TokenStorage
{
    private const int BusyTimeoutSeconds = 30;
    private const string SchemaVersion = "2";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;

    /// <summary>Creates a storage over a database file, created on first use.</summary>
    /// <param name="dbname">The database file, or <c>:memory:</c> for a database in memory.</param>
    /// <param name="namespace">The namespace this storage reads and writes.</param>
    /// <exception cref="ArgumentException"><paramref name="dbname"/> is null or empty.</exception>
    public SqliteTokenStorage(string dbname, string @namespace = DefaultNamespace)
        : base(@namespace)
    {
        ArgumentException.ThrowIfNullOrEmpty(dbname);
        DatabaseName = dbname == ":memory:" ? dbname : Path.GetFullPath(dbname);
    }

    /// <summary>The database file as a full path, or <c>:memory:</c>.</summary>
    public string DatabaseName { get; }

    /// <inheritdoc/>
    public override Task StoreTokenDataByResourceServerAsync(
        IReadOnlyDictionary<string, TokenStorageData> tokenDataByResourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenDataByResourceServer);
        return RunAsync(write: true, connection =>
        {
            foreach (var (resourceServer, data) in tokenDataByResourceServer)
            {
                Execute(connection, "REPLACE INTO token_storage(namespace, resource_server, token_data_json) VALUES ($ns, $key, $json)",
                    ("$key", resourceServer), ("$json", data.ToJson()));
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<IReadOnlyDictionary<string, TokenStorageData>> GetTokenDataByResourceServerAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyDictionary<string, TokenStorageData>>(write: false, connection =>
        {
            using var command = Command(connection, "SELECT resource_server, token_data_json FROM token_storage WHERE namespace = $ns");
            using var reader = command.ExecuteReader();
            var result = new Dictionary<string, TokenStorageData>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var resourceServer = reader.GetString(0);
                result[resourceServer] = ReadTokenData(resourceServer, reader.GetString(1));
            }

            return result;
        }, cancellationToken);

    /// <inheritdoc/>
    public override Task<TokenStorageData?> GetTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        return RunAsync(write: false, connection =>
        {
            using var command = Command(connection, "SELECT token_data_json FROM token_storage WHERE namespace = $ns AND resource_server = $key",
                ("$key", resourceServer));
            return command.ExecuteScalar() is string json ? ReadTokenData(resourceServer, json) : null;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<bool> RemoveTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        return RunAsync(write: true, connection =>
            Execute(connection, "DELETE FROM token_storage WHERE namespace = $ns AND resource_server = $key", ("$key", resourceServer)) > 0,
            cancellationToken);
    }

    /// <summary>Stores a configuration document under this namespace, replacing any of the same name (Python's <c>store_config</c>).</summary>
    /// <param name="configName">The configuration's name.</param>
    /// <param name="config">The configuration, usually a JSON object; stored as JSON.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the configuration is stored.</returns>
    /// <exception cref="TokenStorageException">The database could not be written.</exception>
    public Task StoreConfigAsync(string configName, JsonElement config, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(configName);
        var json = config.GetRawText();
        return RunAsync(write: true, connection =>
            Execute(connection, "REPLACE INTO config_storage(namespace, config_name, config_data_json) VALUES ($ns, $key, $json)",
                ("$key", configName), ("$json", json)),
            cancellationToken);
    }

    /// <summary>Reads a configuration document stored under this namespace (Python's <c>read_config</c>).</summary>
    /// <param name="configName">The configuration's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The configuration, or null when none of that name is stored.</returns>
    /// <exception cref="TokenStorageException">The database could not be read.</exception>
    public Task<JsonElement?> ReadConfigAsync(string configName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(configName);
        return RunAsync<JsonElement?>(write: false, connection =>
        {
            using var command = Command(connection, "SELECT config_data_json FROM config_storage WHERE namespace = $ns AND config_name = $key",
                ("$key", configName));
            if (command.ExecuteScalar() is not string json)
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(json);
                return document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new TokenStorageException(
                    $"The database '{DatabaseName}' holds an unreadable configuration '{configName}' (line {e.LineNumber + 1}).", DatabaseName);
            }
        }, cancellationToken);
    }

    /// <summary>Removes a configuration document stored under this namespace (Python's <c>remove_config</c>).</summary>
    /// <param name="configName">The configuration's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when a configuration was removed, false when there was none.</returns>
    /// <exception cref="TokenStorageException">The database could not be written.</exception>
    public Task<bool> RemoveConfigAsync(string configName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(configName);
        return RunAsync(write: true, connection =>
            Execute(connection, "DELETE FROM config_storage WHERE namespace = $ns AND config_name = $key", ("$key", configName)) > 0,
            cancellationToken);
    }

    /// <summary>The namespaces that hold tokens in this database (Python's <c>iter_namespaces</c>).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The namespace names, sorted.</returns>
    /// <exception cref="TokenStorageException">The database could not be read.</exception>
    public Task<IReadOnlyList<string>> GetNamespacesAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<string>>(write: false, connection =>
        {
            using var command = Command(connection, "SELECT DISTINCT namespace FROM token_storage ORDER BY namespace");
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }, cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(SqliteTokenStorage)}(database: {DatabaseName}, namespace: {Namespace})";

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection?.Dispose();
            _connection = null;
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<T> RunAsync<T>(bool write, Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = _connection ??= Open();
            if (!write)
            {
                return work(connection);
            }

            // IMMEDIATE: the write lock is taken before reading, so two writers never deadlock upgrading a read lock.
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = work(connection);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
        {
            // SQLite's message names the failure (not a database, locked, ...) and never a bound value.
            throw new TokenStorageException($"The token database '{DatabaseName}' could not be used: {e.Message}", DatabaseName, e);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task RunAsync(bool write, Func<SqliteConnection, object> work, CancellationToken cancellationToken) =>
        RunAsync<object>(write, work, cancellationToken);

    private SqliteConnection Open()
    {
        if (DatabaseName != ":memory:" && !File.Exists(DatabaseName))
        {
            try
            {
                // An empty file is a valid new database; creating it here is what makes it owner-only.
                CreateOwnerOnlyFile(DatabaseName);
            }
            catch (IOException) when (File.Exists(DatabaseName))
            {
                // Another process created it first.
            }
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabaseName,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = BusyTimeoutSeconds,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}");
            if (DatabaseName != ":memory:")
            {
                // Write-ahead logging: one sync per commit instead of several, so the write lock is held
                // briefly and concurrent processes wait less; readers never block the writer. The mode is
                // stored in the file, so every process uses it.
                Execute(connection, "PRAGMA journal_mode = WAL");
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS token_storage (
                    namespace VARCHAR NOT NULL, resource_server VARCHAR NOT NULL, token_data_json VARCHAR NOT NULL,
                    PRIMARY KEY (namespace, resource_server));
                CREATE TABLE IF NOT EXISTS config_storage (
                    namespace VARCHAR NOT NULL, config_name VARCHAR NOT NULL, config_data_json VARCHAR NOT NULL,
                    PRIMARY KEY (namespace, config_name));
                CREATE TABLE IF NOT EXISTS sdk_storage_adapter_internal (
                    attribute VARCHAR NOT NULL, value VARCHAR NOT NULL, PRIMARY KEY (attribute));
                INSERT OR IGNORE INTO sdk_storage_adapter_internal(attribute, value) VALUES ('schema_version', $version);
                """, ("$version", SchemaVersion));
            Execute(connection, "REPLACE INTO sdk_storage_adapter_internal(attribute, value) VALUES ('globus-sdk.version', $version)",
                ("$version", typeof(TokenStorage).Assembly.GetName().Version?.ToString() ?? "unknown"));
            transaction.Commit();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private TokenStorageData ReadTokenData(string resourceServer, string json)
    {
        try
        {
            return TokenStorageData.FromJson(json, resourceServer);
        }
        catch (FormatException e)
        {
            throw new TokenStorageException(
                $"The token database '{DatabaseName}' holds unreadable token data for '{resourceServer}' in namespace '{Namespace}': {e.Message}.", DatabaseName);
        }
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, string Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$ns", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$ns", Namespace);
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private int Execute(SqliteConnection connection, string sql, params (string Name, string Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
