using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>
/// The facts of the task, endpoint manager and Globus Streams operations of <c>specs/transfer.yaml</c> that
/// the Python SDK (v3.0 documentation, 4.9 <c>TransferClient</c>) pins down. Other Transfer operations have
/// their own tests.
/// </summary>
public class TransferTaskSpecTests
{
    private static readonly Lazy<SpecDocument> Transfer = new(() => SpecDocument.Load(RepositoryFiles.PathOf("specs", "transfer.yaml")));

    private static Operation Op(string id) => Transfer.Value.Operations().Single(o => o.Id == id);

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["task_list"] = "GET /v0.10/task_list",
        ["task_event_list"] = "GET /v0.10/task/{task_id}/event_list",
        ["get_task"] = "GET /v0.10/task/{task_id}",
        ["update_task"] = "PUT /v0.10/task/{task_id}",
        ["cancel_task"] = "POST /v0.10/task/{task_id}/cancel",
        ["task_pause_info"] = "GET /v0.10/task/{task_id}/pause_info",
        ["task_successful_transfers"] = "GET /v0.10/task/{task_id}/successful_transfers",
        ["task_skipped_errors"] = "GET /v0.10/task/{task_id}/skipped_errors",
        ["endpoint_manager_monitored_endpoints"] = "GET /v0.10/endpoint_manager/monitored_endpoints",
        ["endpoint_manager_hosted_endpoint_list"] = "GET /v0.10/endpoint_manager/endpoint/{endpoint_id}/hosted_endpoint_list",
        ["endpoint_manager_get_endpoint"] = "GET /v0.10/endpoint_manager/endpoint/{endpoint_id}",
        ["endpoint_manager_acl_list"] = "GET /v0.10/endpoint_manager/endpoint/{endpoint_id}/access_list",
        ["endpoint_manager_task_list"] = "GET /v0.10/endpoint_manager/task_list",
        ["endpoint_manager_get_task"] = "GET /v0.10/endpoint_manager/task/{task_id}",
        ["endpoint_manager_task_event_list"] = "GET /v0.10/endpoint_manager/task/{task_id}/event_list",
        ["endpoint_manager_task_pause_info"] = "GET /v0.10/endpoint_manager/task/{task_id}/pause_info",
        ["endpoint_manager_task_successful_transfers"] = "GET /v0.10/endpoint_manager/task/{task_id}/successful_transfers",
        ["endpoint_manager_task_skipped_errors"] = "GET /v0.10/endpoint_manager/task/{task_id}/skipped_errors",
        ["endpoint_manager_cancel_tasks"] = "POST /v0.10/endpoint_manager/admin_cancel",
        ["endpoint_manager_cancel_status"] = "GET /v0.10/endpoint_manager/admin_cancel/{admin_cancel_id}",
        ["endpoint_manager_pause_tasks"] = "POST /v0.10/endpoint_manager/admin_pause",
        ["endpoint_manager_resume_tasks"] = "POST /v0.10/endpoint_manager/admin_resume",
        ["endpoint_manager_pause_rule_list"] = "GET /v0.10/endpoint_manager/pause_rule_list",
        ["endpoint_manager_create_pause_rule"] = "POST /v0.10/endpoint_manager/pause_rule",
        ["endpoint_manager_get_pause_rule"] = "GET /v0.10/endpoint_manager/pause_rule/{pause_rule_id}",
        ["endpoint_manager_update_pause_rule"] = "PUT /v0.10/endpoint_manager/pause_rule/{pause_rule_id}",
        ["endpoint_manager_delete_pause_rule"] = "DELETE /v0.10/endpoint_manager/pause_rule/{pause_rule_id}",
        ["create_tunnel"] = "POST /v2/tunnels",
        ["update_tunnel"] = "PATCH /v2/tunnels/{tunnel_id}",
        ["get_tunnel"] = "GET /v2/tunnels/{tunnel_id}",
        ["delete_tunnel"] = "DELETE /v2/tunnels/{tunnel_id}",
        ["list_tunnels"] = "GET /v2/tunnels",
        ["get_stream_access_point"] = "GET /v2/stream_access_points/{stream_ap_id}",
        ["get_tunnel_events"] = "GET /v2/tunnels/{tunnel_id}/events",
    };

    [Test]
    public void It_has_the_task_endpoint_manager_and_streams_operations_of_TransferClient()
    {
        var actual = Transfer.Value.Operations().ToDictionary(o => o.Id!, o => $"{o.Method.ToUpperInvariant()} {o.Template}");
        Assert.That(actual, Is.SupersetOf(Expected));
    }

    [TestCase("task_list", "offset-total", 1000, 1000, null)]
    [TestCase("task_event_list", "offset-total", 1000, 1000, null)]
    [TestCase("endpoint_manager_task_event_list", "offset-total", 1000, 1000, null)]
    [TestCase("task_successful_transfers", "nullable-marker", null, null, "next_marker")]
    [TestCase("task_skipped_errors", "nullable-marker", null, null, "next_marker")]
    [TestCase("endpoint_manager_task_successful_transfers", "nullable-marker", null, null, "next_marker")]
    [TestCase("endpoint_manager_task_skipped_errors", "nullable-marker", null, null, "next_marker")]
    [TestCase("endpoint_manager_task_list", "last-key", null, null, null)]
    public void Paging_follows_the_Python_paginators(string id, string style, int? pageSize, int? maxTotal, string? markerKey)
    {
        var paging = Op(id).Node["x-globus-paging"]!;
        Assert.Multiple(() =>
        {
            Assert.That(paging["style"].AsString(), Is.EqualTo(style));
            Assert.That(paging["in"].AsString() ?? "query", Is.EqualTo("query"));
            Assert.That(paging["page-size"].AsInteger(), Is.EqualTo(pageSize));
            Assert.That(paging["max-total"].AsInteger(), Is.EqualTo(maxTotal));
            Assert.That(paging["marker-key"].AsString(), Is.EqualTo(markerKey));
        });
    }

    [Test]
    public void Query_encodings_are_those_the_Python_SDK_sends()
    {
        var taskList = Op("task_list").Parameters().ToDictionary(p => p["name"].AsString()!);
        var emTaskList = Op("endpoint_manager_task_list").Parameters().ToDictionary(p => p["name"].AsString()!);
        var emEvents = Op("endpoint_manager_task_event_list").Parameters().ToDictionary(p => p["name"].AsString()!);
        Assert.Multiple(() =>
        {
            Assert.That(taskList["filter"]["x-globus-csharp-type"].AsString(), Is.EqualTo("Globus.Sdk.Transfer.TransferFilter"));
            Assert.That(taskList["orderby"]["explode"].AsBool(), Is.False);
            Assert.That(emTaskList["filter_status"]["explode"].AsBool(), Is.False);
            Assert.That(emTaskList["filter_task_id"]["explode"].AsBool(), Is.False);
            Assert.That(emTaskList["filter_is_paused"]["x-globus-encoding"].AsString(), Is.EqualTo("True|False"));
            Assert.That(emEvents["filter_is_error"]["x-globus-encoding"].AsString(), Is.EqualTo("1|0"));
            Assert.That(emTaskList.Keys, Is.EqualTo(new[]
            {
                "filter_status", "filter_task_id", "filter_owner_id", "filter_endpoint", "filter_endpoint_use", "filter_is_paused",
                "filter_completion_time", "filter_min_faults", "filter_local_user", "last_key",
            }));
        });
    }

    [Test]
    public void Only_endpoint_manager_task_list_and_create_tunnel_are_hand_written() =>
        Assert.That(
            Transfer.Value.Operations().Where(o => Expected.ContainsKey(o.Id!) && o.Node["x-globus-hand-written"].AsBool() == true).Select(o => o.Id),
            Is.EquivalentTo(new[] { "endpoint_manager_task_list", "create_tunnel" }));

    [Test]
    public void The_free_form_query_params_are_where_Python_has_them()
    {
        string[] without = ["cancel_task", "endpoint_manager_create_pause_rule", "endpoint_manager_update_pause_rule", "create_tunnel", "update_tunnel", "delete_tunnel"];
        var withQueryParams = Transfer.Value.Operations()
            .Where(o => Expected.ContainsKey(o.Id!) && o.Node["x-globus-query-params"].AsBool() == true).Select(o => o.Id);
        Assert.That(withQueryParams, Is.EquivalentTo(Expected.Keys.Except(without)));
    }

    [TestCase("update_task", "data")]
    [TestCase("endpoint_manager_create_pause_rule", "data")]
    [TestCase("endpoint_manager_update_pause_rule", "data")]
    [TestCase("create_tunnel", "data")]
    [TestCase("update_tunnel", "update_doc")]
    public void Document_bodies_are_passed_whole_under_Pythons_name(string id, string argument) =>
        Assert.That(Op(id).RequestBody!["x-globus-body"]!["argument"].AsString(), Is.EqualTo(argument));

    [TestCase("endpoint_manager_cancel_tasks", new[] { "task_id_list", "message" })]
    [TestCase("endpoint_manager_pause_tasks", new[] { "task_id_list", "message" })]
    [TestCase("endpoint_manager_resume_tasks", new[] { "task_id_list" })]
    public void Admin_bodies_are_built_from_task_ids_and_message(string id, string[] arguments)
    {
        var body = Op(id).RequestBody!["x-globus-body"]!;
        var schema = Op(id).RequestBodySchema()!;
        Assert.That(body["arguments"].AsStrings(), Is.EqualTo(arguments));
        Assert.That(schema["properties"]!["task_id_list"]!["x-globus-csharp-name"].AsString(), Is.EqualTo("TaskIds"));
    }
}
