using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// <c>client.Paginated</c> for the endpoint operations on the wire: <c>endpoint_search</c> pages by
/// limit and offset (offset grows by the number of endpoints a page held, stops when
/// <c>has_next_page</c> is false or at the service's 1,000 results), <c>get_shared_endpoint_list</c>
/// follows <c>next_token</c> until it is null; both honour <c>maxTotalResults</c>.
/// </summary>
public class TransferEndpointPaginatedWireTests : WireMockTestBase
{
    private const string Host = "host/ep";

    private TransferClient _client = null!;

    [SetUp]
    public void NewClient() => _client = new TransferClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    private IReadOnlyList<string> Queries => Requests.Select(e => e.RequestMessage.RawQuery ?? "").ToList();

    private static string Endpoints(IEnumerable<int> ids) => "[" + string.Join(",", ids.Select(i => $$"""{"DATA_TYPE": "endpoint", "id": "ep-{{i}}"}""")) + "]";

    private static WireMock.ResponseBuilders.IResponseBuilder SearchPage(IEnumerable<int> ids, bool hasNext) =>
        ScriptedAnswers.Status(200, $$"""{"DATA_TYPE": "endpoint_list", "DATA": {{Endpoints(ids)}}, "has_next_page": {{(hasNext ? "true" : "false")}}}""");

