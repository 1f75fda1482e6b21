using System.Text.RegularExpressions;

namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>What <c>specs/README.md</c> declares: the vocabulary, the obsolete diagnostic ids, the listed operations.</summary>
public sealed partial class SpecReadme
{
    private SpecReadme(string text)
    {
        Text = text;
        Keys = VocabularyHeading().Matches(text).Select(m => m.Groups["key"].Value).ToList();
        Places = PlaceRow().Matches(text).ToDictionary(
            m => m.Groups["key"].Value,
            m => m.Groups["places"].Value.Split(',', StringSplitOptions.TrimEntries).Select(PlaceNamed).ToArray());
        ObsoleteIds = ObsoleteRow().Matches(text).Select(m => m.Groups["id"].Value).ToList();
    }

    public static SpecReadme Current { get; } = new(File.ReadAllText(RepositoryFiles.PathOf("specs", "README.md")));

    public string Text { get; }

    /// <summary>The <c>x-globus-*</c> keys, one per <c>### `x-globus-...`</c> heading.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Where each key may stand, from the rows <c>| `x-globus-...` | place, place |</c> of the vocabulary table.</summary>
    public IReadOnlyDictionary<string, SpecPlace[]> Places { get; }

    /// <summary>The ids of the obsolete-id table (rows starting <c>| GLOBUSnnn |</c>).</summary>
    public IReadOnlyList<string> ObsoleteIds { get; }

    /// <summary>Whether the page names the operation as <c>`operation_id`</c>.</summary>
    public bool Lists(string operationId) => Text.Contains($"`{operationId}`", StringComparison.Ordinal);

    private static SpecPlace PlaceNamed(string words) => words switch
    {
        "root" => SpecPlace.Root,
        "security scheme" => SpecPlace.SecurityScheme,
        "operation" => SpecPlace.Operation,
        "parameter" => SpecPlace.Parameter,
        "request body" => SpecPlace.RequestBody,
        "response" => SpecPlace.Response,
        "named schema" => SpecPlace.NamedSchema,
        "property" => SpecPlace.Property,
        _ => throw new InvalidDataException($"specs/README.md: '{words}' is not a place of the vocabulary table"),
    };

    [GeneratedRegex(@"^\| `(?<key>x-globus-[a-z0-9-]+)` \| (?<places>[a-z ,]+) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex PlaceRow();

    [GeneratedRegex(@"^### `(?<key>x-globus-[a-z0-9-]+)`\s*$", RegexOptions.Multiline)]
    private static partial Regex VocabularyHeading();

    [GeneratedRegex(@"^\| (?<id>GLOBUS\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex ObsoleteRow();
}
