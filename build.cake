// Build, test and pack Globus.Sdk. Run with `dotnet tool restore && dotnet cake --target=<Target>`.
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");

var solution = "./Globus.Generated.sln";
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var packages = artifacts + Directory("packages");
// Every Pack makes a version no package cache has seen (a re-packed local package is never silently
// replaced by a cached copy of the same version); a release passes --package-version=1.2.3.
var packageVersion = Argument("package-version",
    XmlPeek("./Directory.Build.props", "/Project/PropertyGroup/VersionPrefix") + "-local." + DateTime.UtcNow.ToString("yyyyMMddHHmmss"));

Task("Clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("TrimCheck")
    .Description("Publishes a small program trimmed: any IL2xxx/IL3xxx warning fails, then the trimmed program must run.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var output = artifacts + Directory("trim-check");
    CleanDirectory(output);
    DotNetPublish("./tests/Globus.Sdk.TrimCheck/Globus.Sdk.TrimCheck.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
        OutputDirectory = output,
    });
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = output.Path.CombineWithFilePath("Globus.Sdk.TrimCheck.dll").FullPath });
    if (exitCode != 0)
    {
        throw new Exception($"The trimmed program failed (exit {exitCode}).");
    }
});

Task("Test")
    .IsDependentOn("Build")
    .IsDependentOn("TrimCheck")
    .IsDependentOn("Pack")
    .Does(() =>
{
    CleanDirectory(testResults);
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            ResultsDirectory = testResults,
            Loggers = { "trx", "console;verbosity=minimal" },
            // A hung test fails the run with a dump instead of holding CI until its time limit.
            ArgumentCustomization = args => args.Append("--blame-hang-timeout").Append("5m"),
        });
        RunUserTests();
    }
    finally
    {
        // One plain line summed over every test project, which CI reads.
        var (passed, failed, skipped) = SumTrxResults(testResults);
        Console.WriteLine($"{passed} passed, {failed} failed" + (skipped > 0 ? $", {skipped} skipped" : ""));
        if (passed + failed == 0)
        {
            throw new Exception("No test ran.");
        }
    }
});

Task("Pack")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(packages);
    // The SQLite token storage and the test kit are packages of their own, so the main one carries
    // neither native SQLite nor WireMock.
    foreach (var project in new[] { "./src/Globus.Sdk/Globus.Sdk.csproj", "./src/Globus.Sdk.Sqlite/Globus.Sdk.Sqlite.csproj", "./src/Globus.Sdk.Testing/Globus.Sdk.Testing.csproj" })
    {
        DotNetPack(project, new DotNetPackSettings
        {
            Configuration = configuration,
            NoBuild = true,
            OutputDirectory = packages,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PackageVersion", packageVersion),
        });
    }
    System.IO.File.WriteAllText(packages.Path.CombineWithFilePath("version.txt").FullPath, packageVersion);
    Information("Packages: {0}", string.Join(", ", GetFiles(packages.Path + "/*.*nupkg").Select(f => f.GetFilename().ToString())));
});

RunTarget(target);

// The sample user tests (tests/Globus.Sdk.UserTests) against the packages Pack just wrote, restored from
// artifacts/packages as a user's project restores them from a feed; their results join the count.
void RunUserTests()
{
    var project = "./tests/Globus.Sdk.UserTests/Globus.Sdk.UserTests.csproj";
    try
    {
        DotNetTest(project, new DotNetTestSettings
        {
            Configuration = configuration,
            ResultsDirectory = testResults,
            Loggers = { "trx;LogFileName=Globus.Sdk.UserTests.trx", "console;verbosity=minimal" },
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("GlobusPackageVersion", packageVersion),
        });
    }
    finally
    {
        // Each Pack's version is new: keep the machine's package cache from filling up with them.
        var cache = EnvironmentVariable("NUGET_PACKAGES")
            ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "globus.sdk", "globus.sdk.testing" })
        {
            var folder = System.IO.Path.Combine(cache, id, packageVersion);
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }
}

(int Passed, int Failed, int Skipped) SumTrxResults(DirectoryPath folder)
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var file in GetFiles(folder.FullPath + "/*.trx"))
    {
        var counters = System.Xml.Linq.XDocument.Load(file.FullPath).Descendants()
            .Single(e => e.Name.LocalName == "Counters");
        int Count(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0");
        passed += Count("passed");
        failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        skipped += Count("notExecuted") + Count("inconclusive");
    }

    return (passed, failed, skipped);
}
