using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>Where an app's tokens live by default, on both platforms, whichever this test runs on.</summary>
public class DefaultTokenFileTests
{
    private static readonly Dictionary<string, string?> WindowsVariables = new() { ["LOCALAPPDATA"] = @"C:\Users\ada\AppData\Local" };

    [Test]
    public void Unix_uses_the_home_folder() =>
        Assert.That(DefaultTokenFile.GetPath("61338d24-54d5-408f-a10d-66c06b59f6d2", "My App", null, isWindows: false, _ => null, "/home/ada"),
            Is.EqualTo("/home/ada/.globus/app/61338d24-54d5-408f-a10d-66c06b59f6d2/my-app/tokens.json"));

    [Test]
    public void Windows_uses_LOCALAPPDATA() =>
        Assert.That(DefaultTokenFile.GetPath("61338d24-54d5-408f-a10d-66c06b59f6d2", "My App", null, isWindows: true, n => WindowsVariables.GetValueOrDefault(n), @"C:\Users\ada"),
            Is.EqualTo(@"C:\Users\ada\AppData\Local\globus\app\61338d24-54d5-408f-a10d-66c06b59f6d2\my-app\tokens.json"));

    [Test]
    public void Windows_without_LOCALAPPDATA_falls_back_to_the_profile() =>
        Assert.That(DefaultTokenFile.GetPath("cid", "app", null, isWindows: true, _ => null, @"C:\Users\ada"),
            Is.EqualTo(@"C:\Users\ada\AppData\Local\globus\app\cid\app\tokens.json"));

    [TestCase("preview", "preview-tokens.json")]
    [TestCase("production", "tokens.json")]
    public void A_non_production_environment_gets_its_own_file(string environment, string file) =>
        Assert.That(DefaultTokenFile.GetPath("cid", "app", environment, isWindows: false, _ => null, "/home/ada"), Does.EndWith("/app/cid/app/" + file));

    [TestCase("../../etc", "etc")]
    [TestCase("My  Fancy/App!", "my-fancy-app")]
    [TestCase("tool_v2.1", "tool_v2.1")]
    [TestCase("///", "app")]
    public void App_names_become_safe_folder_names(string name, string slug) =>
        Assert.That(DefaultTokenFile.Slug(name), Is.EqualTo(slug));

    [Test]
    public void The_current_platform_path_ends_with_the_app_folder() =>
        Assert.That(DefaultTokenFile.GetPath("cid", "app"), Does.EndWith(Path.Combine("app", "cid", "app", "tokens.json")));
}
