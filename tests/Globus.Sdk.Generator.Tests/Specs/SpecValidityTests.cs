using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>Every spec in <c>specs/</c> keeps the rules of <c>specs/README.md</c>: one test per spec and check.</summary>
public class SpecValidityTests
{
    private static readonly (string Name, Func<SpecDocument, IReadOnlyList<string>> Check)[] Checks =
    [
        ("is valid against the OpenAPI 3.0 schema", SchemaChecks.OpenApiProblems),
        ("has examples that match their schemas", SchemaChecks.ExampleProblems),
        ("has named, documented and typed operations", SpecRules.OperationProblems),
        ("declares its path parameters", SpecRules.PathParameterProblems),
        ("says how query parameters are encoded", SpecRules.QueryParameterProblems),
        ("uses only the documented vocabulary, correctly", d => SpecRules.VocabularyProblems(d, SpecReadme.Current)),
        ("is OpenAPI 3.0.3 with its operations listed in the README", VersionAndListingProblems),
    ];

    public static IEnumerable<TestCaseData> Specs() =>
        RepositoryFiles.SpecFiles().Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    public static IEnumerable<TestCaseData> SpecChecks() =>
        from path in RepositoryFiles.SpecFiles()
        from check in Checks
        select new TestCaseData(path, check.Check).SetName($"{Path.GetFileName(path)} {check.Name}");

    [Test]
    public void There_are_specs_to_check() =>
        Assert.That(RepositoryFiles.SpecFiles(), Is.Not.Empty);

    [TestCaseSource(nameof(SpecChecks))]
    public void Spec_passes(string path, Func<SpecDocument, IReadOnlyList<string>> check)
    {
        var problems = check(SpecDocument.Load(path));
        Assert.That(problems, Is.Empty, () => string.Join(Environment.NewLine, problems));
    }

    [Test]
    public void Obsolete_ids_are_used_once_across_all_specs()
    {
        var ids = RepositoryFiles.SpecFiles().Select(SpecDocument.Load)
            .SelectMany(d => d.Operations())
            .Select(o => o.Node["x-globus-obsolete-id"].AsString())
            .OfType<string>()
            .ToList();
        Assert.That(ids, Is.Unique);
    }

    private static IReadOnlyList<string> VersionAndListingProblems(SpecDocument document)
    {
        var problems = document.Operations().Select(o => o.Id ?? "")
            .Where(id => !SpecReadme.Current.Lists(id))
            .Select(id => $"operation '{id}' is not listed in specs/README.md")
            .ToList();
        if (document.Root["openapi"].AsString() != "3.0.3")
        {
            problems.Add("the document must say openapi: 3.0.3");
        }
        return problems;
    }
}
