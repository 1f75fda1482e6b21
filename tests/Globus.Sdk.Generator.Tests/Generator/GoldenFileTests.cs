using System.Runtime.Loader;
using Globus.Sdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>
/// The generator's output for Golden/sample.yaml, compared with the checked-in .g.cs files. On a
/// mismatch a .received file is written beside the approved one: review it and copy it over.
/// </summary>
public class GoldenFileTests
{
    private static string GoldenPath(string name) => RepositoryFiles.PathOf("tests", "Globus.Sdk.Generator.Tests", "Golden", name);

    private static (GeneratorRunResult Result, Compilation Output) RunSample() => GeneratorHarness.Run(
        [new GeneratorHarness.Spec(GoldenPath("sample.yaml"), File.ReadAllText(GoldenPath("sample.yaml")))],
        File.ReadAllText(GoldenPath("Widget.cs.txt")));

    [Test]
    public void The_sample_spec_generates_the_approved_files()
    {
        var (result, _) = RunSample();
        var mismatches = new List<string>();
        foreach (var source in result.GeneratedSources)
        {
            var approvedPath = GoldenPath(source.HintName);
            var receivedPath = approvedPath + ".received";
            var actual = source.SourceText.ToString().ReplaceLineEndings("\n");
            var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
            if (actual != approved)
            {
                File.WriteAllText(receivedPath, actual);
                mismatches.Add(source.HintName);
            }
            else
            {
                File.Delete(receivedPath);
            }
        }

        string[] models = ["Widget", "WidgetOwner", "WidgetList", "WidgetPage", "WidgetCreate", "WidgetQuery", "Ack"];
        Assert.That(
            result.GeneratedSources.Select(s => s.HintName),
            Is.EquivalentTo(new[] { "SampleClient", "SampleApiException", "SampleScopes", "SampleJsonContext", "SampleClientPaginated" }
                .Concat(models.SelectMany(m => new[] { m, $"{m}JsonConverter" }))
                .Select(type => $"Globus.Sdk.Sample.{type}.g.cs")
                .Concat(["Globus.Sdk.Sample.WidgetColour.g.cs", "Globus.Sdk.Sample.OwnerRole.g.cs"])));
        Assert.That(mismatches, Is.Empty, "review the .received files in Golden/ and, if intended, copy them over the .g.cs files");
    }

    [Test]
    public void The_generated_sample_compiles_without_warnings_against_Globus_Sdk()
    {
        var (result, output) = RunSample();

        Assert.That(result.Diagnostics, Is.Empty);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "GLOBUS199");
        Assert.That(problems.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void The_Search_spec_generates_without_diagnostics()
    {
        var path = RepositoryFiles.PathOf("specs", "search.yaml");
        var (result, _) = GeneratorHarness.Run([new GeneratorHarness.Spec(path, File.ReadAllText(path))]);

        Assert.That(result.Diagnostics, Is.Empty);
        // One struct per set of enum values: Role and RoleCreate share RoleName (x-globus-enum-name).
        string[] enums = ["RoleName", "RolePrincipalType", "SearchIndexStatus", "GSearchRequestResultFormatVersion", "QSettingsMode", "GFilterType",
            "GFilterRelation", "GeoShapeType", "GFacetType", "GFacetDateInterval", "GSortOrder", "GIngestIngestType", "SearchTaskState"];
        var models = SpecDocument.Load(path).Root["components"]!["schemas"]!.AsObject()
            .Select(s => s.Value!["x-globus-csharp-name"]?.GetValue<string>() ?? s.Key);
        Assert.That(
            result.GeneratedSources.Select(s => s.HintName),
            Is.EquivalentTo(new[] { "SearchClient", "SearchApiException", "SearchScopes", "SearchJsonContext", "SearchClientPaginated" }
                .Concat(models.SelectMany(m => new[] { m, $"{m}JsonConverter" }))
                .Select(type => $"Globus.Sdk.Search.{type}.g.cs")
                .Concat(enums.Select(e => $"Globus.Sdk.Search.{e}.g.cs"))));
    }

    [Test]
    public void A_secret_property_never_shows_in_ToString()
    {
        var (_, output) = RunSample();
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        // A collectible context of its own: the emitted assembly shares this test assembly's name.
        var context = new AssemblyLoadContext("golden-sample", isCollectible: true);
        try
        {
            var ownerType = context.LoadFromStream(image).GetType("Globus.Sdk.Sample.WidgetOwner")!;
            var owner = Activator.CreateInstance(ownerType)!;
            ownerType.GetProperty("ApiKey")!.SetValue(owner, "sk-SECRET-123456");
            ownerType.GetProperty("FullName")!.SetValue(owner, "Ada");

            var text = owner.ToString()!;

            Assert.That(text, Does.Not.Contain("sk-SECRET-123456"));
            Assert.That(text, Does.Contain("FullName = Ada").And.Contain("ApiKey = REDACTED"));
        }
        finally
        {
            context.Unload();
        }
    }
}
