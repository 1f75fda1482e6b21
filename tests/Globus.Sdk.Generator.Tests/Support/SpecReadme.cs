using System.Text.RegularExpressions;

namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>What <c>specs/README.md</c> declares: the vocabulary, the obsolete diagnostic ids, the listed operations.</summary>
public sealed partial class SpecReadme
{
    private SpecReadme(string text)
    {
        Text = text;
        Keys = VocabularyHeading().Matches(text).Select(m => m.Groups["key"].Value).ToList();
        ObsoleteIds = ObsoleteRow().Matches(text).Select(m => m.Groups["id"].Value).ToList();
    }

    public static SpecReadme Current { get; } = new(File.ReadAllText(RepositoryFiles.PathOf("specs", "README.md")));

    public string Text { get; }

    /// <summary>The <c>x-globus-*</c> keys, one per <c>### `x-globus-...`</c> heading.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The ids of the obsolete-id table (rows starting <c>| GLOBUSnnn |</c>).</summary>
    public IReadOnlyList<string> ObsoleteIds { get; }

    /// <summary>Whether the page names the operation as <c>`operation_id`</c>.</summary>
    public bool Lists(string operationId) => Text.Contains($"`{operationId}`", StringComparison.Ordinal);

    [GeneratedRegex(@"^### `(?<key>x-globus-[a-z0-9-]+)`\s*$", RegexOptions.Multiline)]
    private static partial Regex VocabularyHeading();

    [GeneratedRegex(@"^\| (?<id>GLOBUS\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex ObsoleteRow();
}
