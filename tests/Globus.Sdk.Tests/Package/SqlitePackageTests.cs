using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Package;

/// <summary>
/// Both packages pack: Globus.Sdk.Sqlite depends on Globus.Sdk of the same version and on
/// Microsoft.Data.Sqlite, and Globus.Sdk itself carries no SQLite at all.
/// </summary>
[Category("Package")]
public class SqlitePackageTests
{
    private string _feed = null!;
    private string _version = null!;

    [SetUp]
    public void NewFolder()
    {
        _feed = Directory.CreateTempSubdirectory("globus-packages-").FullName;
        _version = "0.1.0-sqlite" + Guid.NewGuid().ToString("N")[..12];
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_feed, recursive: true);

    [Test]
    public async Task Both_packages_pack_and_only_the_sqlite_one_brings_SQLite()
    {
        var configuration = typeof(SqlitePackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        foreach (var project in new[] { "Globus.Sdk", "Globus.Sdk.Sqlite" })
        {
            var pack = await ProcessRunner.RunAsync("dotnet",
                ["pack", RepositoryFiles.PathOf("src", project, project + ".csproj"), "-c", configuration, "--no-build", "-o", _feed, $"-p:Version={_version}"],
                RepositoryFiles.Root);
            Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        }

        var (sqliteFiles, sqliteDependencies) = Read(Path.Combine(_feed, $"Globus.Sdk.Sqlite.{_version}.nupkg"));
        Assert.That(sqliteFiles, Is.SupersetOf(new[]
        {
            "README.md", "lib/net8.0/Globus.Sdk.Sqlite.dll", "lib/net8.0/Globus.Sdk.Sqlite.xml",
            "lib/net10.0/Globus.Sdk.Sqlite.dll", "lib/net10.0/Globus.Sdk.Sqlite.xml",
        }));
        Assert.That(sqliteDependencies, Does.Contain("Globus.Sdk " + _version).And.Contain("Microsoft.Data.Sqlite 10.0.15"));
        Assert.That(File.Exists(Path.Combine(_feed, $"Globus.Sdk.Sqlite.{_version}.snupkg")), Is.True, "symbols package");

        var (sdkFiles, sdkDependencies) = Read(Path.Combine(_feed, $"Globus.Sdk.{_version}.nupkg"));
        Assert.That(sdkFiles.Concat(sdkDependencies).Where(f => f.Contains("sqlite", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    private static (List<string> Files, List<string> Dependencies) Read(string nupkg)
    {
        using var package = ZipFile.OpenRead(nupkg);
        var files = package.Entries.Select(e => e.FullName).ToList();
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => $"{e.Attribute("id")!.Value} {e.Attribute("version")!.Value.Trim('[', ']')}").Distinct().ToList();
        return (files, dependencies);
    }
}
