using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary><c>specs/README.md</c> describes its vocabulary completely.</summary>
public class SpecReadmeTests
{
    [Test]
    public void Every_described_key_has_its_places_in_the_table_and_no_other()
    {
        Assert.That(SpecReadme.Current.Keys, Is.Unique);
        Assert.That(SpecReadme.Current.Places.Keys, Is.EquivalentTo(SpecReadme.Current.Keys),
            "each ### `x-globus-...` heading needs a row in the table of places, and each row a heading");
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
