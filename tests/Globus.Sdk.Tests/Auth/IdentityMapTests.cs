using System.Globalization;
using System.Text.Json.Nodes;
using System.Web;
using Globus.Sdk.Auth;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// IdentityMap against a fake Globus Auth that knows users <c>user{n}@example.org</c> with ids
/// <c>00000000-0000-0000-0000-{n:D12}</c>, and nobody at <c>unknown.org</c>.
/// </summary>
public class IdentityMapTests : WireMockTestBase
{
    private static string Username(int n) => $"user{n}@example.org";

    private static string IdOf(int n) => $"00000000-0000-0000-0000-{n:D12}";

    private AuthClient Client()
    {
        Server.Given(Request.Create().WithPath("/v2/api/identities").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(request =>
            {
                var query = HttpUtility.ParseQueryString(new Uri(request.AbsoluteUrl).Query);
                var identities = new JsonArray();
                foreach (var username in (query["usernames"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (username.EndsWith("@example.org", StringComparison.Ordinal))
                    {
                        identities.Add(Identity(int.Parse(username["user".Length..username.IndexOf('@')], CultureInfo.InvariantCulture)));
                    }
                }

                foreach (var id in (query["ids"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (id.StartsWith("00000000-0000-0000-0000-", StringComparison.Ordinal))
                    {
                        identities.Add(Identity(int.Parse(id[24..], CultureInfo.InvariantCulture)));
                    }
                }

                return new JsonObject { ["identities"] = identities }.ToJsonString();
            }));
        return new AuthClient(options: Options());
    }

    private static JsonObject Identity(int n) => new() { ["id"] = IdOf(n), ["username"] = Username(n), ["name"] = $"User {n}" };

    private List<string> SentQueries() =>
        Requests.Select(e => HttpUtility.UrlDecode(new Uri(e.RequestMessage.AbsoluteUrl).Query)).ToList();

    [Test]
    public async Task Reading_250_added_usernames_makes_exactly_3_requests_of_at_most_100()
    {
        var map = new IdentityMap(Client());
        for (var n = 0; n < 250; n++)
        {
            Assert.That(map.Add(Username(n)), Is.True);
        }

        for (var n = 0; n < 250; n++)
        {
            Assert.That((await map.GetAsync(Username(n))).Id, Is.EqualTo(IdOf(n)));
        }

        var queries = SentQueries();
        Assert.That(queries, Has.Count.EqualTo(3));
        Assert.That(queries.Select(q => q.Split("usernames=")[1].Split('&')[0].Split(',').Length), Is.EqualTo(new[] { 100, 100, 50 }));
        Assert.That(queries, Has.All.Contains("provision=false"));
    }

    [Test]
    public async Task Reading_one_makes_one_request_and_reading_it_again_makes_none()
    {
        var map = new IdentityMap(Client(), [Username(1), Username(2)]);

        var first = await map.GetAsync(Username(1));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));

        var again = await map.GetAsync(Username(1));
        var other = await map.GetAsync(Username(2));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1), "both were in the first batch");
        Assert.That(again, Is.SameAs(first));
        Assert.That(other.Username, Is.EqualTo(Username(2)));
    }

    [Test]
    public async Task The_cache_keys_an_identity_by_both_id_and_username()
    {
        var map = new IdentityMap(Client());

        var byName = await map.GetAsync(Username(7));
        var byId = await map.GetAsync(IdOf(7));

        Assert.That(byId, Is.SameAs(byName));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_unknown_identity_is_a_KeyNotFoundException_and_the_defaults_say_so_too()
    {
        var map = new IdentityMap(Client());

        Assert.ThrowsAsync<KeyNotFoundException>(() => map.GetAsync("nobody@unknown.org"));
        Assert.That(await map.GetAsync("nobody@unknown.org", null), Is.Null);
        var (found, identity) = await map.TryGetAsync("nobody@unknown.org");
        Assert.That((found, identity), Is.EqualTo((false, (Identity?)null)));
        var (knownFound, known) = await map.TryGetAsync(Username(3));
        Assert.That((knownFound, known!.Username), Is.EqualTo((true, Username(3))));
    }

    [Test]
    public async Task Ids_and_usernames_are_looked_up_in_separate_calls()
    {
        var map = new IdentityMap(Client(), [Username(1), IdOf(2), Username(3), IdOf(4)]);

        await map.ResolveAllAsync();

        var queries = SentQueries();
        Assert.That(queries, Has.Count.EqualTo(2));
        Assert.That(queries, Has.One.EqualTo($"?usernames={Username(1)},{Username(3)}&provision=false"));
        Assert.That(queries, Has.One.EqualTo($"?ids={IdOf(2)},{IdOf(4)}"));
        Assert.That((await map.GetAsync(IdOf(4))).Username, Is.EqualTo(Username(4)));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Remove_drops_a_key_from_the_cache_so_the_next_read_asks_again()
    {
        var map = new IdentityMap(Client());
        await map.GetAsync(Username(5));

        Assert.That(map.Remove(Username(5)), Is.True);
        Assert.That(map.Remove(Username(5)), Is.False);
        Assert.That(map.Add(Username(5)), Is.True, "no longer cached");
        Assert.That(map.Add(IdOf(5)), Is.False, "still cached by id");
        await map.GetAsync(Username(5));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Concurrent_reads_of_one_batch_send_one_request()
    {
        var map = new IdentityMap(Client(), Enumerable.Range(0, 50).Select(Username));

        var identities = await Task.WhenAll(Enumerable.Range(0, 50).Select(n => Task.Run(() => map.GetAsync(Username(n)))));

        Assert.That(identities.Select(i => i.Id), Is.EqualTo(Enumerable.Range(0, 50).Select(IdOf)));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_lookup_loses_no_pending_key()
    {
        Server.Given(Request.Create().WithPath("/v2/api/identities").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody("""{"code": "BAD", "message": "no"}"""));
        var failing = new IdentityMap(new AuthClient(options: Options()), [Username(1), Username(2)]);

        Assert.ThrowsAsync<AuthApiException>(() => failing.GetAsync(Username(1)));

        Server.ResetMappings();
        Client();
        await failing.ResolveAllAsync();
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
        Assert.That(SentQueries().Last(), Is.EqualTo($"?usernames={Username(1)},{Username(2)}&provision=false"));
        Assert.That((await failing.GetAsync(Username(2))).Id, Is.EqualTo(IdOf(2)));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public void Bad_arguments_are_refused()
    {
        var client = new AuthClient(options: Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentNullException>(() => new IdentityMap(null!))!.ParamName, Is.EqualTo("authClient"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => new IdentityMap(client, idBatchSize: 0))!.ParamName, Is.EqualTo("idBatchSize"));
            Assert.That(Assert.Throws<ArgumentException>(() => new IdentityMap(client).Add(" "))!.ParamName, Is.EqualTo("identityId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => new IdentityMap(client).GetAsync(""))!.ParamName, Is.EqualTo("key"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void Ids_are_told_from_usernames_by_their_UUID_shape()
    {
        Assert.That(IdentityMap.IsId(IdOf(1)), Is.True);
        Assert.That(IdentityMap.IsId("ae341a98d27411e5b888dbae3a8ba545"), Is.True);
        Assert.That(IdentityMap.IsId("ada@globusid.org"), Is.False);
        Assert.That(IdentityMap.IsId("ae341a98-d274-11e5-b888"), Is.False);
    }
}
