using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The <c>endpoint_manager_*</c> operations of specs/transfer.yaml on the wire, the typed documents read back,
/// the <c>last_key</c> paging of the task list, and the checks made before any request.
/// </summary>
public class EndpointManagerWireTests : TransferWireTestBase
{
    private const string TaskId = TransferTaskWireTests.TaskId;
    private const string TaskJson = TransferTaskWireTests.TaskJson;
    private const string ResultJson = TransferTaskWireTests.ResultJson;
    private const string Ep = "ddb59af0-6d04-11e5-ba46-22000b92c6ec";
    private const string EndpointJson = $$"""{"DATA_TYPE": "endpoint", "id": "{{Ep}}", "display_name": "Ocean Archive", "non_functional": false, "gcs_version": "5.4"}""";
    private const string RuleJson = """{"DATA_TYPE": "pause_rule", "id": "rule-1", "message": "maintenance", "pause_task_transfer_write": true, "editable": true}""";
    private const string CancelJson = """{"DATA_TYPE": "admin_cancel", "id": "c-1", "done": false, "task_ids": ["t1", "t2"], "canceled_task_ids": ["t1"]}""";

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("MonitoredEndpoints", c => c.EndpointManagerMonitoredEndpointsAsync(queryParams: [new("fields", "id")]),
            "GET", "/v0.10/endpoint_manager/monitored_endpoints?fields=id", null, $$"""{"DATA_TYPE": "endpoint_list", "DATA": [{{EndpointJson}}]}""",
            l => (l.Single().Id, l.Single().DisplayName, l.Single().AdditionalProperties.ContainsKey("gcs_version")), (Ep, "Ocean Archive", true));
        yield return Case("HostedEndpointList", c => c.EndpointManagerHostedEndpointListAsync(Ep),
            "GET", $"/v0.10/endpoint_manager/endpoint/{Ep}/hosted_endpoint_list", null, $$"""{"DATA": [{{EndpointJson}}]}""", l => l.Count(), 1);
        yield return Case("GetEndpoint", c => c.EndpointManagerGetEndpointAsync(Ep),
            "GET", $"/v0.10/endpoint_manager/endpoint/{Ep}", null, EndpointJson, e => (e.Id, e.NonFunctional), (Ep, (bool?)false));
        yield return Case("AclList", c => c.EndpointManagerAclListAsync(Ep),
            "GET", $"/v0.10/endpoint_manager/endpoint/{Ep}/access_list", null,
            $$"""{"DATA_TYPE": "access_list", "endpoint": "{{Ep}}", "DATA": [{"DATA_TYPE": "access", "id": "12345", "principal_type": "identity", "path": "/shared/", "permissions": "rw"}]}""",
            l => (l.Endpoint, l.Single().Id, l.Single().Permissions), (Ep, "12345", "rw"));
        yield return Case("TaskList", c => c.EndpointManagerTaskListAsync(
                filterStatus: ["ACTIVE", "INACTIVE"], filterTaskId: ["t1", "t2"], filterOwnerId: "owner-1", filterEndpoint: Ep, filterEndpointUse: "source",
                filterIsPaused: true, filterCompletionTime: "2024-01-01T00:00:00,", filterMinFaults: 1, filterLocalUser: "ada", lastKey: "k1"),
            "GET", "/v0.10/endpoint_manager/task_list?filter_status=ACTIVE%2CINACTIVE&filter_task_id=t1%2Ct2&filter_owner_id=owner-1"
                + $"&filter_endpoint={Ep}&filter_endpoint_use=source&filter_is_paused=True&filter_completion_time=2024-01-01T00%3A00%3A00%2C"
                + "&filter_min_faults=1&filter_local_user=ada&last_key=k1", null,
            $$"""{"DATA_TYPE": "task_list", "has_next_page": false, "last_key": null, "DATA": [{{TaskJson}}]}""",
            p => (p.HasNextPage, p.Single().TaskId), ((bool?)false, TaskId));
        yield return Case("TaskListNotPaused", c => c.EndpointManagerTaskListAsync(filterStatus: ["ACTIVE"], filterIsPaused: false),
            "GET", "/v0.10/endpoint_manager/task_list?filter_status=ACTIVE&filter_is_paused=False", null, """{"DATA": []}""", p => p.Count(), 0);
        yield return Case("TaskListCompletionRange", c => c.EndpointManagerTaskListAsync(
                filterEndpoint: Ep,
                filterCompletionTime: new TransferTimeRange(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.FromHours(2)))),
            "GET", $"/v0.10/endpoint_manager/task_list?filter_endpoint={Ep}&filter_completion_time=2024-01-02T03%3A04%3A05%2B00%3A00%2C2024-01-03T00%3A00%3A00%2B02%3A00",
            null, """{"DATA": []}""", p => p.Count(), 0);
        yield return Case("GetTask", c => c.EndpointManagerGetTaskAsync(TaskId),
            "GET", $"/v0.10/endpoint_manager/task/{TaskId}", null, TaskJson, t => t.Label, "nightly");
        yield return Case("TaskEventList", c => c.EndpointManagerTaskEventListAsync(TaskId, limit: 10, offset: 10, filterIsError: true),
            "GET", $"/v0.10/endpoint_manager/task/{TaskId}/event_list?limit=10&offset=10&filter_is_error=1", null,
            """{"DATA_TYPE": "event_list", "total": 11, "DATA": [{"code": "PERMISSION_DENIED", "is_error": true}]}""", p => (p.Total, p.Single().Code), ((long?)11, "PERMISSION_DENIED"));
        yield return Case("TaskEventListNoErrors", c => c.EndpointManagerTaskEventListAsync(TaskId, filterIsError: false),
            "GET", $"/v0.10/endpoint_manager/task/{TaskId}/event_list?filter_is_error=0", null, """{"DATA": []}""", p => p.Count(), 0);
        yield return Case("TaskPauseInfo", c => c.EndpointManagerTaskPauseInfoAsync(TaskId),
            "GET", $"/v0.10/endpoint_manager/task/{TaskId}/pause_info", null, """{"source_pause_message": "paused", "pause_rules": []}""",
            i => i.SourcePauseMessage, "paused");
        yield return Case("TaskSuccessfulTransfers", c => c.EndpointManagerTaskSuccessfulTransfersAsync(TaskId, marker: "5"),
            "GET", $"/v0.10/endpoint_manager/task/{TaskId}/successful_transfers?marker=5", null,
            """{"next_marker": null, "DATA": [{"source_path": "/a", "destination_path": "/b"}]}""", p => p.Single().DestinationPath, "/b");
        yield return Case("TaskSkippedErrors", c => c.EndpointManagerTaskSkippedErrorsAsync(TaskId, marker: "7"),
            "GET", $"/v0.10/endpoint_manager/task/{TaskId}/skipped_errors?marker=7", null,
            """{"next_marker": null, "DATA": [{"error_code": "FILE_NOT_FOUND"}]}""", p => p.Single().ErrorCode, "FILE_NOT_FOUND");
        yield return Case("CancelTasks", c => c.EndpointManagerCancelTasksAsync(["t1", "t2"], "retiring"),
            "POST", "/v0.10/endpoint_manager/admin_cancel", """{"task_id_list": ["t1", "t2"], "message": "retiring"}""", CancelJson,
            j => (j.Id, j.Done, j.CanceledTaskIds!.Single()), ("c-1", (bool?)false, "t1"));
        yield return Case("CancelStatus", c => c.EndpointManagerCancelStatusAsync("c-1"),
            "GET", "/v0.10/endpoint_manager/admin_cancel/c-1", null, CancelJson, j => j.TaskIds!.Count, 2);
        yield return Case("PauseTasks", c => c.EndpointManagerPauseTasksAsync(["t1"], "hold on"),
            "POST", "/v0.10/endpoint_manager/admin_pause", """{"task_id_list": ["t1"], "message": "hold on"}""", ResultJson, r => r.Code, "Canceled");
        yield return Case("ResumeTasks", c => c.EndpointManagerResumeTasksAsync(["t1"]),
            "POST", "/v0.10/endpoint_manager/admin_resume", """{"task_id_list": ["t1"]}""", ResultJson, r => r.Message, "done");
        yield return Case("PauseRuleList", c => c.EndpointManagerPauseRuleListAsync(filterEndpoint: Ep),
            "GET", $"/v0.10/endpoint_manager/pause_rule_list?filter_endpoint={Ep}", null, $$"""{"DATA_TYPE": "pause_rule_list", "DATA": [{{RuleJson}}]}""",
            l => (l.Single().Id, l.Single().PauseTaskTransferWrite), ("rule-1", (bool?)true));
        yield return Case("CreatePauseRule", c => c.EndpointManagerCreatePauseRuleAsync(new PauseRule { DataType = "pause_rule", EndpointId = Ep, Message = "maintenance", IdentityId = null }),
            "POST", "/v0.10/endpoint_manager/pause_rule", $$"""{"DATA_TYPE": "pause_rule", "endpoint_id": "{{Ep}}", "message": "maintenance", "identity_id": null}""",
            RuleJson, r => r.Id, "rule-1");
        yield return Case("GetPauseRule", c => c.EndpointManagerGetPauseRuleAsync("rule-1"),
            "GET", "/v0.10/endpoint_manager/pause_rule/rule-1", null, RuleJson, r => r.Editable, (bool?)true);
        yield return Case("UpdatePauseRule", c => c.EndpointManagerUpdatePauseRuleAsync("rule-1", new PauseRule { PauseTaskTransferRead = false }),
            "PUT", "/v0.10/endpoint_manager/pause_rule/rule-1", """{"pause_task_transfer_read": false}""", RuleJson, r => r.Message, "maintenance");
        yield return Case("DeletePauseRule", c => c.EndpointManagerDeletePauseRuleAsync("rule-1"),
            "DELETE", "/v0.10/endpoint_manager/pause_rule/rule-1", null, ResultJson, r => r.Code, "Canceled");
    }

    [Test]
    public void FilterEndpointUse_without_FilterEndpoint_is_refused_before_any_request_also_when_paging()
    {
        var client = new TransferClient(options: Options());

        Assert.ThrowsAsync<GlobusSdkUsageException>(() => client.EndpointManagerTaskListAsync(filterEndpointUse: "destination"));
        Assert.ThrowsAsync<GlobusSdkUsageException>(async () =>
        {
            await foreach (var _ in client.Paginated.EndpointManagerTaskList(filterStatus: ["ACTIVE"], filterEndpointUse: "source"))
            {
            }
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task EndpointManagerTaskList_pages_by_last_key_until_has_next_page_is_false()
    {
        static WireMock.ResponseBuilders.IResponseBuilder Page(bool next, string? key, params string[] ids) => ScriptedAnswers.Status(200,
            $$"""{"DATA_TYPE": "task_list", "has_next_page": {{(next ? "true" : "false")}}, "last_key": {{(key is null ? "null" : $"\"{key}\"")}}, "DATA": [{{string.Join(",", ids.Select(i => $$"""{"task_id": "{{i}}"}"""))}}]}""");
        Server.AnswerInTurn(Page(true, "k1", "t1", "t2"), Page(true, "k2", "t3"), Page(false, "k3", "t4"));
        var client = new TransferClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var ids = new List<string>();
        await foreach (var task in client.Paginated.EndpointManagerTaskList(filterStatus: ["ACTIVE"], filterEndpoint: Ep, filterEndpointUse: "source"))
        {
            ids.Add(task.TaskId!);
        }

        Assert.That(ids, Is.EqualTo(new[] { "t1", "t2", "t3", "t4" }));
        var prefix = $"?filter_status=ACTIVE&filter_endpoint={Ep}&filter_endpoint_use=source";
        Assert.That(Requests.Select(e => e.RequestMessage.RawQuery), Is.EqualTo(new[] { prefix, prefix + "&last_key=k1", prefix + "&last_key=k2" }));
    }

    [Test]
    public async Task EndpointManagerTaskList_stops_at_maxTotalResults()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"has_next_page": true, "last_key": "k1", "DATA": [{"task_id": "t1"}, {"task_id": "t2"}]}"""));
        var client = new TransferClient(options: Options());

        var count = 0;
        await foreach (var _ in client.Paginated.EndpointManagerTaskList(filterStatus: ["ACTIVE"], maxTotalResults: 3))
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(3));
        Assert.That(Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task EndpointManagerTaskEventList_and_successful_transfers_page_like_the_task_operations()
    {
        Server.AnswerInTurn(
            ScriptedAnswers.Status(200, """{"total": 3, "DATA": [{"code": "A"}, {"code": "B"}]}"""),
            ScriptedAnswers.Status(200, """{"total": 3, "DATA": [{"code": "C"}]}"""));
        var client = new TransferClient(options: Options());

        var codes = new List<string?>();
        await foreach (var e in client.Paginated.EndpointManagerTaskEventList(TaskId, filterIsError: true, pageSize: 2))
        {
            codes.Add(e.Code);
        }

        Assert.That(codes, Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(Requests.Select(e => e.RequestMessage.RawQuery), Is.EqualTo(new[] { "?limit=2&filter_is_error=1", "?limit=2&offset=2&filter_is_error=1" }));
    }

    private static IEnumerable<TestCaseData> BadArguments()
    {
        TestCaseData Bad(string name, string parameter, Func<TransferClient, Task> call) =>
            new TestCaseData(call, parameter).SetName($"{name}_refuses_a_bad_{parameter}");
        yield return Bad("HostedEndpointList", "endpointId", c => c.EndpointManagerHostedEndpointListAsync(""));
        yield return Bad("GetEndpoint", "endpointId", c => c.EndpointManagerGetEndpointAsync(" "));
        yield return Bad("AclList", "endpointId", c => c.EndpointManagerAclListAsync(""));
        yield return Bad("GetTask", "taskId", c => c.EndpointManagerGetTaskAsync(""));
        yield return Bad("TaskEventList", "taskId", c => c.EndpointManagerTaskEventListAsync(""));
        yield return Bad("TaskPauseInfo", "taskId", c => c.EndpointManagerTaskPauseInfoAsync(""));
        yield return Bad("TaskSuccessfulTransfers", "taskId", c => c.EndpointManagerTaskSuccessfulTransfersAsync(""));
        yield return Bad("TaskSkippedErrors", "taskId", c => c.EndpointManagerTaskSkippedErrorsAsync(""));
        yield return Bad("CancelTasks", "taskIds", c => c.EndpointManagerCancelTasksAsync(null!, "m"));
        yield return Bad("CancelStatus", "adminCancelId", c => c.EndpointManagerCancelStatusAsync(""));
        yield return Bad("PauseTasks", "taskIds", c => c.EndpointManagerPauseTasksAsync(null!, "m"));
        yield return Bad("ResumeTasks", "taskIds", c => c.EndpointManagerResumeTasksAsync((IEnumerable<string>)null!));
        yield return Bad("CreatePauseRule", "data", c => c.EndpointManagerCreatePauseRuleAsync(null!));
        yield return Bad("GetPauseRule", "pauseRuleId", c => c.EndpointManagerGetPauseRuleAsync(""));
        yield return Bad("UpdatePauseRule", "pauseRuleId", c => c.EndpointManagerUpdatePauseRuleAsync("", new PauseRule()));
        yield return Bad("DeletePauseRule", "pauseRuleId", c => c.EndpointManagerDeletePauseRuleAsync(""));
        yield return Bad("TaskList", "filterMinFaults", c => c.EndpointManagerTaskListAsync(filterMinFaults: -1));
    }

    [TestCaseSource(nameof(BadArguments))]
    public void A_bad_argument_is_refused_before_any_request(Func<TransferClient, Task> call, string parameter) =>
        AssertRefusedBeforeAnyRequest(call, parameter);

    [Test]
    public void A_time_range_is_written_like_Pythons_isoformat_and_needs_one_side()
    {
        var start = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)).AddTicks(1234560);

        Assert.Multiple(() =>
        {
            Assert.That(new TransferTimeRange(start, null).ToString(), Is.EqualTo("2024-01-02T03:04:05.123456-05:00,"));
            Assert.That((string?)new TransferTimeRange(null, start.AddTicks(-1234560)), Is.EqualTo(",2024-01-02T03:04:05-05:00"));
            Assert.That((string?)(TransferTimeRange?)null, Is.Null);
            Assert.That(Assert.Throws<ArgumentException>(() => _ = new TransferTimeRange(null, null))!.ParamName, Is.EqualTo("start"));
        });
    }
}
