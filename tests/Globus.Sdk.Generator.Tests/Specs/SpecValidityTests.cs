using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>Every spec in <c>specs/</c> keeps the rules of <c>specs/README.md</c>.</summary>
public class SpecValidityTests
{
    public static IEnumerable<TestCaseData> Specs() =>
        RepositoryFiles.SpecFiles().Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    [Test]
    public void There_are_specs_to_check() =>
        Assert.That(RepositoryFiles.SpecFiles(), Is.Not.Empty);

    [TestCaseSource(nameof(Specs))]
    public void Is_valid_against_the_OpenAPI_3_0_schema(string path) =>
        AssertNone(SchemaChecks.OpenApiProblems(SpecDocument.Load(path)));

    [TestCaseSource(nameof(Specs))]
    public void Declares_OpenAPI_3_0_3(string path) =>
        Assert.That(SpecDocument.Load(path).Root["openapi"].AsString(), Is.EqualTo("3.0.3"));

    [TestCaseSource(nameof(Specs))]
    public void Every_example_matches_its_schema(string path) =>
        AssertNone(SchemaChecks.ExampleProblems(SpecDocument.Load(path)));

    [TestCaseSource(nameof(Specs))]
    public void Every_operation_is_named_documented_and_typed(string path) =>
        AssertNone(SpecRules.OperationProblems(SpecDocument.Load(path)));

    [TestCaseSource(nameof(Specs))]
    public void Path_parameters_are_declared(string path) =>
        AssertNone(SpecRules.PathParameterProblems(SpecDocument.Load(path)));

    [TestCaseSource(nameof(Specs))]
    public void Query_parameters_say_how_they_are_encoded(string path) =>
        AssertNone(SpecRules.QueryParameterProblems(SpecDocument.Load(path)));

    [TestCaseSource(nameof(Specs))]
    public void Uses_only_the_documented_vocabulary_correctly(string path) =>
        AssertNone(SpecRules.VocabularyProblems(SpecDocument.Load(path), SpecReadme.Current));

    [TestCaseSource(nameof(Specs))]
    public void Its_operations_are_listed_in_the_README(string path)
    {
        var unlisted = SpecDocument.Load(path).Operations().Select(o => o.Id ?? "").Where(id => !SpecReadme.Current.Lists(id));
        Assert.That(unlisted, Is.Empty, "operations missing from specs/README.md");
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

    internal static void AssertNone(IReadOnlyList<string> problems) =>
        Assert.That(problems, Is.Empty, () => string.Join(Environment.NewLine, problems));
}
