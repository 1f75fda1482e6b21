using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>
/// The public pieces a token storage in another package (Globus.Sdk.Sqlite, or a user's own) builds on:
/// token data as the SDKs' stored JSON, and owner-only file creation.
/// </summary>
public class TokenStorageDataJsonTests : TempFolderTestBase
{
    private static readonly TokenStorageData Sample = new(
        "transfer.api.globus.org", "id-1", "urn:scope", "AccessSecret1", "RefreshSecret1", 1_900_000_000, "Bearer",
        new Dictionary<string, JsonElement> { ["note"] = JsonDocument.Parse("\"kept\"").RootElement });

    [Test]
    public void ToJson_writes_the_python_fields_and_FromJson_reads_them_back()
    {
        var json = Sample.ToJson();

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse("""
            {"resource_server": "transfer.api.globus.org", "identity_id": "id-1", "scope": "urn:scope",
             "access_token": "AccessSecret1", "refresh_token": "RefreshSecret1", "expires_at_seconds": 1900000000,
             "token_type": "Bearer", "extra": {"note": "kept"}}
            """)), Is.True, json);
        var read = TokenStorageData.FromJson(json);
        Assert.That(read.ToJson(), Is.EqualTo(json));
    }

    [Test]
    public void FromJson_takes_the_given_resource_server_when_the_object_names_none()
    {
        var read = TokenStorageData.FromJson("""{"access_token": "a", "expires_at_seconds": 5}""", "auth.globus.org");

        Assert.That(read.ResourceServer, Is.EqualTo("auth.globus.org"));
        Assert.That(read.ExpiresAtSeconds, Is.EqualTo(5));
    }

    [TestCase("{\"access_token\": \"LeakySecret42\", ", "it is not valid JSON")]
    [TestCase("{\"access_token\": \"LeakySecret42\"}", "the field 'expires_at_seconds' is missing")]
    [TestCase("{\"access_token\": \"\", \"resource_server\": \"rs\", \"expires_at_seconds\": 1, \"refresh_token\": \"LeakySecret42\"}", "accessToken")]
    public void FromJson_rejects_what_is_not_token_data_without_showing_a_token(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TokenStorageData.FromJson(json, "rs"))!;

        Assert.That(error.Message, Does.Contain(expected).And.Not.Contain("LeakySecret42"));
    }

    [Test]
    public void CreateOwnerOnlyFile_creates_the_file_and_its_folder_for_the_owner_alone_and_never_over_an_existing_file()
    {
        var file = Path.Combine(Folder, "new", "tokens.db");

        FileStorage.Create(file);

        Assert.That(new FileInfo(file).Length, Is.Zero);
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(file)!),
                Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        }

        Assert.Throws<IOException>(() => FileStorage.Create(file));
    }

    /// <summary>A storage of another package, which sees only TokenStorage's public and protected members.</summary>
    private sealed class FileStorage : MemoryTokenStorage
    {
        public static void Create(string path) => CreateOwnerOnlyFile(path);
    }
}
