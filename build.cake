// Build, test and pack Globus.Sdk. Run with `dotnet tool restore && dotnet cake --target=<Target>`.
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");

var solution = "./Globus.Generated.sln";
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var packages = artifacts + Directory("packages");

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
    // The SQLite token storage is its own package, so the main one carries no native SQLite.
    foreach (var project in new[] { "./src/Globus.Sdk/Globus.Sdk.csproj", "./src/Globus.Sdk.Sqlite/Globus.Sdk.Sqlite.csproj" })
    {
        DotNetPack(project, new DotNetPackSettings
        {
            Configuration = configuration,
            NoBuild = true,
            OutputDirectory = packages,
        });
    }
    Information("Packages: {0}", string.Join(", ", GetFiles(packages.Path + "/*.*nupkg").Select(f => f.GetFilename().ToString())));
});

RunTarget(target);

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
