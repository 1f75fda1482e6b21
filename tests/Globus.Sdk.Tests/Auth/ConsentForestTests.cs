using Globus.Sdk.Auth;

namespace Globus.Sdk.Tests.Auth;

/// <summary>Consents arranged as trees, and which scope requirements (dependent scopes included) they meet.</summary>
public class ConsentForestTests
{
    private const string TransferAll = "urn:globus:auth:scope:transfer.api.globus.org:all";
    private const string CollectionA = "https://auth.globus.org/scopes/aaaa/data_access";
    private const string CollectionB = "https://auth.globus.org/scopes/bbbb/data_access";

    private static Consent C(long id, string scopeName, params long[] path) =>
        new() { Id = id, ScopeName = scopeName, Client = "client-" + id, DependencyPath = path };

    // CLI -> transfer:all -> (A:data_access, B:data_access); separately a flow scope with nothing under it.
    private static readonly Consent[] Sample =
    [
        C(1, TransferAll, 1),
        C(2, CollectionA, 1, 2),
        C(3, CollectionB, 1, 3),
        C(4, "https://auth.globus.org/scopes/flow-1/flow_flow_1_user", 4),
    ];

    [TestCase(TransferAll, true)]
    [TestCase(TransferAll + "[" + CollectionA + "]", true)]
    [TestCase(TransferAll + "[" + CollectionA + " " + CollectionB + "]", true)]
    [TestCase(TransferAll + "[https://auth.globus.org/scopes/cccc/data_access]", false)]
    [TestCase(CollectionA, false)]
    [TestCase("https://auth.globus.org/scopes/flow-1/flow_flow_1_user[" + TransferAll + "]", false)]
    [TestCase(TransferAll + " https://auth.globus.org/scopes/flow-1/flow_flow_1_user", true)]
    public void A_requirement_is_met_when_a_tree_has_its_root_and_each_dependency_below_it(string requirement, bool met)
    {
        var forest = new ConsentForest(Sample);

        Assert.That(forest.MeetsScopeRequirements(requirement), Is.EqualTo(met));
        Assert.That(forest.MeetsScopeRequirements(ScopeParser.Parse(requirement)), Is.EqualTo(met));
    }

    [Test]
    public void Trees_grow_from_the_roots_with_every_consent_below_them()
    {
        var forest = new ConsentForest(Sample);

        Assert.That(forest.Trees.Select(t => t.Root.Id), Is.EqualTo(new long?[] { 1, 4 }));
        Assert.That(forest.Trees[0].Nodes.Select(n => n.Id), Is.EquivalentTo(new long?[] { 1, 2, 3 }));
        Assert.That(forest.Trees.Select(t => t.MaxDepth), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(forest.ToString(), Does.Contain($"Consent [2]: Client [client-2] -> Scope [{CollectionA}]"));
        Assert.That(forest.Trees[0].ToString().Split('\n'), Has.Length.EqualTo(3));
    }

    [Test]
    public void A_consent_whose_parent_is_missing_or_without_a_path_cannot_be_arranged()
    {
        var orphan = Assert.Throws<ConsentForestException>(() => _ = new ConsentForest([C(1, TransferAll, 1), C(2, CollectionA, 9, 2)]));
        Assert.That(orphan!.Message, Does.Contain("consent 9"));
        Assert.That(orphan.Consents, Has.Count.EqualTo(2));

        Assert.Throws<ConsentForestException>(() => _ = new ConsentForest([new Consent { Id = 1, ScopeName = TransferAll }]));
    }

    [Test]
    public void A_consent_listed_as_its_own_parent_does_not_loop_the_walks()
    {
        // Ids are unique in a real answer; a repeated one makes the only loop a parent link can make.
        var forest = new ConsentForest([C(1, TransferAll, 1), C(1, TransferAll, 1, 1), C(2, CollectionA, 1, 2)]);

        Assert.That(forest.MeetsScopeRequirements($"{TransferAll}[{CollectionA}]"), Is.True);
        Assert.That(forest.MeetsScopeRequirements($"{TransferAll}[{CollectionB}]"), Is.False);
        Assert.That(forest.Trees[0].MaxDepth, Is.EqualTo(2));
        Assert.That(forest.ToString(), Does.Contain(CollectionA));
    }

    [Test]
    public void An_answer_of_get_consents_becomes_a_forest()
    {
        var response = System.Text.Json.JsonSerializer.Deserialize<GetConsentsResponse>("""{"consents": [{"id": 7, "scope_name": "openid", "dependency_path": [7]}]}""")!;

        Assert.That(response.ToForest().Trees.Single().Root.ScopeName, Is.EqualTo("openid"));
    }
}
