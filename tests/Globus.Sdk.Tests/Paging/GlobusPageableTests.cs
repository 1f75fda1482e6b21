using System.Globalization;
using System.Text.Json;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Paging;

/// <summary>
/// Every paging style over several pages: the exact requests sent, the stop conditions, caps, errors and cancellation.
/// Each test runs on both item walks: over typed pages, and reading the items in place from each page's body
/// (what generated paginated methods of model items do).
/// </summary>
[TestFixture(false)]
[TestFixture(true)]
public class GlobusPageableTests(bool itemsInPlace) : WireMockTestBase
{
    private const string ListPath = "/v0.10/things";

    private BaseClient _client = null!;

    [SetUp]
    public void NewClient() => _client = new BaseClient("transfer", options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    /// <summary>A pageable the way a generated paginated method builds one: paging values go into the query.</summary>
    private GlobusPageable<JsonElement, JsonElement> Pageable(PagingOptions options, string markerParameter = "marker") =>
        new(
            async (request, cancellationToken) =>
            {
                var query = new Dictionary<string, string?>
                {
                    ["limit"] = request.Limit?.ToString(CultureInfo.InvariantCulture),
                    ["offset"] = request.Offset?.ToString(CultureInfo.InvariantCulture),
                    [markerParameter] = request.Marker,
                };
                var response = await _client.GetAsync(ListPath, query, cancellationToken: cancellationToken);
                return GlobusResponse<JsonElement>.FromResponse(response, TestJson.ObjectTypeInfo);
            },
            page => page.GetProperty("DATA").EnumerateArray(),
            options,
            items: itemsInPlace ? new PageItems<JsonElement>("DATA", TestJson.ObjectTypeInfo, _client) : null);

    /// <summary>Answers requests whose query has <paramref name="name"/>=<paramref name="value"/> (or, when null, any other request).</summary>
    private void Page(string? name, string? value, string json)
    {
        var request = Request.Create().UsingGet().WithPath(ListPath);
        var mapping = name is null ? Server.Given(request).AtPriority(100) : Server.Given(request.WithParam(name, value!)).AtPriority(1);
        mapping.RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(json));
    }

    private static string Items(params int[] ids) => "[" + string.Join(",", ids.Select(i => $"{{\"id\": {i}}}")) + "]";

    private IReadOnlyList<string> Queries => Requests.Select(e => e.RequestMessage.RawQuery ?? "").ToList();

    private static async Task<List<int>> IdsAsync(IAsyncEnumerable<JsonElement> items, CancellationToken cancellationToken = default)
    {
        var ids = new List<int>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            ids.Add(item.GetProperty("id").GetInt32());
        }

