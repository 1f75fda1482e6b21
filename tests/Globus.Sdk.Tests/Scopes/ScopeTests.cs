namespace Globus.Sdk.Tests.Scopes;

/// <summary>The scope grammar: parsing, rendering, merging and the errors that name their position.</summary>
public class ScopeTests
{
    private const string Transfer = "urn:globus:auth:scope:transfer.api.globus.org:all";
    private const string DataAccess = "https://auth.globus.org/scopes/c1/data_access";

    [TestCase("openid")]
    [TestCase("*openid")]
    [TestCase(Transfer + "[*" + DataAccess + "]")]
    [TestCase("a[b c[d *e[f]]] *g h[i]")]
    [TestCase("")]
    public void Parse_and_render_round_trip(string text)
    {
        Assert.That(ScopeParser.Serialize(ScopeParser.Parse(text), rejectEmpty: false), Is.EqualTo(text));
    }

    [Test]
    public void Parsing_reads_optional_markers_and_nested_dependencies()
    {
        var scope = Scope.Parse($"{Transfer}[*{DataAccess} b[*c]]");

        Assert.Multiple(() =>
        {
            Assert.That(scope.ScopeString, Is.EqualTo(Transfer));
            Assert.That(scope.Optional, Is.False);
            Assert.That(scope.Dependencies.Select(d => (d.ScopeString, d.Optional)), Is.EqualTo(new[] { (DataAccess, true), ("b", false) }));
            Assert.That(scope.Dependencies[1].Dependencies.Single(), Is.EqualTo(new Scope("c", optional: true)));
        });
    }

    [Test]
    public void White_space_separates_scopes_and_may_stand_around_brackets()
    {
        Assert.That(ScopeParser.Serialize(ScopeParser.Parse("  a [ b\tc ]\n d ")), Is.EqualTo("a[b c] d"));
    }

    [Test]
    public void Building_renders_the_grammar_and_leaves_the_original_unchanged()
    {
        var transfer = new Scope(Transfer);

        var withData = transfer.WithDependency(new Scope(DataAccess, optional: true)).WithDependency("b[c]");

        Assert.That(withData.ToString(), Is.EqualTo($"{Transfer}[*{DataAccess} b[c]]"));
        Assert.That(transfer.ToString(), Is.EqualTo(Transfer));
        Assert.That(transfer.WithOptional().ToString(), Is.EqualTo("*" + Transfer));
        Assert.That(transfer.WithDependencies([new Scope("x"), new Scope("y")]).ToString(), Is.EqualTo(Transfer + "[x y]"));
    }

    [Test]
    public void Equality_compares_string_optional_marker_and_dependencies()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Scope.Parse("a[b *c]"), Is.EqualTo(new Scope("a", false, [new Scope("b"), new Scope("c", true)])));
            Assert.That(Scope.Parse("a[b *c]").GetHashCode(), Is.EqualTo(Scope.Parse("a[b  *c]").GetHashCode()));
            Assert.That(Scope.Parse("a") == Scope.Parse("a"), Is.True);
            Assert.That(Scope.Parse("a") != Scope.Parse("*a"), Is.True);
            Assert.That(Scope.Parse("a[b]"), Is.Not.EqualTo(Scope.Parse("a[c]")));
        });
    }

    [Test]
    public void Duplicates_with_the_same_string_and_marker_merge_their_dependencies()
    {
        var scopes = ScopeParser.Parse("a[b] c a[d[e]] *a[f] a[d[g]]");

        Assert.That(ScopeParser.Serialize(scopes), Is.EqualTo("a[b d[e g]] c *a[f]"));
    }

    [Test]
    public void MergeScopes_merges_two_lists_recursively()
    {
        var merged = ScopeParser.MergeScopes(ScopeParser.Parse("x[y[z]] q"), ScopeParser.Parse($"x[y[w] *v] {Transfer}"));

        Assert.That(ScopeParser.Serialize(merged), Is.EqualTo($"x[y[z w] *v] q {Transfer}"));
    }

    [TestCase("a[", 1, "never closed")]
    [TestCase("a[b", 1, "never closed")]
    [TestCase("a]", 1, "closes no")]
    [TestCase("[a]", 0, "must follow a scope string")]
    [TestCase("a[b][c]", 4, "must follow a scope string")]
    [TestCase("a[]", 2, "no dependency")]
    [TestCase("a * b", 2, "'*' must be followed")]
    [TestCase("*[a]", 0, "'*' must be followed")]
    [TestCase("a*b", 1, "'*' may only stand")]
    [TestCase("x a[b[a]]", 6, "depends on itself")]
    public void Errors_say_what_is_wrong_and_where(string text, int position, string problem)
    {
        var error = Assert.Throws(Is.InstanceOf<ScopeParseException>(), () => ScopeParser.Parse(text)) as ScopeParseException;

        Assert.That(error, Is.InstanceOf<FormatException>());
        Assert.That(error!.Position, Is.EqualTo(position));
        Assert.That(error.Message, Does.Contain(problem).And.Contain($"position {position}"));
    }

    [Test]
    public void A_cycle_is_a_ScopeCycleException()
    {
        var error = Assert.Throws<ScopeCycleException>(() => Scope.Parse("a[b[a]]"))!;

        Assert.That((error.ScopeString, error.Position), Is.EqualTo(("a", 4)));
    }

    [Test]
    public void Scope_Parse_wants_exactly_one_scope()
    {
        Assert.Throws<ScopeParseException>(() => Scope.Parse("a b"));
        Assert.Throws<ScopeParseException>(() => Scope.Parse(" "));
    }

    [Test]
    public void Bad_arguments_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => new Scope("a b"))!.ParamName, Is.EqualTo("scopeString"));
            Assert.That(Assert.Throws<ArgumentException>(() => new Scope("*a"))!.ParamName, Is.EqualTo("scopeString"));
            Assert.That(Assert.Throws<ArgumentException>(() => new Scope(""))!.ParamName, Is.EqualTo("scopeString"));
            Assert.That(Assert.Throws<ArgumentException>(() => new Scope("a", dependencies: [null!]))!.ParamName, Is.EqualTo("dependencies"));
            Assert.That(Assert.Throws<ArgumentException>(() => ScopeParser.Serialize([]))!.ParamName, Is.EqualTo("scopes"));
            Assert.That(ScopeParser.Serialize([], rejectEmpty: false), Is.Empty);
        });
    }
}
