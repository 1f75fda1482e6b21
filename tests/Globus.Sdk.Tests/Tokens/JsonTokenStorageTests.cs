using System.Text.Json;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>The JSON file: Python's format, owner-only permissions, atomic replacement, clear errors for files it cannot read.</summary>
public class JsonTokenStorageTests
{
    private string _folder = null!;
    private string _file = null!;

    [SetUp]
    public void NewFolder()
    {
        _folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;
        _file = Path.Combine(_folder, "sub", "tokens.json");
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task The_file_is_format_2_0_with_namespaces_as_Python_writes_it()
    {
        var storage = new JsonTokenStorage(_file, "profile-a");
        Assert.That(storage.FileExists(), Is.False);
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org")));
        Assert.That(storage.FileExists(), Is.True);

        using var document = JsonDocument.Parse(File.ReadAllBytes(_file));
        var root = document.RootElement;
        Assert.That(root.GetProperty("format_version").GetString(), Is.EqualTo("2.0"));
        Assert.That(root.GetProperty("globus-sdk.version").GetString(), Is.EqualTo(Globus.Sdk.Transport.SdkInfo.Version), "the version of the SDK that wrote the file");
        var entry = root.GetProperty("data").GetProperty("profile-a").GetProperty("transfer.api.globus.org");
        Assert.That(entry.GetProperty("expires_at_seconds").GetInt64(), Is.EqualTo(2_000_000_000));
        Assert.That(entry.GetProperty("access_token").GetString(), Is.EqualTo(TokenSamples.AccessSecret));
        Assert.That(entry.GetProperty("identity_id").GetString(), Is.EqualTo("ae341a98-d274-11e5-b888-dbae3a8ba545"));
        Assert.That(entry.GetProperty("extra").GetProperty("note").GetString(), Is.EqualTo("kept"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(_file)!).Select(Path.GetFileName), Is.EquivalentTo(new[] { "tokens.json", "tokens.json.lock" }),
            "no temporary file is left behind");
    }

    [Test]
    public async Task A_format_1_0_file_reads_as_the_default_namespace_and_is_rewritten_as_2_0()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllText(_file, """
            {"globus-sdk.version": "3.0.0", "format_version": "1.0", "by_rs": {
              "transfer.api.globus.org": {"scope": "urn:globus:auth:scope:transfer.api.globus.org:all", "access_token": "AT1",
                "refresh_token": "RT1", "token_type": "Bearer", "expires_at_seconds": 1700000000, "resource_server": "transfer.api.globus.org"}}}
            """);
        var storage = new JsonTokenStorage(_file);

        var transfer = (await storage.GetTokenDataAsync("transfer.api.globus.org"))!;
        Assert.That((transfer.AccessToken, transfer.RefreshToken, transfer.ExpiresAtSeconds, transfer.IdentityId), Is.EqualTo(("AT1", "RT1", 1700000000L, (string?)null)));

        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("auth.globus.org")));
        using var document = JsonDocument.Parse(File.ReadAllBytes(_file));
        Assert.That(document.RootElement.GetProperty("format_version").GetString(), Is.EqualTo("2.0"));
        Assert.That(document.RootElement.GetProperty("data").GetProperty("DEFAULT").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "transfer.api.globus.org", "auth.globus.org" }));
    }

    [Test]
    public async Task Other_namespaces_and_unknown_fields_survive_a_write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllText(_file, """
            {"globus-sdk.version": "3.50.0", "format_version": "2.0", "data": {
              "other": {"rs": {"resource_server": "rs", "identity_id": null, "scope": "s", "access_token": "A", "refresh_token": null,
                               "expires_at_seconds": 1, "token_type": null, "extra": {}, "future_field": [1, 2]}},
              "DEFAULT": {"rs": {"resource_server": "rs", "scope": "s", "access_token": "A", "expires_at_seconds": 1, "future_field": true}}}}
            """);
        var storage = new JsonTokenStorage(_file);
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("auth.globus.org")));

        using var document = JsonDocument.Parse(File.ReadAllBytes(_file));
        var data = document.RootElement.GetProperty("data");
        Assert.That(data.GetProperty("other").GetProperty("rs").GetProperty("future_field").GetArrayLength(), Is.EqualTo(2));
        Assert.That((await storage.GetTokenDataAsync("rs"))!.Extra["future_field"].GetBoolean(), Is.True);
    }

    [Test]
    public async Task The_file_its_folder_and_its_lock_are_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix modes; Windows is covered by the ACL code path test");
            return;
        }

        await new JsonTokenStorage(_file).StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));

        Assert.That(File.GetUnixFileMode(_file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(_file + ".lock"), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(_file)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }

    [Test]
    public void Windows_protects_files_with_an_ACL_and_Unix_with_a_mode()
    {
        // The ACL itself can only be observed on Windows; here the choice of code path is pinned.
        Assert.That(OwnerOnlyFiles.ProtectionFor(isWindows: true), Is.EqualTo(OwnerOnlyFiles.Protection.WindowsAcl));
        Assert.That(OwnerOnlyFiles.ProtectionFor(isWindows: false), Is.EqualTo(OwnerOnlyFiles.Protection.UnixMode));
    }

    [Test]
    public async Task A_crash_between_writing_and_renaming_leaves_the_old_file_whole()
    {
        var storage = new JsonTokenStorage(_file);
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org")));
        var before = File.ReadAllBytes(_file);
        string? temporary = null;
        storage.BeforeReplace = path =>
        {
            temporary = path;
            Assert.That(File.ReadAllBytes(path), Is.Not.EqualTo(before), "the new content was fully written first");
            throw new IOException("simulated crash");
        };

        Assert.That(async () => await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org", "-new"))),
            Throws.InstanceOf<TokenStorageException>());

        Assert.That(File.ReadAllBytes(_file), Is.EqualTo(before));
        Assert.That(temporary, Is.Not.Null);
        Assert.That(Path.GetDirectoryName(temporary), Is.EqualTo(Path.GetDirectoryName(_file)), "same folder, so the rename is atomic");
        storage.BeforeReplace = null;
        Assert.That((await storage.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Is.EqualTo(TokenSamples.AccessSecret));
    }

    [TestCase("{\"access_token\": \"LeakySecretToken99\", ", "is not valid JSON")]
    [TestCase("[1, 2, 3]", "is not a Globus SDK token file")]
    [TestCase("{\"theme\": \"dark\", \"access_token\": \"LeakySecretToken99\"}", "is not a Globus SDK token file: it has no format_version")]
    [TestCase("{\"format_version\": \"9.0\", \"data\": {}}", "format_version '9.0' is not one this SDK reads")]
    [TestCase("{\"format_version\": \"2.0\", \"data\": {\"DEFAULT\": {\"rs\": {\"access_token\": \"LeakySecretToken99\"}}}}", "unreadable token data for 'rs'")]
    public void A_corrupted_or_foreign_file_is_a_clear_error_naming_the_file(string content, string expected)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllText(_file, content);
        var storage = new JsonTokenStorage(_file);

        var read = Assert.ThrowsAsync<TokenStorageException>(async () => await storage.GetTokenDataAsync("rs"))!;
        var write = Assert.ThrowsAsync<TokenStorageException>(async () => await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs"))))!;

        foreach (var error in new[] { read, write })
        {
            Assert.That(error.Message, Does.Contain(_file).And.Contain(expected));
            Assert.That(error.Message, Does.Not.Contain("LeakySecretToken99"));
            Assert.That(error.Path, Is.EqualTo(_file));
        }

        Assert.That(File.ReadAllText(_file), Is.EqualTo(content), "a file that cannot be read is never overwritten");
    }
}