        return ids;
    }

    [Test]
    public async Task Limit_offset_with_has_next_page_walks_until_it_is_false()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "has_next_page": true}""");
        Page("offset", "2", $$"""{"DATA": {{Items(3, 4)}}, "has_next_page": true}""");
        Page("offset", "4", $$"""{"DATA": {{Items(5)}}, "has_next_page": false}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.LimitOffsetHasNextPage, PageSize: 2)));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=2", "?limit=2&offset=2", "?limit=2&offset=4" }));
    }

    [Test]
    public async Task Size_key_moves_the_offset_by_the_count_the_service_reports()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "count": 10, "has_next_page": true}""");
        Page("offset", "10", $$"""{"DATA": {{Items(3)}}, "count": 1, "has_next_page": false}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.LimitOffsetHasNextPage, PageSize: 10, SizeKey: "count")));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=10", "?limit=10&offset=10" }));
    }

    [Test]
    public async Task Limit_offset_with_total_stops_when_the_offset_reaches_it()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "total": 5}""");
        Page("offset", "2", $$"""{"DATA": {{Items(3, 4)}}, "total": 5}""");
        Page("offset", "4", $$"""{"DATA": {{Items(5)}}, "total": 5}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.LimitOffsetTotal, PageSize: 2)));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Max_total_results_clips_the_last_limit_and_stops()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "has_next_page": true}""");
        Page("offset", "2", $$"""{"DATA": {{Items(3)}}, "has_next_page": true}""");

        var pageable = Pageable(new(PagingStyle.LimitOffsetHasNextPage, PageSize: 2, MaxTotalResults: 3));
        var ids = await IdsAsync(pageable);

        Assert.That(pageable.MaxTotalResults, Is.EqualTo(3));
        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=2", "?limit=1&offset=2" }));
    }

    [Test]
    public async Task Marker_style_sends_the_previous_marker_until_has_next_page_is_false()
    {
        Page(null, null, $$"""{"DATA": {{Items(1)}}, "marker": "m-1", "has_next_page": true}""");
        Page("marker", "m-1", $$"""{"DATA": {{Items(2)}}, "marker": "m-2", "has_next_page": true}""");
        Page("marker", "m-2", $$"""{"DATA": {{Items(3)}}, "marker": "m-3", "has_next_page": false}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.Marker, PageSize: 1)));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=1", "?limit=1&marker=m-1", "?limit=1&marker=m-2" }));
    }

    [Test]
    public async Task Nullable_marker_style_stops_when_the_next_marker_is_null()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "next_marker": "abc"}""");
        Page("marker", "abc", $$"""{"DATA": {{Items(3)}}, "next_marker": null}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.NullableMarker, PageSize: 100, MarkerKey: "next_marker")));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Last_key_style_sends_last_key_until_has_next_page_is_false()
    {
        Page(null, null, $$"""{"DATA": {{Items(1)}}, "last_key": "k1", "has_next_page": true}""");
        Page("last_key", "k1", $$"""{"DATA": {{Items(2)}}, "last_key": "k2", "has_next_page": false}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.LastKey, PageSize: 1), markerParameter: "last_key"));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(Queries[1], Does.Contain("last_key=k1"));
    }

    [Test]
    public async Task Next_token_style_stops_when_no_token_comes_back()
    {
        Page(null, null, $$"""{"DATA": {{Items(1)}}, "next_token": "t1"}""");
        Page("next_token", "t1", $$"""{"DATA": {{Items(2)}}}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.NextToken, PageSize: 1), markerParameter: "next_token"));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Marker_style_stops_fetching_once_the_cap_is_reached()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "marker": "m-1", "has_next_page": true}""");
        Page("marker", "m-1", $$"""{"DATA": {{Items(3, 4)}}, "marker": "m-2", "has_next_page": true}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.Marker, PageSize: 2, MaxTotalResults: 3)));

        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [TestCase(nameof(PagingStyle.LimitOffsetHasNextPage))]
    [TestCase(nameof(PagingStyle.LimitOffsetTotal))]
    public async Task An_empty_first_page_ends_an_offset_walk_even_if_the_service_says_there_is_more(string styleName)
    {
        // An empty page cannot move the offset: asking again would repeat the same request for ever.
        Page(null, null, """{"DATA": [], "has_next_page": true, "total": 10}""");

        var ids = await IdsAsync(Pageable(new(Enum.Parse<PagingStyle>(styleName), PageSize: 10)));

        Assert.That(ids, Is.Empty);
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_empty_marker_page_may_still_lead_on()
    {
        Page(null, null, """{"DATA": [], "marker": "m-1", "has_next_page": true}""");
        Page("marker", "m-1", $$"""{"DATA": {{Items(1)}}, "marker": "m-2", "has_next_page": false}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.Marker, PageSize: 10)));

        Assert.That(ids, Is.EqualTo(new[] { 1 }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task An_empty_only_page_yields_nothing()
    {
        Page(null, null, """{"DATA": [], "marker": null, "has_next_page": false}""");

        var ids = await IdsAsync(Pageable(new(PagingStyle.Marker, PageSize: 10)));

        Assert.That(ids, Is.Empty);
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failing_middle_page_raises_after_the_earlier_items_and_skips_nothing()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "has_next_page": true}""");
        Server.Given(Request.Create().UsingGet().WithPath(ListPath).WithParam("offset", "2")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"code": "ServerError", "message": "boom"}"""));
        var seen = new List<int>();

        var error = Assert.ThrowsAsync<GlobusApiException>(async () =>
        {
            await foreach (var item in Pageable(new(PagingStyle.LimitOffsetHasNextPage, PageSize: 2)))
            {
                seen.Add(item.GetProperty("id").GetInt32());
            }
        })!;

        Assert.That(seen, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(error.HttpStatus, Is.EqualTo(500));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
        await Task.CompletedTask;
    }

    [Test]
    public async Task Cancelling_between_pages_stops_before_the_next_request()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "has_next_page": true}""");
        Page("offset", "2", $$"""{"DATA": {{Items(3)}}, "has_next_page": false}""");
        using var cancellation = new CancellationTokenSource();
        var seen = new List<int>();

        Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in Pageable(new(PagingStyle.LimitOffsetHasNextPage, PageSize: 2)).WithCancellation(cancellation.Token))
            {
                seen.Add(item.GetProperty("id").GetInt32());
                cancellation.Cancel();
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { 1, 2 }), "the page in hand is finished");
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
        await Task.CompletedTask;
    }

    [Test]
    public async Task As_pages_gives_each_typed_page_with_its_top_level_fields()
    {
        Page(null, null, $$"""{"DATA": {{Items(1, 2)}}, "total": 3}""");
        Page("offset", "2", $$"""{"DATA": {{Items(3)}}, "total": 3}""");

        var totals = new List<int>();
        await foreach (var page in Pageable(new(PagingStyle.LimitOffsetTotal, PageSize: 2)).AsPages())
        {
            totals.Add(page.Value.GetProperty("total").GetInt32());
            Assert.That(page.HttpStatus, Is.EqualTo(200));
        }

        Assert.That(totals, Is.EqualTo(new[] { 3, 3 }));
    }

    [Test]
    public async Task A_pageable_can_be_built_from_pages_for_callers_tests()
    {
        var pages = new[] { """{"DATA": [{"id": 1}]}""", """{"DATA": [{"id": 2}, {"id": 3}]}""" }
            .Select(json => GlobusResponse<JsonElement>.FromResponse(GlobusResponse.FromJson(json), TestJson.ObjectTypeInfo));

        var pageable = GlobusPageable<JsonElement, JsonElement>.FromPages(pages, page => page.GetProperty("DATA").EnumerateArray());

        Assert.That(await IdsAsync(pageable), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(await IdsAsync(pageable), Is.EqualTo(new[] { 1, 2, 3 }), "enumerable more than once");
    }
}
