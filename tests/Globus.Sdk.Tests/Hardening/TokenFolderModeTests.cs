using Globus.Sdk.Tests.Tokens;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 9: every folder the SDK creates for token storage, the intermediate ones of the default
/// path (<c>~/.globus/app/{client id}/{app}</c>) included, is readable by its owner only (0700).
/// </summary>
public class TokenFolderModeTests : TempFolderTestBase
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Test]
    public async Task Every_missing_folder_of_a_token_path_is_created_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix modes; Windows folders inherit the profile's owner-only ACL");
            return;
        }

        var file = Path.Combine(Folder, ".globus", "app", "client-id", "my-tool", "tokens.json");

        await new JsonTokenStorage(file).StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("rs")));

        var modes = new Dictionary<string, UnixFileMode>();
        foreach (var folder in new[] { ".globus", ".globus/app", ".globus/app/client-id", ".globus/app/client-id/my-tool" })
        {
            modes[folder] = File.GetUnixFileMode(Path.Combine(Folder, folder));
        }

        Assert.That(modes.Values, Is.All.EqualTo(OwnerOnly), string.Join(", ", modes.Select(m => $"{m.Key}: {m.Value}")));
    }

    [Test]
    public void An_existing_folder_is_left_as_it_is()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix modes");
            return;
        }

        var existing = Directory.CreateDirectory(Path.Combine(Folder, "shared"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        OwnerOnlyFiles.CreateDirectory(Path.Combine(existing.FullName, "mine"));

        Assert.That(File.GetUnixFileMode(existing.FullName) & UnixFileMode.GroupRead, Is.EqualTo(UnixFileMode.GroupRead));
        Assert.That(File.GetUnixFileMode(Path.Combine(existing.FullName, "mine")), Is.EqualTo(OwnerOnly));
    }
}
