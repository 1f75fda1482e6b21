using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>LocalGlobusConnectPersonal reads the endpoint id where each platform's Globus Connect Personal writes it.</summary>
public class LocalGlobusConnectPersonalTests
{
    private string _home = null!;

    [SetUp]
    public void NewHome() => _home = Directory.CreateTempSubdirectory("gcp-home-").FullName;

    [TearDown]
    public void RemoveHome() => Directory.Delete(_home, recursive: true);

    private void WriteClientId(string text)
    {
        var dir = Path.Combine(_home, ".globusonline", "lta");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "client-id.txt"), text);
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void On_linux_the_id_is_read_from_home_and_kept_until_reset()
    {
        using var home = new EnvironmentVariableScope().Set("HOME", _home);
        var local = new LocalGlobusConnectPersonal();

        Assert.That(local.EndpointId, Is.Null, "not installed");
        WriteClientId("5a9e1b7e-8c7a-11ec-9e5b-0242ac110002\n");
        Assert.That(local.EndpointId, Is.Null, "kept, as Python keeps it, until reset");
        local.ResetEndpointId();
        Assert.That(local.EndpointId, Is.EqualTo("5a9e1b7e-8c7a-11ec-9e5b-0242ac110002"));
        Assert.That(local.ClientIdFilePath, Is.EqualTo(Path.Combine(_home, ".globusonline", "lta", "client-id.txt")));
        WriteClientId("other");
        Assert.That(local.EndpointId, Is.EqualTo("5a9e1b7e-8c7a-11ec-9e5b-0242ac110002"));
    }

    [Test]
    public void On_windows_the_id_is_read_from_localappdata()
    {
        var files = new Dictionary<string, string> { [Path.Combine(@"C:\Users\ada\AppData\Local", "Globus Connect", "client-id.txt")] = " ep-win \r\n" };
        var local = new LocalGlobusConnectPersonal(
            onWindows: true,
            getEnvironmentVariable: name => name == "LOCALAPPDATA" ? @"C:\Users\ada\AppData\Local" : null,
            homeDirectory: () => throw new AssertionException("the home directory is not used on Windows"),
            readFile: path => files.GetValueOrDefault(path));

        Assert.That(local.EndpointId, Is.EqualTo("ep-win"));
    }

    [Test]
    public void On_windows_without_localappdata_it_is_a_usage_error()
    {
        var local = new LocalGlobusConnectPersonal(true, _ => null, () => "/home/x", _ => null);

        Assert.Throws<GlobusSdkUsageException>(() => _ = local.EndpointId);
    }

    [Test]
    public void On_macos_the_injected_home_is_used_and_an_empty_file_means_none()
    {
        var read = new List<string>();
        var local = new LocalGlobusConnectPersonal(false, _ => null, () => "/Users/ada", path =>
        {
            read.Add(path);
            return "  \n";
        });

        Assert.That(local.EndpointId, Is.Null);
        Assert.That(read, Is.EqualTo(new[] { Path.Combine("/Users/ada", ".globusonline", "lta", "client-id.txt") }));
    }
}
