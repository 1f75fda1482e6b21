using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Paging;

/// <summary>
/// The item walk of a generated paginated method reads each page's items straight from its body, one at a
/// time, and gives a finished page's pooled body pieces back for the next page. What callers rely on: every
/// item, in order, whatever the size of the pages and however many walks run at once; a page the caller can
/// still see (from <see cref="GlobusPageable{TPage, TItem}.AsPages"/>, or in a decoding error) keeps its body;
/// and a body that is not a page is a <see cref="GlobusResponseDecodingException"/>, never a stray exception.
/// </summary>
public class ItemWalkInPlaceTests : WireMockTestBase
{
    private const string TaskListPath = "/v0.10/task_list";

    private TransferClient Client() =>
        new(new AccessTokenAuthorizer("item-walk-token-0123456789"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    private static string TaskJson(int id) =>
        $$"""{"DATA_TYPE": "task", "task_id": "task-{{id}}", "label": "étiquette ✓ {{id}} {{new string('x', 300)}}", "status": "{{(id % 2 == 0 ? "ACTIVE" : "SUCCEEDED")}}", "bytes_transferred": {{id * 4096L}}, "is_ok": true}""";

    /// <summary>A task_list page whose paging fields come after its items, as some services send them.</summary>
    private static string TaskPage(IEnumerable<int> ids, int total) =>
        "{\"DATA_TYPE\": \"task_list\", \"DATA\": [" + string.Join(", ", ids.Select(TaskJson)) + "], \"total\": " + total + "}";

    /// <summary>Serves a task_list of <paramref name="pages"/> pages of <paramref name="pageSize"/> tasks; ids count from 0.</summary>
    private List<string> ServeTaskList(int pages, int pageSize, bool gzip = false)
    {
        var bodies = new List<string>();
        for (var page = 0; page < pages; page++)
        {
            var body = TaskPage(Enumerable.Range(page * pageSize, pageSize), pages * pageSize);
            bodies.Add(body);
            var request = Request.Create().UsingGet().WithPath(TaskListPath);
            request = page == 0 ? request : request.WithParam("offset", (page * pageSize).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Server.Given(request).AtPriority(page == 0 ? 100 : 1).RespondWith(Answer(body, gzip));
        }

        return bodies;
    }

    private static IResponseBuilder Answer(string json, bool gzip = false)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json");
        var bytes = Encoding.UTF8.GetBytes(json);
        return gzip ? response.WithHeader("Content-Encoding", "gzip").WithBody(GzipBodies.Compress(bytes)) : response.WithBody(bytes);
    }

    private static async Task<List<(string Id, string Label, long Bytes)>> WalkAsync(GlobusPageable<TransferTaskList, TransferTask> tasks)
    {
        var seen = new List<(string, string, long)>();
        await foreach (var task in tasks)
        {
            seen.Add((task.TaskId!, task.Label ?? "", task.BytesTransferred ?? -1));
        }

        return seen;
    }

    private static List<(string Id, string Label, long Bytes)> Expected(int count) =>
        Enumerable.Range(0, count).Select(id => ($"task-{id}", $"étiquette ✓ {id} {new string('x', 300)}", id * 4096L)).ToList();

    [TestCase(false)]
    [TestCase(true)]
    public async Task Pages_over_64_KiB_yield_every_item_in_order_while_their_pieces_are_reused(bool gzip)
    {
        // About 140 KB a page: three pieces each, given back and rented again from page to page.
        ServeTaskList(pages: 4, pageSize: 350, gzip);
        var client = Client();

        var first = await WalkAsync(client.Paginated.TaskList(pageSize: 350, maxTotalResults: 1000));
        var second = await WalkAsync(client.Paginated.TaskList(pageSize: 350, maxTotalResults: 1000));

        Assert.That(first, Is.EqualTo(Expected(1000)));
        Assert.That(second, Is.EqualTo(first), "a second walk reads the reused pieces as the first read new ones");
        Assert.That(Requests.Select(r => r.RequestMessage.RawQuery), Is.EqualTo(new[]
        {
            "?limit=350", "?limit=350&offset=350", "?limit=300&offset=700",
            "?limit=350", "?limit=350&offset=350", "?limit=300&offset=700",
        }));
    }

    [Test]
    public async Task Walks_running_at_once_never_see_each_others_pages()
    {
        ServeTaskList(pages: 3, pageSize: 300);
        var client = Client();

        var walks = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => WalkAsync(client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900)))));

        Assert.That(walks, Has.All.EqualTo(Expected(900)));
    }

    [Test]
    public async Task Pages_from_AsPages_keep_their_bodies_whatever_walks_run_after_them()
    {
        var bodies = ServeTaskList(pages: 3, pageSize: 300);
        var client = Client();
        var pages = new List<GlobusResponse<TransferTaskList>>();
        await foreach (var page in client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900).AsPages())
        {
            pages.Add(page);
        }

        // Item walks rent and give back pieces; none of them may be one the kept pages still read.
        await WalkAsync(client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900));
        await WalkAsync(client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900));

        Assert.That(pages.Select(p => p.Text), Is.EqualTo(bodies));
        Assert.That(pages.SelectMany(p => p.Value).Select(t => t.TaskId), Is.EqualTo(Expected(900).Select(t => t.Id)));
    }

    [Test]
    public async Task A_client_subclass_that_keeps_the_pages_it_fetches_keeps_their_bodies()
    {
        var bodies = ServeTaskList(pages: 3, pageSize: 300);
        var client = new KeepingTransferClient(Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var walked = await WalkAsync(client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900));
        // Other walks reuse whatever pieces come back; the kept pages must not have given theirs.
        await WalkAsync(Client().Paginated.TaskList(pageSize: 300, maxTotalResults: 900));

        Assert.That(walked, Is.EqualTo(Expected(900)));
        Assert.That(client.Kept.Select(p => p.Text), Is.EqualTo(bodies));
    }

    [Test]
    public async Task A_walk_stopped_early_gives_its_page_back_and_the_next_walk_reads_correctly()
    {
        ServeTaskList(pages: 3, pageSize: 300);
        var client = Client();

        await foreach (var task in client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900))
        {
            Assert.That(task.TaskId, Is.EqualTo("task-0"));
            break;
        }

        Assert.That(await WalkAsync(client.Paginated.TaskList(pageSize: 300, maxTotalResults: 900)), Is.EqualTo(Expected(900)));
        Assert.That(Requests, Has.Count.EqualTo(4), "the stopped walk asked for one page only");
    }

    [Test]
    public async Task An_item_of_the_wrong_shape_raises_after_the_items_before_it_with_its_whole_page()
    {
        // A large page, so the body the error keeps is in pooled pieces that must not be given back.
        var good = string.Join(", ", Enumerable.Range(0, 300).Select(TaskJson));
        var body = "{\"DATA\": [" + good + ", {\"task_id\": 7}], \"total\": 301}";
        Server.Given(Request.Create().UsingGet().WithPath(TaskListPath)).RespondWith(Answer(body));
        var seen = new List<string>();

        var error = Assert.ThrowsAsync<GlobusResponseDecodingException>(async () =>
        {
            await foreach (var task in Client().Paginated.TaskList(pageSize: 301, maxTotalResults: 301))
            {
                seen.Add(task.TaskId!);
            }
        })!;

        Assert.That(seen, Is.EqualTo(Expected(300).Select(t => t.Id)));
        Assert.That(error.TargetType, Is.EqualTo(typeof(TransferTaskList)));
        Assert.That(error.HttpStatus, Is.EqualTo(200));
        Assert.That(error.Message, Does.Contain("'task_id' should be a string").And.Contain("after 300 items"));
        // Read after the walk ended: the page the error carries still has its body, byte for byte.
        await WalkAsync(Client().Paginated.TaskList(pageSize: 301, maxTotalResults: 301)).ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.That(error.RawText, Is.EqualTo(body));
    }

    [TestCase("", "does not contain any JSON tokens")]
    [TestCase("[]", "should be a JSON object")]
    [TestCase("null", "should be a JSON object")]
    [TestCase("{\"DATA\": 5, \"total\": 1}", "'DATA' should be a list")]
    [TestCase("{\"DATA\": [null], \"total\": 1}", "TransferTask")]
    [TestCase("{\"DATA\": [{\"task_id\": \"a\"}], \"DATA\": [{\"task_id\": \"b\"}], \"total\": 2}", "'DATA' twice")]
    [TestCase("{\"DATA\": [{\"task_id\": \"a\"}], \"total\": 1} {}", "")]
    [TestCase("{\"DATA\": [{\"task_id\": \"a\"}], \"total\": 1", "")]
    [TestCase("{\"DATA\": [{\"task_id\": \"a\"}", "")]
    public void A_body_that_is_not_a_page_is_a_decoding_error(string body, string why)
    {
        Server.Given(Request.Create().UsingGet().WithPath(TaskListPath)).RespondWith(Answer(body));

        var error = Assert.ThrowsAsync<GlobusResponseDecodingException>(async () => await WalkAsync(Client().Paginated.TaskList()))!;

        Assert.That(error.TargetType, Is.EqualTo(typeof(TransferTaskList)));
        Assert.That(error.Message, Does.Contain(why));
        Assert.That(error.RawText, Is.EqualTo(body));
    }

    [Test]
    public async Task Null_or_missing_items_yield_nothing()
    {
        Server.Given(Request.Create().UsingGet().WithPath(TaskListPath).WithParam("orderby", "a")).RespondWith(Answer("{\"DATA\": null, \"total\": 0}"));
        Server.Given(Request.Create().UsingGet().WithPath(TaskListPath).WithParam("orderby", "b")).RespondWith(Answer("{\"total\": 0}"));

        Assert.That(await WalkAsync(Client().Paginated.TaskList(orderby: ["a"])), Is.Empty);
        Assert.That(await WalkAsync(Client().Paginated.TaskList(orderby: ["b"])), Is.Empty);
    }

    [Test]
    public async Task Pieces_given_back_are_cleared_before_anything_else_can_rent_them()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('s', 3 * ResponseBodyReader.SegmentSize));
        var body = (await ResponseBodyReader.ReadAsync(new ByteArrayContent(bytes), long.MaxValue, CancellationToken.None))!.Value.Bytes;
        var arrays = new List<ArraySegment<byte>>();
        foreach (var piece in body)
        {
            Assert.That(MemoryMarshal.TryGetArray(piece, out var array), Is.True);
            arrays.Add(array);
        }

        BodySegment.ReturnPooled(body);

        Assert.That(arrays, Has.Count.EqualTo(3));
        Assert.That(arrays.Select(a => a.Array!.All(b => b == 0)), Has.All.True, "no piece still holds what the service sent");
    }

    [TestCase(true, 0, true)]
    [TestCase(false, 0, false)]
    [TestCase(false, 3 * ResponseBodyReader.SegmentSize, true)]
    [TestCase(false, ResponseBodyReader.SegmentSize + 1, false)]
    public async Task A_walks_page_is_read_into_one_array_when_its_size_is_known_and_given_back_cleared(bool withLength, int previousPage, bool oneArray)
    {
        // A length from the Content-Length, or, without one, from the walk's previous page (here 192 KiB, or a
        // little over 64 KiB, whose array of 128 KiB the page outgrows and goes on in pieces).
        var bytes = Encoding.UTF8.GetBytes(new string('p', (3 * ResponseBodyReader.SegmentSize) + 5));
        async Task<ReadOnlySequence<byte>> Read() =>
            (await ResponseBodyReader.ReadAsync(withLength ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes), long.MaxValue, CancellationToken.None))!.Value.Bytes;

        var page = await ItemWalkFetch.RunAsync((_, _) => Read(), new PageRequest(null, null, null), previousPage, CancellationToken.None);
        var after = await Read();

        Assert.That(page.IsSingleSegment, Is.EqualTo(oneArray), "a walk's page is one array, read from one span");
        Assert.That(page.ToArray(), Is.EqualTo(bytes));
        Assert.That(after.IsSingleSegment, Is.False, "a read after the walk's fetch is not marked");
        var arrays = new List<byte[]>();
        foreach (var piece in page)
        {
            Assert.That(MemoryMarshal.TryGetArray(piece, out var array), Is.True);
            arrays.Add(array.Array!);
        }

        BodySegment.ReturnPooled(page);
        BodySegment.ReturnPooled(after);
        // The pooled ones: the last bytes of a body read in pieces without a length are an exact array, never reused.
        var pooled = arrays.Where(a => a.Length >= ResponseBodyReader.SegmentSize).ToList();
        Assert.That(pooled, Is.Not.Empty);
        Assert.That(pooled.Select(a => a.All(b => b == 0)), Has.All.True, "no pooled array still holds what the service sent");
    }

    [Test]
    public async Task A_walks_page_declared_over_the_page_limit_is_read_in_pieces_as_it_arrives()
    {
        // The one array is rented before the body arrives, so a length past the limit never sets aside that much.
        var bytes = new byte[BodyPiecePool.MaxPageSize + 1];
        bytes.AsSpan().Fill((byte)'p');

        var page = await ItemWalkFetch.RunAsync(
            async (_, _) => (await ResponseBodyReader.ReadAsync(new ByteArrayContent(bytes), long.MaxValue, CancellationToken.None))!.Value.Bytes,
            new PageRequest(null, null, null),
            previousPageLength: 0,
            CancellationToken.None);

        Assert.That(page.IsSingleSegment, Is.False);
        Assert.That(page.Length, Is.EqualTo(bytes.Length));
        Assert.That(page.First.Length, Is.EqualTo(ResponseBodyReader.SegmentSize));
        BodySegment.ReturnPooled(page);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_page_carried_by_a_decoding_error_keeps_its_one_array_while_later_walks_reuse_theirs(bool gzip)
    {
        // The bad page comes second, so without a Content-Length (gzip) it is read as large as the first.
        var bad = "{\"DATA\": [" + string.Join(", ", Enumerable.Range(300, 299).Select(TaskJson)) + ", {\"task_id\": 7}], \"total\": 600}";
        IRequestBuilder BadWalk() => Request.Create().UsingGet().WithPath(TaskListPath).WithParam("orderby", "bad");
        Server.Given(BadWalk()).AtPriority(1).RespondWith(Answer(TaskPage(Enumerable.Range(0, 300), 600), gzip));
        Server.Given(BadWalk().WithParam("offset", "300")).AtPriority(0).RespondWith(Answer(bad, gzip));
        ServeTaskList(pages: 2, pageSize: 300, gzip);

        var error = Assert.ThrowsAsync<GlobusResponseDecodingException>(
            async () => await WalkAsync(Client().Paginated.TaskList(pageSize: 300, maxTotalResults: 600, orderby: ["bad"])))!;
        var walked = await WalkAsync(Client().Paginated.TaskList(pageSize: 300, maxTotalResults: 600));

        Assert.That(error.Message, Does.Contain("after 299 items"));
        Assert.That(error.Response.Body.IsSingleSegment, Is.True, "the page was read into one array");
        Assert.That(walked, Is.EqualTo(Expected(600)));
        Assert.That(error.RawText, Is.EqualTo(bad));
    }

    /// <summary>A caller's subclass that keeps every task_list response it returns, as a cache would.</summary>
    private sealed class KeepingTransferClient(GlobusClientOptions options)
        : TransferClient(new AccessTokenAuthorizer("item-walk-token-0123456789"), options)
    {
        public List<GlobusResponse<TransferTaskList>> Kept { get; } = [];

        public override async Task<GlobusResponse<TransferTaskList>> TaskListAsync(
            int? limit = null,
            int? offset = null,
            IEnumerable<string>? orderby = null,
            TransferFilter? filter = null,
            IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
            CancellationToken cancellationToken = default)
        {
            var page = await base.TaskListAsync(limit, offset, orderby, filter, queryParams, cancellationToken);
            Kept.Add(page);
            return page;
        }
    }

    /// <summary>A body without a <c>Content-Length</c>, as a compressed or chunked answer is.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
