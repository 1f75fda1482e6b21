using System.Text.Json;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>The SQLite storage: configuration, namespaces, in-memory databases, errors for files that are not its database.</summary>
public class SqliteTokenStorageTests
{
    private string _folder = null!;
    private string _db = null!;

    [SetUp]
    public void NewFolder()
    {
        _folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;
        _db = Path.Combine(_folder, "tokens.db");
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Configuration_is_stored_read_replaced_and_removed_per_namespace()
    {
        using var alice = new SqliteTokenStorage(_db, "alice");
        using var bob = new SqliteTokenStorage(_db, "bob");
        Assert.That(await alice.ReadConfigAsync("cli"), Is.Null);

        await alice.StoreConfigAsync("cli", JsonDocument.Parse("""{"default_endpoint": "ep-1", "verbose": true}""").RootElement);
        await alice.StoreConfigAsync("cli", JsonDocument.Parse("""{"default_endpoint": "ep-2"}""").RootElement);

        var config = (await alice.ReadConfigAsync("cli"))!.Value;
        Assert.That(config.GetProperty("default_endpoint").GetString(), Is.EqualTo("ep-2"));
        Assert.That(config.TryGetProperty("verbose", out _), Is.False, "store replaces the whole document");
        Assert.That(await bob.ReadConfigAsync("cli"), Is.Null);
        Assert.That(await bob.RemoveConfigAsync("cli"), Is.False);
        Assert.That(await alice.RemoveConfigAsync("cli"), Is.True);
        Assert.That(await alice.ReadConfigAsync("cli"), Is.Null);
    }

    [Test]
    public async Task The_namespaces_holding_tokens_are_listed()
    {
        using var alice = new SqliteTokenStorage(_db, "alice");
        using var bob = new SqliteTokenStorage(_db, "bob");
        await bob.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));
        await alice.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));

        Assert.That(await alice.GetNamespacesAsync(), Is.EqualTo(new[] { "alice", "bob" }));
    }

    [Test]
    public async Task In_memory_databases_are_private_to_their_object()
    {
        using var first = new SqliteTokenStorage(":memory:");
        using var second = new SqliteTokenStorage(":memory:");
        await first.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));
        await first.StoreConfigAsync("c", JsonDocument.Parse("{}").RootElement);

        Assert.That(await first.GetTokenDataAsync("rs"), Is.Not.Null);
        Assert.That(await second.GetTokenDataAsync("rs"), Is.Null);
        Assert.That(first.DatabaseName, Is.EqualTo(":memory:"));
        Assert.That(File.Exists(Path.Combine(Environment.CurrentDirectory, ":memory:")), Is.False);
    }

    [Test]
    public async Task A_new_database_file_is_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix modes");
            return;
        }

        using var storage = new SqliteTokenStorage(_db);
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));

        Assert.That(File.GetUnixFileMode(_db), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void A_file_that_is_not_a_database_is_a_clear_error_naming_it()
    {
        File.WriteAllText(_db, """{"format_version": "2.0", "access_token": "LeakySecretToken99", "padding": "................................................................................................"}""");
        using var storage = new SqliteTokenStorage(_db);

        var error = Assert.ThrowsAsync<TokenStorageException>(async () => await storage.GetTokenDataAsync("rs"))!;

        Assert.That(error.Message, Does.Contain(_db).And.Contain("not a database"));
        Assert.That(error.Message, Does.Not.Contain("LeakySecretToken99"));
    }

    [Test]
    public async Task Unreadable_token_data_in_the_database_is_a_clear_error_without_the_token()
    {
        using (var storage = new SqliteTokenStorage(_db))
        {
            await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """UPDATE token_storage SET token_data_json = '{"access_token": "LeakySecretToken99"'""";
            command.ExecuteNonQuery();
        }

        using var reader = new SqliteTokenStorage(_db);
        var error = Assert.ThrowsAsync<TokenStorageException>(async () => await reader.GetTokenDataByResourceServerAsync())!;
        Assert.That(error.Message, Does.Contain(_db).And.Contain("'rs'").And.Not.Contain("LeakySecretToken99"));
    }
}
