using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary><c>specs/README.md</c> and the checks agree on the vocabulary.</summary>
public class SpecReadmeTests
{
    [Test]
    public void The_README_describes_exactly_the_keys_the_checks_know()
    {
        Assert.That(SpecReadme.Current.Keys, Is.Unique);
        Assert.That(SpecReadme.Current.Keys, Is.EquivalentTo(SpecRules.Vocabulary.Keys),
            "a key described in specs/README.md needs its places in SpecRules.Vocabulary, and the other way round");
    }

    [Test]
    public void Every_described_key_has_a_yaml_example()
    {
        var sections = SpecReadme.Current.Text.Split("\n### ").Skip(1)
            .Where(s => s.StartsWith("`x-globus-", StringComparison.Ordinal));
        var withoutExample = sections
            .Where(s => !s.Split("\n## ")[0].Contains("```yaml", StringComparison.Ordinal))
            .Select(s => s[..s.IndexOf('\n')]);
        Assert.That(withoutExample, Is.Empty);
    }

    [Test]
    public void Obsolete_ids_of_the_table_are_unique_and_in_range()
    {
        Assert.That(SpecReadme.Current.ObsoleteIds, Is.Unique);
        Assert.That(SpecReadme.Current.ObsoleteIds, Has.All.Matches<string>(id => int.Parse(id[6..]) is >= 100 and <= 199));
    }
}
