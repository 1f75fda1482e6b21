using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The Transfer examples of the Python SDK v3.0 documentation, written in C# and run against a stand-in Transfer
/// service: each sends the requests its Python original sends. Where v3.0 and this SDK differ, a comment says how
/// and why.
/// </summary>
public class V3DocumentationExamplesTests : WireMockTestBase
{
    private const string SourceEndpoint = "ddb59aef-6d04-11e5-ba46-22000b92c6ec";
    private const string DestinationEndpoint = "ddb59af0-6d04-11e5-ba46-22000b92c6ec";

    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new TimerRecordingTimeProvider();

    private TransferClient NewClient() => new(new AccessTokenAuthorizer("TRANSFER_TOKEN_STRING"), Options(o =>
    {
        o.TimeProvider = _time;
        o.HttpTimeout = Timeout.InfiniteTimeSpan;
    }));

    private List<string> Sent() => Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}").ToList();

    private Dictionary<string, string> QueryOf(int request) =>
        Requests[request].RequestMessage.Query!.ToDictionary(q => q.Key, q => string.Join(",", q.Value));

    private JsonNode? BodyOf(int request) => JsonNode.Parse(Requests[request].RequestMessage.Body!);


    [Test]
    public async Task My_last_25_tasks()
    {
        Server.AnswerInTurn(Status(200, """
            {"DATA_TYPE": "task_list", "total": 2, "DATA": [
              {"DATA_TYPE": "task", "task_id": "t1", "type": "TRANSFER", "status": "SUCCEEDED"},
              {"DATA_TYPE": "task", "task_id": "t2", "type": "DELETE", "status": "ACTIVE"}]}
            """));
        var tc = NewClient();

        // v3.0: for task in tc.task_list(num_results=25, filter="type:TRANSFER,DELETE"). num_results walked pages;
        // here that walk is the Paginated form, and num_results is maxTotalResults.
        var lines = new List<string>();
        await foreach (var task in tc.Paginated.TaskList(filter: "type:TRANSFER,DELETE", maxTotalResults: 25))
        {
            lines.Add($"{task.TaskId} {task.Type} {task.Status}");
        }

        Assert.That(lines, Is.EqualTo(new[] { "t1 TRANSFER SUCCEEDED", "t2 DELETE ACTIVE" }));
        Assert.That(Sent(), Is.EqualTo(new[] { "GET /v0.10/task_list" }));
        Assert.That(QueryOf(0), Is.EqualTo(new Dictionary<string, string> { ["limit"] = "25", ["filter"] = "type:TRANSFER,DELETE" }));
    }

    [Test]
    public async Task My_endpoints()
    {
        Server.AnswerInTurn(Status(200, """
            {"DATA_TYPE": "endpoint_list", "has_next_page": false, "offset": 0, "limit": 25, "DATA": [
              {"DATA_TYPE": "endpoint", "id": "ep-1", "display_name": "Laptop"}]}
            """));
        var tc = NewClient();

        // v3.0: for ep in tc.endpoint_search(filter_scope="my-endpoints"), whose num_results defaulted to 25.
        var lines = new List<string>();
        await foreach (var ep in tc.Paginated.EndpointSearch(filterScope: "my-endpoints", maxTotalResults: 25))
        {
            lines.Add($"[{ep.Id}] {ep.DisplayName}");
        }

        Assert.That(lines, Is.EqualTo(new[] { "[ep-1] Laptop" }));
        Assert.That(Sent(), Is.EqualTo(new[] { "GET /v0.10/endpoint_search" }));
        Assert.That(QueryOf(0), Does.ContainKey("filter_scope").WithValue("my-endpoints"));
        Assert.That(QueryOf(0), Does.ContainKey("limit").WithValue("25"));
    }

    [Test]
    public async Task Submit_a_transfer()
    {
        var fake = new FakeTaskSubmissionService(Server);
        var tc = NewClient();

        // v3.0: TransferData(tc, source, destination, label=..., sync_level="checksum"); the client argument fetched
        // the submission id at once. Here SubmitTransferAsync fetches it, so the client is not passed.
        var tdata = new TransferData(SourceEndpoint, DestinationEndpoint, label: "SDK example", syncLevel: "checksum");
        tdata.AddItem("/source/path/dir/", "/dest/path/dir/", recursive: true);
        tdata.AddItem("/source/path/file.txt", "/dest/path/file.txt");
        var transferResult = await tc.SubmitTransferAsync(tdata);

        Assert.That($"task_id = {transferResult.Value.TaskId}", Is.EqualTo("task_id = task-1"));
        Assert.That(Sent(), Is.EqualTo(new[] { "GET /v0.10/submission_id", "POST /v0.10/transfer" }));
        Assert.That(JsonNode.DeepEquals(BodyOf(1), JsonNode.Parse($$"""
            {"DATA_TYPE": "transfer", "source_endpoint": "{{SourceEndpoint}}", "destination_endpoint": "{{DestinationEndpoint}}",
             "submission_id": "submission-1", "label": "SDK example", "sync_level": 3,
             "DATA": [
               {"DATA_TYPE": "transfer_item", "source_path": "/source/path/dir/", "destination_path": "/dest/path/dir/", "recursive": true},
               {"DATA_TYPE": "transfer_item", "source_path": "/source/path/file.txt", "destination_path": "/dest/path/file.txt"}]}
            """)), Is.True, BodyOf(1)?.ToJsonString());
        Assert.That(fake.Tasks, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Submit_a_delete()
    {
        _ = new FakeTaskSubmissionService(Server);
        var tc = NewClient();

        var ddata = new DeleteData(SourceEndpoint, recursive: true);
        ddata.AddItem("/dir/to/delete/");
        ddata.AddItem("/file/to/delete/file.txt");
        var deleteResult = await tc.SubmitDeleteAsync(ddata);

        Assert.That(deleteResult["task_id"].GetString(), Is.EqualTo("task-1"));
        Assert.That(Sent(), Is.EqualTo(new[] { "GET /v0.10/submission_id", "POST /v0.10/delete" }));
        Assert.That(JsonNode.DeepEquals(BodyOf(1), JsonNode.Parse($$"""
            {"DATA_TYPE": "delete", "endpoint": "{{SourceEndpoint}}", "submission_id": "submission-1", "recursive": true,
             "DATA": [{"DATA_TYPE": "delete_item", "path": "/dir/to/delete/"}, {"DATA_TYPE": "delete_item", "path": "/file/to/delete/file.txt"}]}
            """)), Is.True, BodyOf(1)?.ToJsonString());
    }

    [Test]
    public async Task Relative_task_deadlines()
    {
        _ = new FakeTaskSubmissionService(Server);
        var tc = NewClient();

        // v3.0: now = datetime.utcnow(); deadline=str(now + timedelta(minutes=1)). A naive datetime's str has no
        // offset; a DateTimeOffset says UTC explicitly (+00:00), which is what the example means.
        var now = _time.GetUtcNow();
        var future1Minute = now + TimeSpan.FromMinutes(1);
        var submissionData = new TransferData(SourceEndpoint, DestinationEndpoint, deadline: future1Minute);
        submissionData.AddItem("/source/path", "dest/path");
        await tc.SubmitTransferAsync(submissionData);

        Assert.That(BodyOf(1)!["deadline"]!.GetValue<string>(), Is.EqualTo("2030-01-02 03:05:05+00:00"));
    }

    [Test]
    public async Task Retrying_task_submission_submits_once_and_only_once()
    {
        // The service fails 6 sends: the SDK's own retries (5) are used up, so the first call raises and the
        // example's retry wrapper calls again, with the same document and so the same submission id.
        var fake = new FakeTaskSubmissionService(Server, failuresFirst: 6);
        var tc = NewClient();
        var submissionData = new TransferData(SourceEndpoint, DestinationEndpoint);
        submissionData.AddItem("/source/path", "dest/path");
        var failures = new List<string>();

        async Task<GlobusResponse<TaskSubmissionResult>> RetryGlobusFunction(Func<Task<GlobusResponse<TaskSubmissionResult>>> func, int retries = 5)
        {
            while (true)
            {
                try
                {
                    return await func();
                }
                catch (Exception e) when (e is NetworkException or GlobusApiException && retries > 0)
                {
                    // v3.0 logs with logger.warn/debug; the test keeps the messages.
                    failures.Add(e.GetType().Name);
                    retries--;
                }
            }
        }

        var result = await _time.RunAsync(RetryGlobusFunction(() => tc.SubmitTransferAsync(submissionData)));

        Assert.That(result.Value.Code, Is.EqualTo("Accepted"));
        Assert.That(failures, Is.EqualTo(new[] { nameof(TransferApiException) }));
        Assert.That(Sent(), Is.EqualTo(new[] { "GET /v0.10/submission_id" }.Concat(Enumerable.Repeat("POST /v0.10/transfer", 7))));
        Assert.That(Enumerable.Range(1, 7).Select(i => BodyOf(i)!["submission_id"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { "submission-1" }));
        Assert.That(fake.Tasks, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Recursive_ls_with_sleep_and_parameter_passthrough()
    {
        void Listing(string path, string entries) =>
            Server.Given(Request.Create().UsingGet().WithPath($"/v0.10/operation/endpoint/{SourceEndpoint}/ls").WithParam("path", path))
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody($$"""{"DATA_TYPE": "file_list", "path": "{{path}}", "DATA": [{{entries}}]}"""));
        Listing("/~/", """{"name": "data", "type": "dir"}, {"name": "notes.txt", "type": "file"}""");
        Listing("/~/data", """{"name": "run1.csv", "type": "file"}""");
        var tc = NewClient();

        // v3.0: recursive_ls(tc, ep, path, max_depth=3, sleep_frequency=10, sleep_duration=0.5, ls_params=...,
        // top_level_ls_params=...), written by hand; here it is OperationLsRecursiveAsync.
        var names = (await _time.RunAsync(tc.OperationLsRecursiveAsync(
            SourceEndpoint, "/~/", maxDepth: 3, sleepFrequency: 1, sleepDuration: TimeSpan.FromSeconds(0.5),
            lsParams: [new("show_hidden", "0")], topLevelLsParams: [new("orderby", "name")]).ToListAsync().AsTask())).Select(e => e.Name);

        Assert.That(names, Is.EqualTo(new[] { "data", "notes.txt", "data/run1.csv" }));
        Assert.That(QueryOf(0), Is.EqualTo(new Dictionary<string, string> { ["path"] = "/~/", ["show_hidden"] = "0", ["orderby"] = "name" }));
        Assert.That(QueryOf(1), Is.EqualTo(new Dictionary<string, string> { ["path"] = "/~/data", ["show_hidden"] = "0" }));
        Assert.That(_time.Timers, Is.EqualTo(new[] { TimeSpan.FromSeconds(0.5) }));
    }

    [Test]
    public async Task Wait_for_a_task_warning_every_minute()
    {
        Server.AnswerInTurn(
            Status(200, """{"DATA_TYPE": "task", "task_id": "t1", "status": "ACTIVE"}"""),
            Status(200, """{"DATA_TYPE": "task", "task_id": "t1", "status": "ACTIVE"}"""),
            Status(200, """{"DATA_TYPE": "task", "task_id": "t1", "status": "SUCCEEDED"}"""));
        var tc = NewClient();
        var warnings = 0;

        // v3.0: while not tc.task_wait(task_id, timeout=60): print("Another minute went by ...")
        async Task<bool> Wait()
        {
            while (!await tc.TaskWaitAsync("t1", timeout: TimeSpan.FromSeconds(60), pollingInterval: TimeSpan.FromSeconds(60)))
            {
                warnings++;
            }

            return true;
        }

        await _time.RunAsync(Wait());

        // Python stops only once the waited time exceeds the timeout: each call polls twice, a minute apart.
        Assert.That(warnings, Is.EqualTo(1));
        Assert.That(Sent(), Is.EqualTo(Enumerable.Repeat("GET /v0.10/task/t1", 3)));
    }

    [Test]
    public async Task Local_globus_connect_personal_endpoint_listing()
    {
        Server.AnswerInTurn(Status(200, """{"DATA_TYPE": "file_list", "path": "/~/", "DATA": [{"name": "a.txt", "type": "file"}]}"""));
        // v3.0 reads ~/.globusonline/lta/client-id.txt; the file access is injected here.
        var localEp = new LocalGlobusConnectPersonal(false, _ => null, () => "/home/ada", _ => "gcp-ep-1\n");
        var epId = localEp.EndpointId!;
        var tc = NewClient();

        var files = (await tc.OperationLsAsync(epId)).Value.Select(f => $"Local file: {f.Name}");

        Assert.That(files, Is.EqualTo(new[] { "Local file: a.txt" }));
        Assert.That(Sent(), Is.EqualTo(new[] { "GET /v0.10/operation/endpoint/gcp-ep-1/ls" }));
    }
}
