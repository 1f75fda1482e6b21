using Globus.Sdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Globus.Sdk.Generator.GlobusClientGenerator;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>The generator's steps stay cached when their input did not change: the proof the non-negotiables ask for.</summary>
public class IncrementalCachingTests
{
    private static readonly string SearchPath = RepositoryFiles.PathOf("specs", "search.yaml");

    private static string Other(string name) => $"""
        openapi: 3.0.3
        info: {"{"}title: Other, version: v1{"}"}
        x-globus-service: {name}
        x-globus-client: {name}Client
        x-globus-error: {name}ApiException
        x-globus-namespace: Globus.Sdk.{name}
        paths:
          /v1/thing/{"{"}thing_id{"}"}:
            get:
              operationId: get_thing
              summary: Get a thing.
              parameters:
                - {"{"}name: thing_id, in: path, required: true, schema: {"{"}type: string{"}"}{"}"}
              responses:
                '200': {"{"}description: The thing.{"}"}
        """;

    [Test]
    public void An_unrelated_source_edit_leaves_every_spec_step_cached()
    {
        var compilation = GeneratorHarness.Compilation("namespace App; public class A { }");
        var driver = GeneratorHarness.Driver(new GeneratorHarness.Spec(SearchPath, File.ReadAllText(SearchPath)))
            .RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("namespace App; public class A { public int B; }", GeneratorHarness.ParseOptions, path: "Source0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // Only the check of names against the compilation's types runs again, and finds the same.
        foreach (var step in new[] { Steps.Parse, Steps.Claims, Steps.Conflicts, Steps.Emit })
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
            Assert.That(reasons, Is.Not.Empty.And.All.EqualTo(IncrementalStepRunReason.Cached), step);
        }

        var check = result.TrackedSteps[Steps.ImplicitNames].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.That(check, Is.Not.Empty.And.All.EqualTo(IncrementalStepRunReason.Unchanged), Steps.ImplicitNames);
    }

    [Test]
    public void Editing_one_of_two_specs_parses_and_emits_only_that_one_again()
    {
        var first = new GeneratorHarness.Spec("/specs/one.yaml", Other("One"));
        var second = new GeneratorHarness.Spec("/specs/two.yaml", Other("Two"));
        var compilation = GeneratorHarness.Compilation("namespace App; public class A { }");
        var driver = GeneratorHarness.Driver(first, second).RunGenerators(compilation);

        var secondEdited = new GeneratorHarness.Spec("/specs/two.yaml", Other("Two").Replace("Get a thing.", "Get one thing."));
        driver = driver.ReplaceAdditionalText(second, secondEdited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = result.TrackedSteps[Steps.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(parse, Is.EqualTo(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }));
        // The names across specs are settled again (the summary changed no name), so the unchanged spec is not emitted again.
        var emit = result.TrackedSteps[Steps.Emit].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.That(emit, Is.EqualTo(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }));
        var sources = result.GeneratedSources.Select(s => s.HintName);
        Assert.That(sources, Is.SupersetOf(new[] { "Globus.Sdk.One.OneClient.g.cs", "Globus.Sdk.Two.TwoClient.g.cs" }));
    }
}
