using Globus.Sdk.Authorizers;
using Globus.Sdk.Groups;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Globus.Sdk.Testing.Tests;

/// <summary>The fake's Groups service answers from specs/groups.yaml, and AddGlobusClients registers GroupsClient.</summary>
public class GroupsFakeTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start() => _fake = new GlobusFake();

    [TearDown]
    public void Stop() => _fake.Dispose();

    [Test]
    public async Task The_canned_answers_of_the_hand_written_operations_read_typed()
    {
        var groups = new GroupsClient(new AccessTokenAuthorizer("groups-token"), _fake.Groups.ClientOptions());
        var expected = _fake.Groups.LoadResponse(nameof(GroupsClient.GetMyGroupsAsync));
        _fake.Groups.LoadResponse(nameof(GroupsClient.GetIdentityPreferencesAsync));

        var mine = (await groups.GetMyGroupsAsync(statuses: ["active"])).Value;
        var preferences = (await groups.GetIdentityPreferencesAsync()).Value;

        Assert.That(mine.Select(g => g.Id), Is.EqualTo(expected.Body!.AsArray().Select(g => (string?)g!["id"])));
        Assert.That(preferences, Is.Not.Empty);
        Assert.That(_fake.Groups.Requests.Select(r => r.MethodName),
            Is.EqualTo(new[] { nameof(GroupsClient.GetMyGroupsAsync), nameof(GroupsClient.GetIdentityPreferencesAsync) }));
        Assert.That(_fake.Groups.Requests[0].BearerToken, Is.EqualTo("groups-token"));
    }

    [Test]
    public async Task AddGlobusClients_resolves_a_GroupsClient_that_reaches_the_fake()
    {
        _fake.Groups.LoadResponse(nameof(GroupsClient.GetGroupAsync));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Globus:Services:groups:BaseUrl"] = _fake.Groups.BaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddGlobusClients(configuration.GetSection("Globus"));
        using var provider = services.BuildServiceProvider();

        var group = (await provider.GetRequiredService<GroupsClient>().GetGroupAsync("g1")).Value;

        Assert.That(group.Name, Is.Not.Empty);
        Assert.That(_fake.Groups.LastRequest.Path, Is.EqualTo("/v2/groups/g1"));
    }
}
