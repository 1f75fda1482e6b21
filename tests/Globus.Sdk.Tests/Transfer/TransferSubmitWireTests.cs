using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// SubmitTransferAsync and SubmitDeleteAsync on the wire: a submission id is fetched once and written into the
/// document, so a retried submission is the same submission and creates one task.
/// </summary>
public class TransferSubmitWireTests : WireMockTestBase
{
    private const string Src = "ddb59aef-6d04-11e5-ba46-22000b92c6ec";
    private const string Dst = "ddb59af0-6d04-11e5-ba46-22000b92c6ec";

    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new TimerRecordingTimeProvider();

    private TransferClient NewClient() => new(new AccessTokenAuthorizer("transfer-token"), Options(o =>
    {
        o.TimeProvider = _time;
        o.HttpTimeout = Timeout.InfiniteTimeSpan;
    }));

    private List<(string Method, string Path, JsonNode? Body)> Sent() =>
        Requests.Select(r => (r.RequestMessage.Method, r.RequestMessage.Path,
            string.IsNullOrEmpty(r.RequestMessage.Body) ? null : JsonNode.Parse(r.RequestMessage.Body!))).ToList();

    [Test]
    public async Task A_502_then_202_sends_the_same_submission_id_twice_and_creates_one_task()
    {
        var fake = new FakeTaskSubmissionService(Server, failuresFirst: 1);
        var tc = NewClient();
        var data = new TransferData(Src, Dst, label: "SDK example", syncLevel: "checksum");
        data.AddItem("/source/path/dir/", "/dest/path/dir/", recursive: true);

        var result = await _time.RunAsync(tc.SubmitTransferAsync(data));

        var sent = Sent();
        Assert.Multiple(() =>
        {
            Assert.That(sent.Select(s => $"{s.Method} {s.Path}"), Is.EqualTo(new[]
            {
                "GET /v0.10/submission_id", "POST /v0.10/transfer", "POST /v0.10/transfer",
            }));
            Assert.That(JsonNode.DeepEquals(sent[1].Body, sent[2].Body), Is.True, "the retry sends the same document");
            Assert.That(JsonNode.DeepEquals(sent[1].Body, JsonNode.Parse($$"""
                {"DATA_TYPE": "transfer", "DATA": [{"DATA_TYPE": "transfer_item", "source_path": "/source/path/dir/",
                 "destination_path": "/dest/path/dir/", "recursive": true}],
                 "source_endpoint": "{{Src}}", "destination_endpoint": "{{Dst}}", "submission_id": "submission-1",
                 "label": "SDK example", "sync_level": 3}
                """)), Is.True, sent[1].Body?.ToJsonString());
            Assert.That(fake.Tasks, Has.Count.EqualTo(1));
            Assert.That(result.Value.TaskId, Is.EqualTo("task-1"));
            Assert.That(result.Value.SubmissionId, Is.EqualTo("submission-1"));
            Assert.That(result.Value.Code, Is.EqualTo("Accepted"));
            Assert.That(result.Value.RequestId, Is.EqualTo("req-1"));
            Assert.That(result["task_id"].GetString(), Is.EqualTo("task-1"));
            Assert.That(data.SubmissionId, Is.EqualTo("submission-1"), "written into the document");
        });
    }

    [Test]
    public async Task Submitting_the_same_document_again_is_a_duplicate_not_a_second_task()
    {
        var fake = new FakeTaskSubmissionService(Server);
        var tc = NewClient();
        var data = new DeleteData(Src, recursive: true).AddItem("/dir/to/delete/");

        var first = await tc.SubmitDeleteAsync(data);
        var second = await tc.SubmitDeleteAsync(data);

        Assert.That(Sent().Count(s => s.Path == "/v0.10/submission_id"), Is.EqualTo(1));
        Assert.That(first.Value.Code, Is.EqualTo("Accepted"));
        Assert.That(second.Value.Code, Is.EqualTo("Duplicate"));
        Assert.That(fake.Tasks, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_document_with_a_submission_id_is_sent_without_fetching_one()
    {
        _ = new FakeTaskSubmissionService(Server);
        var tc = NewClient();

        await tc.SubmitTransferAsync(new TransferData(Src, Dst, submissionId: "mine").AddItem("/a", "/b"));

        var sent = Sent();
        Assert.That(sent.Select(s => s.Path), Is.EqualTo(new[] { "/v0.10/transfer" }));
        Assert.That(sent[0].Body!["submission_id"]!.GetValue<string>(), Is.EqualTo("mine"));
    }

    [Test]
    public async Task A_raw_json_document_gets_a_submission_id_written_into_it()
    {
        _ = new FakeTaskSubmissionService(Server, failuresFirst: 1);
        var tc = NewClient();
        var document = new JsonObject
        {
            ["DATA_TYPE"] = "delete",
            ["endpoint"] = Src,
            ["DATA"] = new JsonArray(new JsonObject { ["DATA_TYPE"] = "delete_item", ["path"] = "/f" }),
        };

        var result = await _time.RunAsync(tc.SubmitDeleteAsync(document));

        var sent = Sent();
        Assert.That(sent.Select(s => $"{s.Method} {s.Path}"), Is.EqualTo(new[] { "GET /v0.10/submission_id", "POST /v0.10/delete", "POST /v0.10/delete" }));
        Assert.That(JsonNode.DeepEquals(sent[2].Body, document), Is.True);
        Assert.That(document["submission_id"]!.GetValue<string>(), Is.EqualTo("submission-1"));
        Assert.That(result.Value.DataType, Is.EqualTo("delete_result"));
    }

    [Test]
    public async Task Raw_transfer_json_keeps_its_own_submission_id()
    {
        _ = new FakeTaskSubmissionService(Server);
        var tc = NewClient();

        var result = await tc.SubmitTransferAsync(new JsonObject { ["DATA_TYPE"] = "transfer", ["submission_id"] = "given", ["DATA"] = new JsonArray() });

        Assert.That(Sent().Select(s => s.Path), Is.EqualTo(new[] { "/v0.10/transfer" }));
        Assert.That(result.Value.SubmissionId, Is.EqualTo("given"));
    }

    [Test]
    public void A_null_document_is_rejected_before_any_request()
    {
        var tc = NewClient();
        Assert.ThrowsAsync<ArgumentNullException>(() => tc.SubmitTransferAsync((TransferData)null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => tc.SubmitDeleteAsync((JsonObject)null!));
        Assert.That(Requests, Is.Empty);
    }
}
