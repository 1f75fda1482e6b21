using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Package;

/// <summary>
/// The package as users take it: packed from this repository with a version no cache has seen, then
/// referenced by a fresh console project that calls Search against WireMock (reached through
/// GLOBUS_SDK_SERVICE_URL_SEARCH, as a user would point the SDK at a test server).
/// </summary>
[Category("Package")]
public class PackageConsumerTests : WireMockTestBase
{
    private string _work = null!;
    private string _version = null!;

    [SetUp]
    public void NewFolder()
    {
        _work = Directory.CreateTempSubdirectory("globus-consumer-").FullName;
        _version = "0.1.0-consumer" + Guid.NewGuid().ToString("N")[..12];
    }

    [TearDown]
    public void RemoveFolder()
    {
        Directory.Delete(_work, recursive: true);
        // The unique version would otherwise pile up in the machine's package cache.
        var cached = Path.Combine(
            Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "globus.sdk", _version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    [Test]
    public async Task A_fresh_project_consumes_the_package_and_calls_search()
    {
        var feed = Path.Combine(_work, "feed");
        var configuration = typeof(PackageConsumerTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var pack = await ProcessRunner.RunAsync("dotnet",
            ["pack", RepositoryFiles.PathOf("src", "Globus.Sdk", "Globus.Sdk.csproj"), "-c", configuration, "--no-build",
             "-o", feed, $"-p:Version={_version}"],
            RepositoryFiles.Root);
        Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        AssertPackageContents(Path.Combine(feed, $"Globus.Sdk.{_version}.nupkg"));
        Assert.That(File.Exists(Path.Combine(feed, $"Globus.Sdk.{_version}.snupkg")), Is.True, "symbols package");

        AnswerLikeSearch();
        WriteConsumer(feed);
        var run = await ProcessRunner.RunAsync("dotnet", ["run", "-c", "Release"], Path.Combine(_work, "consumer"),
            new Dictionary<string, string> { ["GLOBUS_SDK_SERVICE_URL_SEARCH"] = Server.Url + "/" });

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("index: Climate datasets (open)"));
        Assert.That(run.Output, Does.Contain("result: globus://dataset/1"));
        Assert.That(run.Output, Does.Contain("result: globus://dataset/2"));
        Assert.That(run.Output, Does.Contain("paged: page1/a\npaged: page1/b\npaged: page2/c\n").Or.Contain("paged: page1/a\r\npaged: page1/b\r\npaged: page2/c"));
        Assert.That(run.Output, Does.Contain("error: 404 NotFound.Generic"));
        Assert.That(Server.LogEntries.Select(e => e.RequestMessage.AbsolutePath),
            Is.SupersetOf(new[] { "/v1/index/idx-1", "/v1/index/idx-1/search", "/v1/index/missing" }));
    }

    private void AnswerLikeSearch()
    {
        Server.Given(Request.Create().UsingGet().WithPath("/v1/index/idx-1")).RespondWith(Json(200,
            """{"@datatype": "GIndex", "@version": "2017-09-01", "id": "idx-1", "display_name": "Climate datasets", "status": "open"}"""));
        Server.Given(Request.Create().UsingGet().WithPath("/v1/index/idx-1/search")).AtPriority(10).RespondWith(Json(200, """
            {"@datatype": "GSearchResult", "@version": "2017-09-01", "count": 2, "offset": 0, "total": 2, "has_next_page": false,
             "gmeta": [{"subject": "globus://dataset/1", "entries": []}, {"subject": "globus://dataset/2", "entries": []}]}
            """));
        Server.Given(Request.Create().UsingGet().WithPath("/v1/index/idx-1/search").WithParam("q", "waves")).AtPriority(2).RespondWith(Json(200, """
            {"@datatype": "GSearchResult", "@version": "2017-09-01", "count": 2, "offset": 0, "total": 3, "has_next_page": true,
             "gmeta": [{"subject": "page1/a", "entries": []}, {"subject": "page1/b", "entries": []}]}
            """));
        Server.Given(Request.Create().UsingGet().WithPath("/v1/index/idx-1/search").WithParam("q", "waves").WithParam("offset", "2")).AtPriority(1)
            .RespondWith(Json(200, """
            {"@datatype": "GSearchResult", "@version": "2017-09-01", "count": 1, "offset": 2, "total": 3, "has_next_page": false,
             "gmeta": [{"subject": "page2/c", "entries": []}]}
            """));
        Server.Given(Request.Create().UsingGet().WithPath("/v1/index/missing")).RespondWith(Json(404,
            """{"code": "NotFound.Generic", "message": "There is no index with that id.", "status": 404}"""));
    }

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private void WriteConsumer(string feed)
    {
        var project = Directory.CreateDirectory(Path.Combine(_work, "consumer")).FullName;
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Globus.Sdk" Version="[{_version}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Globus.Sdk;
            using Globus.Sdk.Search;

            var search = new SearchClient();
            var index = (await search.GetIndexAsync("idx-1")).Value;
            Console.WriteLine($"index: {index.DisplayName} ({index.Status})");
            foreach (var result in (await search.SearchAsync("idx-1", "ocean")).Value)
            {
                Console.WriteLine($"result: {result.Subject}");
            }

            await foreach (var result in search.Paginated.Search("idx-1", "waves", pageSize: 2))
            {
                Console.WriteLine($"paged: {result.Subject}");
            }

            try
            {
                await search.GetIndexAsync("missing");
                return 1;
            }
            catch (SearchApiException e)
            {
                Console.WriteLine($"error: {e.HttpStatus} {e.Code}");
            }

            return 0;
            """);
    }

    private void AssertPackageContents(string nupkg)
    {
        using var package = ZipFile.OpenRead(nupkg);
        var files = package.Entries.Select(e => e.FullName).ToList();
        Assert.That(files, Is.SupersetOf(new[]
        {
            "README.md", "lib/net8.0/Globus.Sdk.dll", "lib/net8.0/Globus.Sdk.xml", "lib/net10.0/Globus.Sdk.dll", "lib/net10.0/Globus.Sdk.xml",
        }));
        Assert.That(files.Any(f => f.Contains("Generator", StringComparison.OrdinalIgnoreCase) || f.Contains("YamlDotNet")), Is.False,
            "the build-time generator does not ship");
        using var nuspecStream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.That(Element("version"), Is.EqualTo(_version));
        Assert.That(Element("license"), Is.EqualTo("Apache-2.0"));
        Assert.That(Element("readme"), Is.EqualTo("README.md"));
        Assert.That(metadata.Elements().Any(e => e.Name.LocalName == "repository"), Is.True);
    }
}
