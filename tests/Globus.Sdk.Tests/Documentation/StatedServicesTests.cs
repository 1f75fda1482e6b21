using System.Text.RegularExpressions;
using System.Xml.Linq;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Documentation;

/// <summary>
/// The package description and the README's status say exactly which services exist: every service with a
/// client in the SDK is named, and none is called planned. A service added later fails here until both say so.
/// </summary>
public class StatedServicesTests
{
    // How each client namespace's service is named in prose.
    private static readonly Dictionary<string, string> ServiceNames = new(StringComparer.Ordinal)
    {
        ["Globus.Sdk.Auth"] = "Auth",
        ["Globus.Sdk.Transfer"] = "Transfer",
        ["Globus.Sdk.Search"] = "Search",
        ["Globus.Sdk.Groups"] = "Groups",
        ["Globus.Sdk.Timers"] = "Timers",
        ["Globus.Sdk.Flows"] = "Flows",
        ["Globus.Sdk.Gcs"] = "Globus Connect Server",
        ["Globus.Sdk.Compute"] = "Compute",
    };

    private static IEnumerable<string> ServicesWithClients() =>
        ReflectedClients.ClientTypes().Select(t => t.Namespace!).Where(n => n != "Globus.Sdk").Distinct();

    [Test]
    public void Every_client_namespace_has_a_service_name()
    {
        Assert.That(ServicesWithClients(), Is.SubsetOf(ServiceNames.Keys), "name the new service in ServiceNames");
    }

    [Test]
    public void The_package_description_names_every_service_and_plans_none()
    {
        var description = XDocument.Load(RepositoryFiles.PathOf("src/Globus.Sdk/Globus.Sdk.csproj"))
            .Descendants("Description").Single().Value;

        AssertStates(description);
    }

    [Test]
    public void The_readme_status_names_every_service_and_plans_none()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var status = Regex.Match(readme, @"^> Status:.*?(?=^\s*$)", RegexOptions.Multiline | RegexOptions.Singleline).Value;
        Assert.That(status, Is.Not.Empty, "the README has a '> Status:' paragraph");

        AssertStates(Regex.Replace(status.Replace("> ", string.Empty, StringComparison.Ordinal), @"\s+", " "));
    }

    private static void AssertStates(string text) => Assert.Multiple(() =>
    {
        foreach (var service in ServicesWithClients().Select(n => ServiceNames.GetValueOrDefault(n, n)))
        {
            Assert.That(text, Does.Contain(service), $"'{service}' is not named");
        }

        Assert.That(text, Does.Not.Contain("planned").IgnoreCase.And.Not.Contain("Not yet:"));
    });
}
