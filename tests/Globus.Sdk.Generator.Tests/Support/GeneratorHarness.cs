using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Globus.Sdk.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>Runs the generator in memory over specs and C# sources, offline, the way the compiler does.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A spec as the compiler hands it over: an AdditionalFile with a path and its text.</summary>
    public sealed class Spec(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    // The assembly name is one Globus.Sdk lets see its internals, as the generated code lives inside it.
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Globus.Sdk.Generator.Tests",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
        LibraryReferences(),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(params AdditionalText[] specs) => CSharpGeneratorDriver.Create(
        [new GlobusClientGenerator().AsSourceGenerator()],
        specs,
        ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; the generator itself must never throw.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> specs, params string[] sources)
    {
        var driver = Driver([.. specs]).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        Assert.That(result.Exception, Is.Null, "the generator threw");
        return (result, output);
    }

    public static ImmutableArray<Diagnostic> DiagnosticsFor(string specText, string path = "/specs/broken.yaml") =>
        Run([new Spec(path, specText)]).Result.Diagnostics;

    private static IEnumerable<MetadataReference> LibraryReferences()
    {
        var library = typeof(BaseClient).Assembly.Location;
        var beside = Directory.GetFiles(Path.GetDirectoryName(library)!, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                || Path.GetFileName(f).StartsWith("Polly", StringComparison.Ordinal));
        return Net100.References.All.Concat(new[] { library }.Concat(beside).Select(f => MetadataReference.CreateFromFile(f)));
    }
}
