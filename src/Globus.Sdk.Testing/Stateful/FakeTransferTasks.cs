using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>
/// Stateful Transfer: submitted tasks are listed and fetched, and each moves from <c>ACTIVE</c> to
/// <c>SUCCEEDED</c> as it is polled, so code that waits on a task (<c>TaskWaitAsync</c>,
/// <c>WatchTaskAsync</c>, a loop of its own) can be tested end to end. Made by <see cref="GlobusFake.SimulateTransferTasks"/>.
/// </summary>
/// <remarks>
/// Answers <c>GetSubmissionIdAsync</c>, <c>SubmitTransferAsync</c>, <c>SubmitDeleteAsync</c>, <c>GetTaskAsync</c>,
/// <c>TaskListAsync</c> (paged by <c>offset</c>/<c>limit</c>) and <c>CancelTaskAsync</c>; documents are the spec's
/// examples with this task's values. A submission id used twice gives the same task, as Transfer does.
/// </remarks>
public sealed class FakeTransferTasks
{
    private const long BytesPerItem = 1_048_576;
    private readonly GlobusFakeService _transfer;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, FakeTransferTask> _tasks = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    internal FakeTransferTasks(GlobusFakeService transfer, int pollsUntilSucceeded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pollsUntilSucceeded);
        _transfer = transfer;
        _time = transfer.ClientOptions().TimeProvider!;
        PollsUntilSucceeded = pollsUntilSucceeded;
        transfer.Handle("get_submission_id", _ => Ok(new JsonObject { ["DATA_TYPE"] = "submission_id", ["value"] = Guid.NewGuid().ToString() }));
        transfer.Handle("submit_transfer", Submit);
        transfer.Handle("submit_delete", Submit);
        transfer.Handle("get_task", request => Find(request) is { } task ? Ok(Poll(task)) : NotFound(request));
        transfer.Handle("cancel_task", Cancel);
        transfer.Handle("task_list", List);
    }

    /// <summary>How many polls see a task <c>ACTIVE</c> before it succeeds.</summary>
    public int PollsUntilSucceeded { get; }

    /// <summary>The tasks submitted so far, oldest first.</summary>
    public IReadOnlyList<FakeTransferTask> Tasks => _tasks.Values.OrderBy(t => t.RequestTime).ThenBy(t => t.TaskId, StringComparer.Ordinal).ToArray();

    private CannedResponse Submit(FakeRequest request)
    {
        if (request.Json is not JsonObject document)
        {
            return CannedResponse.Error(400, "ClientError.BadRequest", "The body must be a JSON task document.");
        }

        var submissionId = (string?)document["submission_id"] ?? Guid.NewGuid().ToString();
        var task = _tasks.Values.FirstOrDefault(t => t.SubmissionId == submissionId);
        if (task is null)
        {
            task = new FakeTransferTask(Guid.NewGuid().ToString(), submissionId, (JsonObject)document.DeepClone(), _time.GetUtcNow());
            _tasks[task.TaskId] = task;
        }

        var result = Example(request.Operation!);
        result["code"] = "Accepted";
        result["submission_id"] = submissionId;
        result["task_id"] = task.TaskId;
        if (result["task_link"] is JsonObject link)
        {
            link["href"] = $"task/{task.TaskId}?format=json";
        }

        return new CannedResponse(request.Operation!.Variants["default"].Status, result, "stateful");
    }

    private JsonObject Poll(FakeTransferTask task)
    {
        lock (_lock)
        {
            task.Polls++;
            if (task.Status == "ACTIVE" && task.Polls > PollsUntilSucceeded)
            {
                task.Status = "SUCCEEDED";
                task.CompletionTime = _time.GetUtcNow();
            }

            return Document(task);
        }
    }

    private CannedResponse Cancel(FakeRequest request)
    {
        if (Find(request) is not { } task)
        {
            return NotFound(request);
        }

        lock (_lock)
        {
            var wasActive = task.Status == "ACTIVE";
            if (wasActive)
            {
                task.Status = "FAILED";
                task.CompletionTime = _time.GetUtcNow();
            }

            return Ok(new JsonObject
            {
                ["DATA_TYPE"] = "result",
                ["code"] = wasActive ? "Canceled" : "TaskComplete",
                ["message"] = wasActive ? "The task has been cancelled." : "The task had already finished.",
                ["request_id"] = "fake-cancel",
                ["resource"] = request.Path,
            });
        }
    }

    private CannedResponse List(FakeRequest request)
    {
        var all = Tasks.Reverse().ToArray();
        var offset = int.TryParse(request.QueryValue("offset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var limit = int.TryParse(request.QueryValue("limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 10;
        JsonObject[] page;
        lock (_lock)
        {
            page = all.Skip(offset).Take(limit).Select(Document).ToArray();
        }

        var list = Example(request.Operation!);
        list["DATA"] = new JsonArray(page);
        list["length"] = page.Length;
        list["limit"] = limit;
        list["offset"] = offset;
        list["total"] = all.Length;
        return Ok(list);
    }

    private JsonObject Document(FakeTransferTask task)
    {
        var succeeded = task.Status == "SUCCEEDED";
        // The first poll sees nothing done yet; each later one a further share, until the task succeeds.
        var done = task.Status == "ACTIVE" ? Math.Clamp(task.Polls - 1, 0, PollsUntilSucceeded) * task.Items / Math.Max(PollsUntilSucceeded, 1) : task.Items;
        var document = Example(_transfer.Spec.GetOperation("get_task"));
        document["DATA_TYPE"] = "task";
        document["task_id"] = task.TaskId;
        document["type"] = task.Type;
        document["status"] = task.Status;
        document["nice_status"] = succeeded ? null : task.Status == "ACTIVE" ? "Queued" : "Canceled";
        document["label"] = task.Label;
        document["source_endpoint_id"] = (string?)task.Submitted["source_endpoint"];
        document["destination_endpoint_id"] = (string?)task.Submitted["destination_endpoint"];
        document["request_time"] = Iso(task.RequestTime);
        document["completion_time"] = task.CompletionTime is { } completed ? Iso(completed) : null;
        document["files"] = task.Items;
        document["files_transferred"] = done;
        document["subtasks_total"] = task.Items;
        document["subtasks_succeeded"] = done;
        document["subtasks_pending"] = task.Status == "ACTIVE" ? task.Items - done : 0;
        document["bytes_transferred"] = done * BytesPerItem;
        document["faults"] = 0;
        return document;
    }

    private FakeTransferTask? Find(FakeRequest request) =>
        request.PathParameters.TryGetValue("task_id", out var id) && _tasks.TryGetValue(id, out var task) ? task : null;

    private static JsonObject Example(SpecOperation operation) => operation.Variants["default"].Body as JsonObject ?? [];

    private static CannedResponse Ok(JsonObject body) => new(200, body, "stateful");

    private static CannedResponse NotFound(FakeRequest request) =>
        CannedResponse.Error(404, "ClientError.NotFound", $"Task {request.PathParameters.GetValueOrDefault("task_id")} not found.");

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
