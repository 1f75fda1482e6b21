using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The task examples of the Python SDK v3.0 documentation, in C#, against a stand-in Transfer service. v3.0's
/// <c>num_results</c> walked pages; here that is the paginated form with <c>maxTotalResults</c>, and the
/// requests are the ones v3.0 sent for the same number of results.
/// </summary>
public class TransferTaskV3ExamplesTests : WireMockTestBase
{
    private const string TaskId = TransferTaskWireTests.TaskId;

    private TransferClient NewClient(string answer)
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, answer));
        return new TransferClient(options: Options());
    }

    private IReadOnlyList<string> Queries => Requests.Select(e => e.RequestMessage.RawQuery ?? "").ToList();

    [Test]
    public async Task Fetch_the_default_10_tasks_and_print_some_basic_info()
    {
        var tasks = string.Join(",", Enumerable.Range(1, 10).Select(i => $$"""{"task_id": "t{{i}}", "source_endpoint_id": "s", "destination_endpoint_id": "d"}"""));
        var tc = NewClient($$"""{"total": 50, "DATA": [{{tasks}}]}""");

        // v3.0: for task in tc.task_list(): print(...) fetched num_results=10 tasks.
        var lines = new List<string>();
        await foreach (var task in tc.Paginated.TaskList(maxTotalResults: 10))
        {
            lines.Add($"Task({task.TaskId}): {task.SourceEndpointId} -> {task.DestinationEndpointId}");
        }

        Assert.That(lines, Has.Count.EqualTo(10));
        Assert.That(lines[0], Is.EqualTo("Task(t1): s -> d"));
        Assert.That(Queries, Is.EqualTo(new[] { "?limit=10" }));
    }

    [Test]
    public async Task Print_the_events_of_a_task()
    {
        var tc = NewClient("""{"total": 1, "DATA": [{"time": "2024-01-05T03:01:12+00:00", "description": "started"}]}""");

        // v3.0: for event in tc.task_event_list(task_id): print(event["time"], event["description"]).
        var lines = new List<string>();
        await foreach (var e in tc.Paginated.TaskEventList(TaskId, maxTotalResults: 10))
        {
            lines.Add($"Event on Task({TaskId}) at {e.Time}:\n{e.Description}");
        }

        Assert.That(lines, Is.EqualTo(new[] { $"Event on Task({TaskId}) at 2024-01-05T03:01:12+00:00:\nstarted" }));
        Assert.That(Requests.Single().RequestMessage.Path, Is.EqualTo($"/v0.10/task/{TaskId}/event_list"));
    }

    [Test]
    public async Task Fetch_all_transferred_files_of_a_task()
    {
        var tc = NewClient("""{"next_marker": null, "DATA": [{"source_path": "/a", "destination_path": "/b"}]}""");

        // v3.0: for info in tc.task_successful_transfers(task_id): print(info["source_path"], "->", info["destination_path"]).
        var lines = new List<string>();
        await foreach (var info in tc.Paginated.TaskSuccessfulTransfers(TaskId, maxTotalResults: 100))
        {
            lines.Add($"{info.SourcePath} -> {info.DestinationPath}");
        }

        Assert.That(lines, Is.EqualTo(new[] { "/a -> /b" }));
    }

    [Test]
    public async Task List_active_tasks_as_an_activity_monitor()
    {
        var tc = NewClient("""{"has_next_page": false, "DATA": [{"task_id": "t1", "owner_string": "ada@example.org"}]}""");

        // v3.0: tc.endpoint_manager_task_list(filter_status="ACTIVE") with the filter passed through **params.
        var owners = new List<string?>();
        await foreach (var task in tc.Paginated.EndpointManagerTaskList(filterStatus: ["ACTIVE"], maxTotalResults: 10))
        {
            owners.Add(task.OwnerString);
        }

        Assert.That(owners, Is.EqualTo(new[] { "ada@example.org" }));
        Assert.That(Queries, Is.EqualTo(new[] { "?filter_status=ACTIVE" }));
    }
}
