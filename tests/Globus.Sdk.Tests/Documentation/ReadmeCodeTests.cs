using System.Text.RegularExpressions;
using Globus.Sdk.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Globus.Sdk.Tests.Documentation;

/// <summary>Every C# block of the README compiles against the SDK, so the documentation cannot rot.</summary>
public partial class ReadmeCodeTests
{
    public static IEnumerable<TestCaseData> ReadmeBlocks()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups["code"].Value).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            yield return new TestCaseData(blocks[i]).SetName($"README_csharp_block_{i + 1}_compiles");
        }
    }

    [Test]
    public void Readme_has_csharp_examples() =>
        Assert.That(ReadmeBlocks().Count(), Is.GreaterThan(0));

    [TestCaseSource(nameof(ReadmeBlocks))]
    public void Block_compiles(string code)
    {
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            [CSharpSyntaxTree.ParseText(SdkReferences.ImplicitUsings), CSharpSyntaxTree.ParseText(code)],
            SdkReferences.All(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();

        Assert.That(problems, Is.Empty, code);
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
