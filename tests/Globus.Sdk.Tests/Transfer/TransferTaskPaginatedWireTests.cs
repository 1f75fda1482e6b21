using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// <c>client.Paginated</c> for the task operations on the wire: <c>limit</c>/<c>offset</c> until <c>total</c>
/// (1000 a page, 1000 at most), and <c>marker</c> from each page's <c>next_marker</c> until it is null.
/// </summary>
public class TransferTaskPaginatedWireTests : WireMockTestBase
{
    private const string TaskId = TransferTaskWireTests.TaskId;

    private TransferClient _client = null!;

    [SetUp]
    public void NewClient() => _client = new TransferClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    private IReadOnlyList<string> Queries => Requests.Select(e => e.RequestMessage.RawQuery ?? "").ToList();

    private static string Tasks(IEnumerable<int> ids) =>
        "[" + string.Join(",", ids.Select(i => $$"""{"DATA_TYPE": "task", "task_id": "t{{i}}"}""")) + "]";

    private static WireMock.ResponseBuilders.IResponseBuilder TaskPage(int total, params int[] ids) =>
        ScriptedAnswers.Status(200, $$"""{"DATA_TYPE": "task_list", "total": {{total}}, "DATA": {{Tasks(ids)}}}""");

    private static async Task<List<T>> AllAsync<T>(IAsyncEnumerable<T> items)
    {
        var all = new List<T>();
        await foreach (var item in items)
        {
            all.Add(item);
        }

        return all;
    }

    [Test]
    public async Task TaskList_walks_pages_by_offset_until_the_total_is_reached_and_keeps_its_filter()
    {
        Server.AnswerInTurn(TaskPage(5, 1, 2), TaskPage(5, 3, 4), TaskPage(5, 5));

        var tasks = await AllAsync(_client.Paginated.TaskList(filter: "status:ACTIVE", pageSize: 2));

        Assert.That(tasks.Select(t => t.TaskId), Is.EqualTo(new[] { "t1", "t2", "t3", "t4", "t5" }));
        Assert.That(Queries, Is.EqualTo(new[]
        {
            "?limit=2&filter=status%3AACTIVE",
            "?limit=2&offset=2&filter=status%3AACTIVE",
            "?limit=2&offset=4&filter=status%3AACTIVE",
        }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { "/v0.10/task_list" }));
    }

    [Test]
    public async Task TaskList_asks_for_1000_a_page_and_stops_at_the_services_1000_cap()
    {
        Server.AnswerInTurn(TaskPage(5000, Enumerable.Range(1, 1000).ToArray()));

        var tasks = await AllAsync(_client.Paginated.TaskList());

        Assert.That(tasks, Has.Count.EqualTo(1000));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=1000" }));
    }

    [Test]
    public async Task TaskList_clips_the_last_limit_to_maxTotalResults()
    {
        Server.AnswerInTurn(TaskPage(50, 1, 2, 3), TaskPage(50, 4, 5));

        var tasks = await AllAsync(_client.Paginated.TaskList(pageSize: 3, maxTotalResults: 5));

        Assert.That(tasks.Select(t => t.TaskId), Is.EqualTo(new[] { "t1", "t2", "t3", "t4", "t5" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=3", "?limit=2&offset=3" }));
    }

    [Test]
    public async Task TaskEventList_stops_when_the_offset_reaches_the_total()
    {
        const string Event = """{"DATA_TYPE": "event", "code": "STARTED"}""";
        Server.AnswerInTurn(
            ScriptedAnswers.Status(200, $$"""{"total": 3, "DATA": [{{Event}}, {{Event}}]}"""),
            ScriptedAnswers.Status(200, $$"""{"total": 3, "DATA": [{{Event}}]}"""));

        var events = await AllAsync(_client.Paginated.TaskEventList(TaskId, pageSize: 2));

        Assert.That(events, Has.Count.EqualTo(3));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=2", "?limit=2&offset=2" }));
        Assert.That(Requests.Select(r => r.RequestMessage.Path).Distinct(), Is.EqualTo(new[] { $"/v0.10/task/{TaskId}/event_list" }));
    }

    [Test]
    public async Task TaskSuccessfulTransfers_sends_each_next_marker_until_it_is_null()
    {
        static WireMock.ResponseBuilders.IResponseBuilder Page(string next, string path) =>
            ScriptedAnswers.Status(200, $$"""{"DATA_TYPE": "successful_transfers", "next_marker": {{next}}, "DATA": [{"source_path": "{{path}}"}]}""");
        Server.AnswerInTurn(Page("\"m2\"", "/a"), Page("3", "/b"), Page("null", "/c"));

        var files = await AllAsync(_client.Paginated.TaskSuccessfulTransfers(TaskId, queryParams: [new("extra", "1")]));

        Assert.That(files.Select(f => f.SourcePath), Is.EqualTo(new[] { "/a", "/b", "/c" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?extra=1", "?marker=m2&extra=1", "?marker=3&extra=1" }));
    }

    [Test]
    public async Task TaskSkippedErrors_stops_after_a_page_without_next_marker_and_honours_maxTotalResults()
    {
        static WireMock.ResponseBuilders.IResponseBuilder Page(string next, int count) =>
            ScriptedAnswers.Status(200, $$"""{"next_marker": {{next}}, "DATA": [{{string.Join(",", Enumerable.Repeat("""{"error_code": "E"}""", count))}}]}""");
        Server.AnswerInTurn(Page("\"m2\"", 2), Page("\"m3\"", 2), Page("null", 2));

        var capped = await AllAsync(_client.Paginated.TaskSkippedErrors(TaskId, maxTotalResults: 3));

        Assert.That(capped, Has.Count.EqualTo(3));
        Assert.That(Queries, Is.EqualTo(new[] { "", "?marker=m2" }));
    }

    [Test]
    public void Paging_arguments_are_checked_before_any_request()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.TaskList(pageSize: 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => _client.Paginated.TaskList(maxTotalResults: -1));
            Assert.Throws<ArgumentException>(() => _client.Paginated.TaskSuccessfulTransfers(""));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
