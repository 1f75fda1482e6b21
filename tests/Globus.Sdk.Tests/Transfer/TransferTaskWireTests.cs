using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The task operations of specs/transfer.yaml on the wire: one request with the exact method, path, query
/// and JSON body, the caller's token, and the typed document read back from the service's answer.
/// </summary>
public class TransferTaskWireTests : TransferWireTestBase
{
    internal const string TaskId = "42277910-0e8e-11e9-b2c8-0e8e11e9b2c8";

    internal const string TaskJson = """
        {"DATA_TYPE": "task", "task_id": "42277910-0e8e-11e9-b2c8-0e8e11e9b2c8", "type": "TRANSFER", "status": "ACTIVE",
         "label": "nightly", "bytes_transferred": 5000000000, "files": 12, "is_paused": false, "filter_rules": null, "future_field": 1}
        """;

    internal const string ResultJson = """{"DATA_TYPE": "result", "code": "Canceled", "message": "done", "resource": "/task/x/cancel", "request_id": "r-1"}""";

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("TaskList", c => c.TaskListAsync(limit: 10, offset: 20, orderby: ["request_time DESC", "label"], filter: "type:TRANSFER/status:ACTIVE"),
            "GET", "/v0.10/task_list?limit=10&offset=20&orderby=request_time%20DESC%2Clabel&filter=type%3ATRANSFER%2Fstatus%3AACTIVE", null,
            $$"""{"DATA_TYPE": "task_list", "length": 1, "limit": 10, "offset": 20, "total": 21, "DATA": [{{TaskJson}}]}""",
            p => (p.Total, p.Single().TaskId, p.Single().Status.ToString()), (21L, TaskId, "ACTIVE"));
        yield return Case("TaskListFilterList", c => c.TaskListAsync(filter: new TransferFilter[] { "type:DELETE", new Dictionary<string, string[]> { ["status"] = ["ACTIVE", "INACTIVE"] } }),
            "GET", "/v0.10/task_list?filter=type%3ADELETE&filter=status%3AACTIVE%2CINACTIVE", null,
            """{"DATA_TYPE": "task_list", "total": 0, "DATA": []}""", p => p.Count(), 0);
        yield return Case("TaskListQueryParams", c => c.TaskListAsync(filter: "a:1", queryParams: [new("filter", "ignored"), new("extra", "x")]),
            "GET", "/v0.10/task_list?filter=a%3A1&extra=x", null, """{"DATA": []}""", p => p.Data!.Count, 0);
        yield return Case("TaskEventList", c => c.TaskEventListAsync(TaskId, limit: 5),
            "GET", $"/v0.10/task/{TaskId}/event_list?limit=5", null,
            """{"DATA_TYPE": "event_list", "limit": 5, "offset": 0, "total": 1, "DATA": [{"DATA_TYPE": "event", "code": "PERMISSION_DENIED", "is_error": true, "description": "denied", "details": null, "time": "2024-01-05T03:01:12+00:00"}]}""",
            p => (p.Single().Code, p.Single().IsError, p.Single().Details), ("PERMISSION_DENIED", (bool?)true, (string?)null));
        yield return Case("GetTask", c => c.GetTaskAsync(TaskId, queryParams: [new("fields", "status")]),
            "GET", $"/v0.10/task/{TaskId}?fields=status", null, TaskJson,
            t => (t.TaskId, t.Type.ToString(), t.BytesTransferred, t.Files, t.IsPaused, t.AdditionalProperties.ContainsKey("future_field")),
            (TaskId, "TRANSFER", (long?)5000000000, (long?)12, (bool?)false, true));
        yield return Case("UpdateTask", c => c.UpdateTaskAsync(TaskId, new TaskUpdate { DataType = "task", Label = "renamed" }),
            "PUT", $"/v0.10/task/{TaskId}", """{"DATA_TYPE": "task", "label": "renamed"}""", ResultJson, r => r.Code, "Canceled");
        yield return Case("CancelTask", c => c.CancelTaskAsync(TaskId),
            "POST", $"/v0.10/task/{TaskId}/cancel", null, ResultJson, r => (r.Code, r.RequestId), ("Canceled", "r-1"));
        yield return Case("TaskPauseInfo", c => c.TaskPauseInfoAsync(TaskId),
            "GET", $"/v0.10/task/{TaskId}/pause_info", null,
            """{"DATA_TYPE": "pause_info_limited", "destination_pause_message": "maintenance", "pause_rules": [{"DATA_TYPE": "pause_rule_limited", "id": "r1", "pause_ls": true}]}""",
            i => (i.DestinationPauseMessage, i.PauseRules!.Single().Id, i.PauseRules!.Single().PauseLs), ("maintenance", "r1", (bool?)true));
        yield return Case("TaskSuccessfulTransfers", c => c.TaskSuccessfulTransfersAsync(TaskId, marker: "m1"),
            "GET", $"/v0.10/task/{TaskId}/successful_transfers?marker=m1", null,
            """{"DATA_TYPE": "successful_transfers", "marker": "m1", "next_marker": null, "DATA": [{"DATA_TYPE": "successful_transfer", "source_path": "/a", "destination_path": "/b"}]}""",
            p => (p.Single().SourcePath, p.Single().DestinationPath), ("/a", "/b"));
        yield return Case("TaskSkippedErrors", c => c.TaskSkippedErrorsAsync(TaskId),
            "GET", $"/v0.10/task/{TaskId}/skipped_errors", null,
            """{"DATA_TYPE": "skipped_errors", "next_marker": 7, "DATA": [{"DATA_TYPE": "skipped_error", "error_code": "PERMISSION_DENIED", "source_path": "/p", "is_directory": false}]}""",
            p => (p.Single().ErrorCode, p.Single().SourcePath, p.Single().IsDirectory), ("PERMISSION_DENIED", "/p", (bool?)false));
    }

    private static IEnumerable<TestCaseData> BadIds()
    {
        TestCaseData Bad(string name, string id, Func<TransferClient, string, Task> call) =>
            new TestCaseData(call, id).SetName($"{name}_refuses_the_task_id_{(id.Length == 0 ? "empty" : "blank")}");
        foreach (var id in new[] { "", " " })
        {
            yield return Bad("TaskEventList", id, (c, i) => c.TaskEventListAsync(i));
            yield return Bad("GetTask", id, (c, i) => c.GetTaskAsync(i));
            yield return Bad("UpdateTask", id, (c, i) => c.UpdateTaskAsync(i, new TaskUpdate { Label = "x" }));
            yield return Bad("CancelTask", id, (c, i) => c.CancelTaskAsync(i));
            yield return Bad("TaskPauseInfo", id, (c, i) => c.TaskPauseInfoAsync(i));
            yield return Bad("TaskSuccessfulTransfers", id, (c, i) => c.TaskSuccessfulTransfersAsync(i));
            yield return Bad("TaskSkippedErrors", id, (c, i) => c.TaskSkippedErrorsAsync(i));
        }
    }

    [TestCaseSource(nameof(BadIds))]
    public void An_empty_or_blank_task_id_is_refused_before_any_request(Func<TransferClient, string, Task> call, string id) =>
        AssertRefusedBeforeAnyRequest(c => call(c, id), "taskId");

    [Test]
    public void A_null_task_id_is_refused_before_any_request() =>
        AssertRefusedBeforeAnyRequest(c => c.GetTaskAsync(null!), "taskId");

    [Test]
    public void Bad_paging_values_and_a_missing_document_are_refused_before_any_request()
    {
        var client = new TransferClient(options: Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.TaskListAsync(limit: 0))!.ParamName, Is.EqualTo("limit"));
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.TaskListAsync(offset: -1))!.ParamName, Is.EqualTo("offset"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.UpdateTaskAsync(TaskId, null!))!.ParamName, Is.EqualTo("data"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
