using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Search;

/// <summary>
/// <c>client.Paginated</c> for Search on the wire: one request per page with the exact paging values,
/// in the query for <c>search</c> and in the JSON body for <c>post_search</c> and <c>scroll</c>, the
/// stop conditions, the service's 10,000-result cap, errors and cancellation between pages.
/// </summary>
public class SearchPaginatedWireTests : WireMockTestBase
{
    private const string Idx = "4de0e89e-a395-11e7-bc54-8c705ad34f60";

    private SearchClient _client = null!;

    [SetUp]
    public void NewClient() => _client = new SearchClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    private static string GMeta(params int[] ids) =>
        "[" + string.Join(",", ids.Select(i => $$"""{"subject": "s{{i}}", "entries": []}""")) + "]";

    /// <summary>A Search page whose count is its number of results, unless told otherwise.</summary>
    private static WireMock.ResponseBuilders.IResponseBuilder Page(int[] ids, bool hasNext, int? count = null, string extra = "") =>
        ScriptedAnswers.Status(200, $$"""{"gmeta": {{GMeta(ids)}}, "count": {{count ?? ids.Length}}, "total": 5, "has_next_page": {{(hasNext ? "true" : "false")}}{{extra}}}""");

    private IReadOnlyList<string> Queries => Requests.Select(e => e.RequestMessage.RawQuery ?? "").ToList();

    private IReadOnlyList<JsonNode?> Bodies => Requests.Select(e => JsonNode.Parse(e.RequestMessage.Body!)).ToList();

    private static async Task<List<string>> SubjectsAsync(IAsyncEnumerable<GMetaResult> results, CancellationToken cancellationToken = default)
    {
        var subjects = new List<string>();
        await foreach (var result in results.WithCancellation(cancellationToken))
        {
            subjects.Add(result.Subject!);
        }

        return subjects;
    }