    private static WireMock.ResponseBuilders.IResponseBuilder SharePage(IEnumerable<int> ids, string? nextToken) =>
        ScriptedAnswers.Status(200, $$"""{"shared_endpoints": {{Endpoints(ids)}}, "next_token": {{(nextToken is null ? "null" : $"\"{nextToken}\"")}}}""");

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Endpoint> endpoints)
    {
        var ids = new List<string>();
        await foreach (var endpoint in endpoints)
        {
            ids.Add(endpoint.Id!);
        }

        return ids;
    }

    private static IEnumerable<int> Range(int first, int count) => Enumerable.Range(first, count);

    [Test]
    public async Task EndpointSearch_sends_limit_first_then_offset_until_has_next_page_is_false()
    {
        Server.AnswerInTurn(SearchPage([1, 2], hasNext: true), SearchPage([3, 4], hasNext: true), SearchPage([5], hasNext: false));

        var ids = await IdsAsync(_client.Paginated.EndpointSearch("tutorial", filterScope: "all", filterNonFunctional: false, pageSize: 2));

        Assert.That(ids, Is.EqualTo(new[] { "ep-1", "ep-2", "ep-3", "ep-4", "ep-5" }));
        Assert.That(Queries, Is.EqualTo(new[]
        {
            "?filter_fulltext=tutorial&filter_scope=all&filter_non_functional=0&limit=2",
            "?filter_fulltext=tutorial&filter_scope=all&filter_non_functional=0&limit=2&offset=2",
            "?filter_fulltext=tutorial&filter_scope=all&filter_non_functional=0&limit=2&offset=4",
        }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { "/v0.10/endpoint_search" }));
    }

    [Test]
    public async Task EndpointSearch_moves_the_offset_by_the_number_of_endpoints_a_page_held()
    {
        // The service may answer a short page that is not the last: the next offset is len(DATA), not the limit.
        Server.AnswerInTurn(SearchPage([1, 2], hasNext: true), SearchPage([3], hasNext: false));

        var ids = await IdsAsync(_client.Paginated.EndpointSearch(filterScope: "my-endpoints", queryParams: [new("extra", "1")], pageSize: 5));

        Assert.That(ids, Is.EqualTo(new[] { "ep-1", "ep-2", "ep-3" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?filter_scope=my-endpoints&limit=5&extra=1", "?filter_scope=my-endpoints&limit=5&offset=2&extra=1" }));
    }

    [Test]
    public async Task EndpointSearch_asks_for_100_a_page_and_clips_the_last_limit_to_maxTotalResults()
    {
        Server.AnswerInTurn(SearchPage(Range(1, 100), hasNext: true), SearchPage(Range(101, 20), hasNext: true));

        var ids = await IdsAsync(_client.Paginated.EndpointSearch("x", maxTotalResults: 120));

        Assert.That(ids, Has.Count.EqualTo(120));
        Assert.That(ids[^1], Is.EqualTo("ep-120"));
        Assert.That(Queries, Is.EqualTo(new[] { "?filter_fulltext=x&limit=100", "?filter_fulltext=x&limit=20&offset=100" }));
    }

    [Test]
    public async Task EndpointSearch_stops_at_the_services_1000_results_even_when_a_next_page_is_announced()
    {
        Server.AnswerInTurn(SearchPage(Range(1, 400), hasNext: true), SearchPage(Range(401, 400), hasNext: true), SearchPage(Range(801, 200), hasNext: true));

        var ids = await IdsAsync(_client.Paginated.EndpointSearch("x", pageSize: 400));

        Assert.That(ids, Has.Count.EqualTo(1000));
        Assert.That(Queries, Is.EqualTo(new[] { "?filter_fulltext=x&limit=400", "?filter_fulltext=x&limit=400&offset=400", "?filter_fulltext=x&limit=200&offset=800" }));
    }

    [Test]
    public void EndpointSearch_caps_maxTotalResults_at_1000_and_sends_nothing_before_enumeration()
    {
        Assert.That(_client.Paginated.EndpointSearch("x").MaxTotalResults, Is.EqualTo(1000));
        Assert.That(_client.Paginated.EndpointSearch("x", maxTotalResults: 25_000).MaxTotalResults, Is.EqualTo(1000));
        Assert.That(_client.Paginated.EndpointSearch("x", maxTotalResults: 25).MaxTotalResults, Is.EqualTo(25));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task EndpointSearch_with_a_last_first_page_sends_one_request()
    {
        Server.AnswerInTurn(SearchPage([1], hasNext: false));

        var ids = await IdsAsync(_client.Paginated.EndpointSearch("x"));

        Assert.That(ids, Is.EqualTo(new[] { "ep-1" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?filter_fulltext=x&limit=100" }));
    }

    [Test]
    public async Task EndpointSearch_pages_are_typed_and_keep_has_next_page()
    {
        Server.AnswerInTurn(SearchPage([1, 2], hasNext: true), SearchPage([3], hasNext: false));

        var pages = new List<EndpointList>();
        await foreach (var page in _client.Paginated.EndpointSearch("x", pageSize: 2).AsPages())
        {
            pages.Add(page.Value);
        }

        Assert.That(pages.Select(p => p.HasNextPage), Is.EqualTo(new bool?[] { true, false }));
        Assert.That(pages.Select(p => p.Data!.Count), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void A_failing_second_page_raises_TransferApiException_after_the_first_pages_endpoints()
    {
        Server.AnswerInTurn(SearchPage([1, 2], hasNext: true), ScriptedAnswers.Status(502, """{"code": "BadGateway", "message": "upstream"}"""));
        var seen = new List<string>();

        var error = Assert.ThrowsAsync<TransferApiException>(async () =>
        {
            await foreach (var endpoint in _client.Paginated.EndpointSearch("x", pageSize: 2))
            {
                seen.Add(endpoint.Id!);
            }
        })!;

        Assert.That(seen, Is.EqualTo(new[] { "ep-1", "ep-2" }));
        Assert.That(error.HttpStatus, Is.EqualTo(502));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task GetSharedEndpointList_follows_next_token_until_it_is_null()
    {
        Server.AnswerInTurn(SharePage([1, 2], "t-1"), SharePage([3], "t-2"), SharePage([4], null));

        var ids = await IdsAsync(_client.Paginated.GetSharedEndpointList(Host));

        Assert.That(ids, Is.EqualTo(new[] { "ep-1", "ep-2", "ep-3", "ep-4" }));
        Assert.That(Queries, Is.EqualTo(new[] { "", "?next_token=t-1", "?next_token=t-2" }));
    }

    [Test]
    public async Task GetSharedEndpointList_sends_max_results_on_every_page_and_stops_when_next_token_is_missing()
    {
        Server.AnswerInTurn(SharePage([1, 2], "t-1"), ScriptedAnswers.Status(200, $$"""{"shared_endpoints": {{Endpoints([3])}}}"""));

        var ids = await IdsAsync(_client.Paginated.GetSharedEndpointList(Host, maxResults: 2, queryParams: [new("extra", "1")]));

        Assert.That(ids, Is.EqualTo(new[] { "ep-1", "ep-2", "ep-3" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?max_results=2&extra=1", "?max_results=2&next_token=t-1&extra=1" }));
    }

    [Test]
    public async Task GetSharedEndpointList_stops_at_maxTotalResults_although_a_next_token_was_given()
    {
        Server.AnswerInTurn(SharePage([1, 2], "t-1"), SharePage([3, 4], "t-2"), SharePage([5], null));

        var ids = await IdsAsync(_client.Paginated.GetSharedEndpointList(Host, maxTotalResults: 3));

        Assert.That(ids, Is.EqualTo(new[] { "ep-1", "ep-2", "ep-3" }));
        Assert.That(Queries, Is.EqualTo(new[] { "", "?next_token=t-1" }));
    }

    [Test]
    public void GetSharedEndpointList_refuses_an_empty_host_and_bad_bounds_before_any_request()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => _client.Paginated.GetSharedEndpointList(""))!.ParamName, Is.EqualTo("endpointId"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.GetSharedEndpointList(Host, maxResults: 0))!.ParamName, Is.EqualTo("maxResults"));
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
