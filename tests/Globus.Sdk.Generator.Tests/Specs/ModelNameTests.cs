using System.Reflection;
using System.Text.RegularExpressions;
using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>The C# names a spec leads to are usable: no clash with implicitly imported types, none twice in a model.</summary>
public partial class ModelNameTests
{
    // The namespaces a `dotnet new` project imports implicitly (ImplicitUsings).
    private static readonly string[] ImplicitNamespaces =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly Lazy<HashSet<string>> ImplicitTypeNames = new(() =>
        new[] { typeof(object), typeof(Enumerable), typeof(HttpClient), typeof(LinkedList<>), typeof(Timer), typeof(FileSystemWatcher) }
            .Select(t => t.Assembly)
            .Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Namespace is { } ns && ImplicitNamespaces.Contains(ns))
            .Select(t => t.Name.Split('`')[0])
            .ToHashSet(StringComparer.Ordinal));

    [Test]
    public void The_implicit_type_list_holds_the_known_clashes() =>
        Assert.That(ImplicitTypeNames.Value, Is.SupersetOf(new[] { "Task", "Index", "Range", "Timer", "Action", "File", "Path" }));

    [TestCaseSource(typeof(SpecValidityTests), nameof(SpecValidityTests.Specs))]
    public void Model_names_do_not_collide_with_implicitly_imported_types(string path)
    {
        var clashes = Schemas(SpecDocument.Load(path))
            .Select(s => s.Value?["x-globus-csharp-name"].AsString() ?? s.Key)
            .Where(ImplicitTypeNames.Value.Contains);
        Assert.That(clashes, Is.Empty, "rename these with x-globus-csharp-name");
    }

    [TestCaseSource(typeof(SpecValidityTests), nameof(SpecValidityTests.Specs))]
    public void Property_names_stay_distinct_in_PascalCase(string path)
    {
        var clashes = new List<string>();
        foreach (var (name, schema) in Schemas(SpecDocument.Load(path)))
        {
            var properties = (schema?["properties"] as JsonObject ?? [])
                .Select(p => p.Value?["x-globus-csharp-name"].AsString() ?? PascalCase(p.Key));
            clashes.AddRange(properties.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => $"{name}.{g.Key}"));
        }
        Assert.That(clashes, Is.Empty);
    }

    [TestCase("display_name", "DisplayName")]
    [TestCase("@version", "Version")]
    [TestCase("DATA_TYPE", "DataType")]
    [TestCase("q", "Q")]
    [TestCase("has_next_page", "HasNextPage")]
    public void Wire_names_become_PascalCase(string wire, string expected) =>
        Assert.That(PascalCase(wire), Is.EqualTo(expected));

    /// <summary>The README's rule: words split at punctuation, each capitalised; an all-capitals word is title-cased.</summary>
    private static string PascalCase(string wire) => string.Concat(Word().Matches(wire).Select(m =>
        m.Value.All(char.IsUpper) ? m.Value[0] + m.Value[1..].ToLowerInvariant() : char.ToUpperInvariant(m.Value[0]) + m.Value[1..]));

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Schemas(SpecDocument document) =>
        document.Root["components"]?["schemas"] as JsonObject ?? [];

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();
}