    private static void AssertBodies(IReadOnlyList<JsonNode?> actual, params string[] expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(JsonNode.DeepEquals(actual[i], JsonNode.Parse(expected[i])), Is.True, $"request {i + 1}: {actual[i]?.ToJsonString()}");
        }
    }

    [Test]
    public async Task Search_walks_three_pages_with_limit_first_then_offset_until_has_next_page_is_false()
    {
        Server.AnswerInTurn(Page([1, 2], hasNext: true), Page([3, 4], hasNext: true), Page([5], hasNext: false));

        var subjects = await SubjectsAsync(_client.Paginated.Search(Idx, "ocean", pageSize: 2));

        Assert.That(subjects, Is.EqualTo(new[] { "s1", "s2", "s3", "s4", "s5" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?q=ocean&limit=2", "?q=ocean&offset=2&limit=2", "?q=ocean&offset=4&limit=2" }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { $"/v1/index/{Idx}/search" }));
    }

    [Test]
    public async Task Search_moves_the_offset_by_the_count_the_service_reports_and_keeps_the_other_arguments()
    {
        Server.AnswerInTurn(Page([1], hasNext: true, count: 3), Page([2], hasNext: false));

        var subjects = await SubjectsAsync(_client.Paginated.Search(Idx, "ocean", advanced: true, queryParams: [new("extra", "1")], pageSize: 3));

        Assert.That(subjects, Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?q=ocean&limit=3&advanced=True&extra=1", "?q=ocean&offset=3&limit=3&advanced=True&extra=1" }));
    }

    [Test]
    public async Task Search_asks_for_100_a_page_and_clips_the_last_limit_to_the_cap()
    {
        var hundred = Enumerable.Range(1, 100).ToArray();
        Server.AnswerInTurn(Page(hundred, hasNext: true), Page(Enumerable.Range(101, 50).ToArray(), hasNext: true));

        var subjects = await SubjectsAsync(_client.Paginated.Search(Idx, "*", maxTotalResults: 150));

        Assert.That(subjects, Has.Count.EqualTo(150));
        Assert.That(Queries, Is.EqualTo(new[] { "?q=%2A&limit=100", "?q=%2A&offset=100&limit=50" }));
    }

    [Test]
    public void Search_never_pages_past_the_services_10000_results()
    {
        Assert.That(_client.Paginated.Search(Idx, "*").MaxTotalResults, Is.EqualTo(10000));
        Assert.That(_client.Paginated.Search(Idx, "*", maxTotalResults: 50_000).MaxTotalResults, Is.EqualTo(10000));
        Assert.That(_client.Paginated.Search(Idx, "*", maxTotalResults: 7).MaxTotalResults, Is.EqualTo(7));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task PostSearch_puts_limit_and_offset_in_the_JSON_body_and_keeps_the_callers_fields()
    {
        Server.AnswerInTurn(Page([1, 2], hasNext: true), Page([3], hasNext: false));
        var query = GSearchRequest.FromJson(new JsonObject { ["q"] = "ocean", ["limit"] = 7, ["facets"] = new JsonArray(new JsonObject { ["field_name"] = "type" }) });

        var subjects = await SubjectsAsync(_client.Paginated.PostSearch(Idx, query, pageSize: 2));

        Assert.That(subjects, Is.EqualTo(new[] { "s1", "s2", "s3" }));
        Assert.That(Queries, Is.EqualTo(new[] { "", "" }));
        AssertBodies(
            Bodies,
            """{"q": "ocean", "limit": 2, "facets": [{"field_name": "type"}]}""",
            """{"q": "ocean", "limit": 2, "offset": 2, "facets": [{"field_name": "type"}]}""");
        Assert.That(query.Limit, Is.EqualTo(7), "the caller's document is not changed");
    }

    [Test]
    public async Task Scroll_sends_the_marker_of_the_previous_page_in_the_JSON_body()
    {
        Server.AnswerInTurn(
            Page([1, 2], hasNext: true, extra: """, "marker": "m-1" """),
            Page([3], hasNext: true, extra: """, "marker": "m-2" """),
            Page([4], hasNext: false, extra: """, "marker": null"""));
        var scroll = GScrollRequest.FromJson(new JsonObject { ["q"] = "*", ["limit"] = 2 });

        var subjects = new List<string>();
        await foreach (var result in _client.Paginated.Scroll(Idx, scroll))
        {
            subjects.Add(result.Subject!);
        }

        Assert.That(subjects, Is.EqualTo(new[] { "s1", "s2", "s3", "s4" }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { $"/v1/index/{Idx}/scroll" }));
        AssertBodies(
            Bodies,
            """{"q": "*", "limit": 2}""",
            """{"q": "*", "limit": 2, "marker": "m-1"}""",
            """{"q": "*", "limit": 2, "marker": "m-2"}""");
    }

    [Test]
    public async Task An_empty_first_page_yields_nothing_after_one_request()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"gmeta": [], "count": 0, "total": 0, "has_next_page": false}"""));

        var subjects = await SubjectsAsync(_client.Paginated.Search(Idx, "nothing"));

        Assert.That(subjects, Is.Empty);
        Assert.That(Queries, Is.EqualTo(new[] { "?q=nothing&limit=100" }));
    }

    [Test]
    public void A_failing_middle_page_raises_SearchApiException_after_the_first_pages_items()
    {
        Server.AnswerInTurn(
            Page([1, 2], hasNext: true),
            ScriptedAnswers.Status(502, """{"code": "BadGateway", "message": "upstream failed"}"""),
            Page([5], hasNext: false));
        var seen = new List<string>();

        var error = Assert.ThrowsAsync<SearchApiException>(async () =>
        {
            await foreach (var result in _client.Paginated.Search(Idx, "ocean", pageSize: 2))
            {
                seen.Add(result.Subject!);
            }
        })!;

        Assert.That(seen, Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(error.HttpStatus, Is.EqualTo(502));
        Assert.That(error.Code, Is.EqualTo("BadGateway"));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public void Cancelling_between_pages_stops_the_walk_before_the_next_request()
    {
        Server.AnswerInTurn(Page([1, 2], hasNext: true), Page([3], hasNext: false));
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string>();

        Assert.That(
            async () =>
            {
                await foreach (var result in _client.Paginated.Search(Idx, "ocean", pageSize: 2).WithCancellation(cancellation.Token))
                {
                    seen.Add(result.Subject!);
                    if (seen.Count == 2)
                    {
                        cancellation.Cancel();
                    }
                }
            },
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(seen, Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_token_given_to_the_paginated_method_stops_the_walk_as_the_enumerations_does()
    {
        Server.AnswerInTurn(Page([1, 2], hasNext: true), Page([3], hasNext: false));
        using var cancellation = new CancellationTokenSource();
        using var enumeration = new CancellationTokenSource();
        var seen = new List<string>();

        Assert.That(
            async () =>
            {
                await foreach (var result in _client.Paginated.Search(Idx, "ocean", pageSize: 2, cancellationToken: cancellation.Token).WithCancellation(enumeration.Token))
                {
                    seen.Add(result.Subject!);
                    if (seen.Count == 2)
                    {
                        cancellation.Cancel();
                    }
                }
            },
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(seen, Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task AsPages_exposes_the_typed_pages_with_their_facets_and_total()
    {
        Server.AnswerInTurn(
            Page([1, 2], hasNext: true, extra: """, "facet_results": [{"name": "by_type", "buckets": [{"value": "nc", "count": 3}]}]"""),
            Page([3], hasNext: false));

        var pages = new List<GlobusResponse<SearchResult>>();
        await foreach (var page in _client.Paginated.Search(Idx, "ocean", pageSize: 2).AsPages())
        {
            pages.Add(page);
        }

        Assert.That(pages, Has.Count.EqualTo(2));
        Assert.That(pages[0].Value.Total, Is.EqualTo(5));
        Assert.That(pages[0].Value.FacetResults!.Single().Name, Is.EqualTo("by_type"));
        Assert.That(pages[0].Value.FacetResults!.Single().Buckets!.Single().Count, Is.EqualTo(3));
        Assert.That(pages[1].Value.Select(r => r.Subject), Is.EqualTo(new[] { "s3" }));
    }

    [Test]
    public void Page_size_cap_and_required_arguments_are_checked_before_any_request()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.Search(Idx, "*", pageSize: 0))!.ParamName, Is.EqualTo("pageSize"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.PostSearch(Idx, new GSearchRequest(), maxTotalResults: -1))!.ParamName, Is.EqualTo("maxTotalResults"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.Scroll(Idx, new GScrollRequest(), maxTotalResults: -1))!.ParamName, Is.EqualTo("maxTotalResults"));
            Assert.That(Assert.Throws<ArgumentException>(() => _client.Paginated.Search(" ", "*"))!.ParamName, Is.EqualTo("indexId"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => _client.Paginated.PostSearch(Idx, null!))!.ParamName, Is.EqualTo("data"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task A_cap_of_zero_sends_nothing()
    {
        var subjects = await SubjectsAsync(_client.Paginated.Search(Idx, "*", maxTotalResults: 0));

        Assert.That(subjects, Is.Empty);
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task Paginated_can_be_mocked_and_exists_on_a_mocking_client()
    {
        var page = GlobusResponse<SearchResult>.FromResponse(
            GlobusResponse.FromJson($$"""{"gmeta": {{GMeta(9)}}, "count": 1, "has_next_page": false}"""), SearchJsonContext.Default.SearchResult);
        var paginated = new CannedPaginated(GlobusPageable<SearchResult, GMetaResult>.FromPages([page], p => p));

        var subjects = await SubjectsAsync(paginated.Search(Idx, "*"));

        Assert.That(subjects, Is.EqualTo(new[] { "s9" }));
        Assert.That(new MockingClient().Paginated, Is.Not.Null);
    }

    private sealed class CannedPaginated(GlobusPageable<SearchResult, GMetaResult> pages) : SearchClientPaginated
    {
        public override GlobusPageable<SearchResult, GMetaResult> Search(
            string indexId, string q, bool? advanced = null, bool? bypassVisibleTo = null, IEnumerable<string>? filterPrincipalSets = null,
            IEnumerable<KeyValuePair<string, string?>>? queryParams = null, int? pageSize = null, int? maxTotalResults = null, CancellationToken cancellationToken = default) => pages;
    }

    private sealed class MockingClient : SearchClient
    {
    }
}
