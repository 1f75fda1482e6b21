using System.Text;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// A body over 64 KiB is received in pieces that stay off the large-object heap: every view of it (the typed
/// value, the paging cursor, <see cref="GlobusResponse.Data"/>, <see cref="GlobusResponse.Text"/>,
/// <see cref="GlobusResponse.BinaryContent"/>) is exactly what one contiguous body gives, wherever a piece ends:
/// inside a multi-byte character, a string, a number or a property name; with or without a <c>Content-Length</c>.
/// </summary>
public class LargeBodyWireTests : WireMockTestBase
{
    private TransferClient Client() =>
        new(new AccessTokenAuthorizer("large-body-token-0123456789"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    /// <summary>A task list page of <paramref name="count"/> tasks, labels with two- and three-byte characters.</summary>
    private static string TaskPage(int count, string padding = "") =>
        "{\"DATA_TYPE\": \"task_list\", \"offset\": 0, \"limit\": " + count + ", \"total\": " + count + padding + ", \"DATA\": ["
        + string.Join(", ", Enumerable.Range(0, count).Select(i =>
            $$"""{"DATA_TYPE": "task", "task_id": "task-{{i}}", "label": "étiquette ✓ {{i}}", "bytes_transferred": {{i * 4096L}}, "status": "SUCCEEDED", "is_ok": true}"""))
        + "]}";

    private void Answer(string json, bool gzip)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8");
        if (gzip)
        {
            response = response.WithHeader("Content-Encoding", "gzip").WithBody(GzipBodies.Compress(bytes));
        }
        else
        {
            response = response.WithBody(bytes);
        }

        Server.Given(Request.Create().UsingGet()).RespondWith(response);
    }

    [TestCase(false, 2_000)]
    [TestCase(true, 2_000)]
    [TestCase(false, 1)]
    [TestCase(true, 1)]
    public async Task Every_view_of_a_body_is_the_body_as_sent(bool gzip, int tasks)
    {
        var json = TaskPage(tasks);
        Answer(json, gzip);

        var page = await Client().TaskListAsync();
        var pieces = new List<int>();
        foreach (var piece in page.Body)
        {
            pieces.Add(piece.Length);
        }

        Assert.Multiple(() =>
        {
            // Nothing of the body is on the large-object heap, whose arrays only a gen 2 collection frees.
            Assert.That(pieces, Has.All.LessThanOrEqualTo(ResponseBodyReader.SegmentSize));
            Assert.That(pieces.Sum(), Is.EqualTo(Encoding.UTF8.GetByteCount(json)));
            Assert.That(page.Value.Data!.Select(t => t.Label), Is.EqualTo(Enumerable.Range(0, tasks).Select(i => $"étiquette ✓ {i}")));
            Assert.That(page.Value.Data!.Select(t => t.BytesTransferred), Is.EqualTo(Enumerable.Range(0, tasks).Select(i => (long?)(i * 4096L))));
            Assert.That(page.Value.Data![^1].AdditionalProperties["is_ok"].GetBoolean(), Is.True);
            Assert.That(page.Text, Is.EqualTo(json));
            Assert.That(page.BinaryContent.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(json)));
            Assert.That(page.BinaryContent.ToArray(), Is.EqualTo(page.BinaryContent.ToArray()), "read twice, the same bytes");
            Assert.That(page.Data.GetProperty("DATA").GetArrayLength(), Is.EqualTo(tasks));
            Assert.That(page["total"].GetInt32(), Is.EqualTo(tasks));
        });
    }

    [Test]
    public async Task A_body_of_exactly_two_pieces_is_read_whole()
    {
        var json = TaskPage(300);
        var padded = TaskPage(300, padding: new string(' ', (2 * ResponseBodyReader.SegmentSize) - Encoding.UTF8.GetByteCount(json)));
        Assert.That(Encoding.UTF8.GetByteCount(padded), Is.EqualTo(2 * ResponseBodyReader.SegmentSize));
        Answer(padded, gzip: true);

        var page = await Client().TaskListAsync();

        Assert.That(page.Value.Data, Has.Count.EqualTo(300));
        Assert.That(page.Text, Is.EqualTo(padded));
    }

    [Test]
    public async Task The_paging_cursor_is_read_from_a_large_body()
    {
        // last_key paging: two pages of 1,000, each over 64 KiB, the cursor after the items.
        string Page(int first, bool more) =>
            "{\"DATA_TYPE\": \"task_list\", \"DATA\": ["
            + string.Join(", ", Enumerable.Range(first, 1000).Select(i => $$"""{"DATA_TYPE": "task", "task_id": "task-{{i}}", "label": "é {{i}}"}"""))
            + "], \"has_next_page\": " + (more ? "true" : "false") + ", \"last_key\": \"ключ-" + first + "\"}";
        Server.Given(Request.Create().UsingGet()).AtPriority(10).RespondWith(Response.Create().WithStatusCode(200).WithBody(Page(0, more: true)));
        Server.Given(Request.Create().UsingGet().WithParam("last_key", "ключ-0")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Page(1000, more: false)));

        var ids = new List<string?>();
        await foreach (var task in Client().Paginated.EndpointManagerTaskList())
        {
            ids.Add(task.TaskId);
        }

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 2000).Select(i => $"task-{i}")));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_request_id_after_the_items_of_a_large_body_is_read_without_parsing_it()
    {
        var json = TaskPage(2_000)[..^1] + ", \"request_id\": \"req-é-1\"}";
        Answer(json, gzip: true);

        var page = await Client().TaskListAsync();

        Assert.That(page.RequestId, Is.EqualTo("req-é-1"));
        Assert.That(page.Value.Data, Has.Count.EqualTo(2_000));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Content_after_the_json_value_of_a_large_body_is_a_decoding_error_as_for_a_small_one(bool gzip)
    {
        Answer(TaskPage(2_000) + " trailing", gzip);

        var page = await Client().TaskListAsync();

        Assert.Throws<GlobusResponseDecodingException>(() => _ = page.Value);
        Assert.That(page.Data.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Undefined));
    }
}
