using Globus.Sdk.Flows;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Flows;

/// <summary>
/// <c>client.Paginated</c> for Flows on the wire, as Python 4.9 pages them: <c>marker</c> from each page until
/// <c>has_next_page</c> is false (flows, runs, run logs, registered APIs), and until the marker is null (web
/// inputs); the caller's other arguments (repeated <c>orderby</c>, filters, <c>per_page</c>) on every page.
/// </summary>
public class FlowsPaginatedWireTests : WireMockTestBase
{
    private const string RunId = "36ad9f9a-ad29-488f-beb4-c22ab729643a";

    private FlowsClient _client = null!;

    [SetUp]
    public void NewClient() => _client = new FlowsClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    private IReadOnlyList<string> Queries => Requests.Select(e => e.RequestMessage.RawQuery ?? "").ToList();

    private static WireMock.ResponseBuilders.IResponseBuilder Page(string key, string item, string[] ids, bool? hasNext, string? marker) =>
        ScriptedAnswers.Status(200, "{" + $"\"{key}\": [" + string.Join(",", ids.Select(id => $"{{\"{item}\": \"{id}\"}}")) + "]"
            + (hasNext is { } more ? $", \"has_next_page\": {(more ? "true" : "false")}" : "")
            + $", \"marker\": {(marker is null ? "null" : $"\"{marker}\"")}" + "}");

    [Test]
    public async Task ListFlows_sends_each_pages_marker_until_has_next_page_is_false_keeping_the_repeated_orderby()
    {
        // The last page still has a marker: has_next_page, not the marker, ends a marker walk.
        Server.AnswerInTurn(Page("flows", "id", ["f1", "f2"], true, "m1"), Page("flows", "id", ["f3"], true, "m2"), Page("flows", "id", ["f4"], false, "m3"));

        var ids = await _client.Paginated.ListFlows(filterRoles: ["flow_owner"], orderby: ["title ASC", "updated_at DESC"]).Select(f => f.Id).ToListAsync();

        Assert.That(ids, Is.EqualTo(new[] { "f1", "f2", "f3", "f4" }));
        const string Filters = "?filter_roles=flow_owner&orderby=title%20ASC&orderby=updated_at%20DESC";
        Assert.That(Queries, Is.EqualTo(new[] { Filters, Filters + "&marker=m1", Filters + "&marker=m2" }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { "/flows" }));
    }

    [Test]
    public async Task ListRuns_walks_its_pages_and_yields_typed_runs()
    {
        Server.AnswerInTurn(Page("runs", "run_id", ["r1"], true, "m1"), Page("runs", "run_id", ["r2", "r3"], false, null));

        var pages = await _client.Paginated.ListRuns(filterFlowId: ["f1", "f2"]).AsPages().ToListAsync();

        Assert.That(pages.Select(p => p.Value.Select(r => r.RunId).ToList()), Is.EqualTo(new[] { new[] { "r1" }, new[] { "r2", "r3" } }));
        Assert.That(pages.Select(p => p.Value.HasNextPage), Is.EqualTo(new[] { true, false }));
        Assert.That(Queries, Is.EqualTo(new[] { "?filter_flow_id=f1%2Cf2", "?filter_flow_id=f1%2Cf2&marker=m1" }));
    }

    [Test]
    public async Task GetRunLogs_sends_the_page_size_as_limit_and_reverse_order_on_every_page()
    {
        Server.AnswerInTurn(Page("entries", "code", ["FlowStarted", "PassStarted"], true, "m1"), Page("entries", "code", ["FlowSucceeded"], false, null));

        var codes = await _client.Paginated.GetRunLogs(RunId, reverseOrder: true, pageSize: 2).Select(e => e.Code).ToListAsync();

        Assert.That(codes, Is.EqualTo(new[] { "FlowStarted", "PassStarted", "FlowSucceeded" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=2&reverse_order=True", "?limit=2&reverse_order=True&marker=m1" }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { $"/runs/{RunId}/log" }));
    }

    [Test]
    public async Task GetRunLogs_sends_no_limit_unless_a_page_size_is_given_and_stops_at_the_cap()
    {
        Server.AnswerInTurn(Page("entries", "code", ["a", "b"], true, "m1"), Page("entries", "code", ["c", "d"], true, "m2"));

        var codes = await _client.Paginated.GetRunLogs(RunId, maxTotalResults: 3).Select(e => e.Code).ToListAsync();

        Assert.That(codes, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Queries, Is.EqualTo(new[] { "", "?marker=m1" }));
    }

    [Test]
    public async Task ListRegisteredApis_keeps_per_page_and_the_repeated_orderby_on_every_page()
    {
        Server.AnswerInTurn(Page("registered_apis", "id", ["a1"], true, "m1"), Page("registered_apis", "id", ["a2"], true, "m2"), Page("registered_apis", "id", ["a3"], false, "m3"));

        var ids = await _client.Paginated.ListRegisteredApis(orderby: ["name ASC", "id DESC"], perPage: 1).Select(a => a.Id).ToListAsync();

        Assert.That(ids, Is.EqualTo(new[] { "a1", "a2", "a3" }));
        const string Query = "?orderby=name%20ASC&orderby=id%20DESC&per_page=1";
        Assert.That(Queries, Is.EqualTo(new[] { Query, "?orderby=name%20ASC&orderby=id%20DESC&marker=m1&per_page=1", "?orderby=name%20ASC&orderby=id%20DESC&marker=m2&per_page=1" }));
    }

    [Test]
    public async Task ListWebInputs_sends_the_marker_until_it_is_null_whatever_has_next_page_says()
    {
        // No has_next_page at all, as the service sends web input pages: a null marker ends the walk.
        Server.AnswerInTurn(Page("web_input_summaries", "id", ["w1", "w2"], null, "m1"), Page("web_input_summaries", "id", ["w3"], false, "m2"),
            Page("web_input_summaries", "id", ["w4"], null, null));

        var ids = await _client.Paginated.ListWebInputs(filterStates: ["open"], orderby: ["created_timestamp DESC", "title ASC"], perPage: 2).Select(w => w.Id).ToListAsync();

        Assert.That(ids, Is.EqualTo(new[] { "w1", "w2", "w3", "w4" }));
        const string Query = "?filter_states=open&orderby=created_timestamp%20DESC%2Ctitle%20ASC&per_page=2";
        Assert.That(Queries, Is.EqualTo(new[] { Query, Query + "&marker=m1", Query + "&marker=m2" }));
    }

    [Test]
    public void A_failing_page_is_a_FlowsApiException_and_bad_paging_values_are_refused_before_any_request()
    {
        Server.AnswerInTurn(Page("flows", "id", ["f1"], true, "m1"), ScriptedAnswers.Status(500, """{"error": {"code": "SERVER_ERROR", "detail": "boom"}}"""));

        var error = Assert.ThrowsAsync<FlowsApiException>(async () => await _client.Paginated.ListFlows().ToListAsync())!;

        Assert.That(error.Messages, Is.EqualTo(new[] { "boom" }));
        Assert.That(Requests, Has.Count.EqualTo(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.GetRunLogs(RunId, pageSize: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.ListRuns(maxTotalResults: -1));
        Assert.That(Requests, Has.Count.EqualTo(2));
    }
}
