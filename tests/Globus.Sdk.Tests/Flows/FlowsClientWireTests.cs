using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Flows;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Flows;

/// <summary>
/// Every operation of specs/flows.yaml on <see cref="FlowsClient"/> and <see cref="SpecificFlowClient"/>, as it
/// goes on the wire: one request with the exact method, path, query and JSON body (only the arguments given, as
/// Python 4.9 builds them), the caller's token, and the typed document the caller gets back.
/// </summary>
public class FlowsClientWireTests : WireMockTestBase
{
    private const string FlowId = "24bc4997-b483-4c25-a19c-64b0afc00743";
    private const string RunId = "36ad9f9a-ad29-488f-beb4-c22ab729643a";
    private const string ApiId = "9dc867a4-1c6d-46d9-911f-71c2ac67e38c";
    private const string WebInputId = "e35d1f92-3e2a-4c1c-8f36-7ce4f00f9d2c";

    // One document every response model can read: each case checks the field its model types.
    private const string Answer = """
        {"id": "id-1", "run_id": "run-1", "status": "SUCCEEDED", "title": "Two hop", "name": "api-1",
         "message": "validation successful", "scopes": {"User": ["urn:globus:auth:scope:transfer.api.globus.org:all"]},
         "flow_id": "flow-1", "definition": {"StartAt": "a"},
         "flows": [{"id": "f-1"}], "runs": [{"run_id": "r-2"}], "entries": [{"code": "FlowStarted"}],
         "registered_apis": [{"id": "a-1"}], "web_input_summaries": [{"id": "w-1"}], "has_next_page": false, "marker": null}
        """;

    private static readonly JsonElement Definition = JsonDocument.Parse("""{"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}""").RootElement;
    private static readonly JsonElement Schema = JsonDocument.Parse("""{"type": "object"}""").RootElement;
    private static readonly JsonElement Input = JsonDocument.Parse("""{"source_path": "/a"}""").RootElement;

    public delegate Task<object?> Call(FlowsClient flows, SpecificFlowClient flow);

    private static TestCaseData Case(string name, Call call, string method, string pathAndQuery, string? body, object? typed) =>
        new TestCaseData(call, method, pathAndQuery, body, typed).SetName($"{name}_is_one_{method}_of_its_path_query_and_body");

    private static Call Read<T>(Func<FlowsClient, SpecificFlowClient, Task<GlobusResponse<T>>> call, Func<T, object?> field) =>
        async (flows, flow) => field((await call(flows, flow)).Value);

#pragma warning disable GLOBUS170 // the retired filter_role is still on the wire
    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("CreateFlow", Read((c, _) => c.CreateFlowAsync("Two hop", Definition, Schema), f => f.Id), "POST", "/flows",
            """{"title": "Two hop", "definition": {"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}, "input_schema": {"type": "object"}}""", "id-1");
        yield return Case("CreateFlow_with_every_argument", Read((c, _) => c.CreateFlowAsync("Two hop", Definition, Schema, subtitle: "sub", description: "d",
                flowViewers: ["public"], flowStarters: ["all_authenticated_users"], flowAdministrators: ["urn:a"], runManagers: ["urn:m"], runMonitors: ["urn:o"],
                keywords: ["k"], subscriptionId: "sub-1", authenticationPolicyId: "pol-1", additionalFields: [new("title", "Replaced"), new("extra", 1)]), f => f.Title),
            "POST", "/flows",
            """
            {"title": "Replaced", "definition": {"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}, "input_schema": {"type": "object"},
             "subtitle": "sub", "description": "d", "flow_viewers": ["public"], "flow_starters": ["all_authenticated_users"], "flow_administrators": ["urn:a"],
             "run_managers": ["urn:m"], "run_monitors": ["urn:o"], "keywords": ["k"], "subscription_id": "sub-1", "authentication_policy_id": "pol-1", "extra": 1}
            """, "Two hop");
        yield return Case("CreateFlow_with_a_request_model_sends_a_null_subscription", Read((c, _) => c.CreateFlowAsync(new FlowCreate { Title = "t", Definition = Definition, InputSchema = Schema, SubscriptionId = null }), f => f.Id),
            "POST", "/flows", """{"title": "t", "definition": {"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}, "input_schema": {"type": "object"}, "subscription_id": null}""", "id-1");
        yield return Case("GetFlow", Read((c, _) => c.GetFlowAsync(FlowId, queryParams: [new("extra", "1")]), f => f.Title), "GET", $"/flows/{FlowId}?extra=1", null, "Two hop");
        yield return Case("ListFlows", Read((c, _) => c.ListFlowsAsync(), p => p.Single().Id), "GET", "/flows", null, "f-1");
        yield return Case("ListFlows_with_filters_and_repeated_orderby", Read((c, _) => c.ListFlowsAsync(filterRoles: ["flow_owner", "flow_viewer"], filterFulltext: "hop",
                orderby: ["title ASC", "updated_at DESC"], marker: "m-1"), p => p.HasNextPage),
            "GET", "/flows?filter_roles=flow_owner%2Cflow_viewer&filter_fulltext=hop&orderby=title%20ASC&orderby=updated_at%20DESC&marker=m-1", null, false);
        yield return Case("ListFlows_with_the_retired_filter_role", Read((c, _) => c.ListFlowsAsync("flow_starter", filterFulltext: "hop"), p => p.Single().Id),
            "GET", "/flows?filter_fulltext=hop&filter_role=flow_starter", null, "f-1");
        yield return Case("UpdateFlow", Read((c, _) => c.UpdateFlowAsync(FlowId, keywords: ["new", "overriding"]), f => f.Id), "PUT", $"/flows/{FlowId}",
            """{"keywords": ["new", "overriding"]}""", "id-1");
        yield return Case("UpdateFlow_with_every_argument", Read((c, _) => c.UpdateFlowAsync(FlowId, title: "t", definition: Definition, inputSchema: Schema, subtitle: "s",
                description: "d", flowOwner: "urn:me", flowViewers: ["public"], flowStarters: ["urn:s"], flowAdministrators: ["urn:a"], runManagers: ["urn:m"],
                runMonitors: ["urn:o"], keywords: ["k"], subscriptionId: "DEFAULT", authenticationPolicyId: "pol-1", additionalFields: [new("x", true)]), f => f.Id),
            "PUT", $"/flows/{FlowId}",
            """
            {"title": "t", "definition": {"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}, "input_schema": {"type": "object"}, "subtitle": "s",
             "description": "d", "flow_owner": "urn:me", "flow_viewers": ["public"], "flow_starters": ["urn:s"], "flow_administrators": ["urn:a"],
             "run_managers": ["urn:m"], "run_monitors": ["urn:o"], "keywords": ["k"], "subscription_id": "DEFAULT", "authentication_policy_id": "pol-1", "x": true}
            """, "id-1");
        yield return Case("DeleteFlow", Read((c, _) => c.DeleteFlowAsync(FlowId), f => f.Id), "DELETE", $"/flows/{FlowId}", null, "id-1");
        yield return Case("ValidateFlow", Read((c, _) => c.ValidateFlowAsync(Definition), r => r.Scopes!.Value.GetProperty("User")[0].GetString()), "POST", "/flows/validate",
            """{"definition": {"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}}""", "urn:globus:auth:scope:transfer.api.globus.org:all");
        yield return Case("ValidateFlow_with_an_input_schema", Read((c, _) => c.ValidateFlowAsync(Definition, Schema), r => r.Scopes.HasValue), "POST", "/flows/validate",
            """{"definition": {"StartAt": "s", "States": {"s": {"Type": "Pass", "End": true}}}, "input_schema": {"type": "object"}}""", true);
        yield return Case("ListRuns", Read((c, _) => c.ListRunsAsync(), p => p.Single().RunId), "GET", "/runs", null, "r-2");
        yield return Case("ListRuns_with_comma_joined_filters", Read((c, _) => c.ListRunsAsync(filterFlowId: [FlowId, "f-2"], filterRoles: ["run_owner", "run_manager"], marker: "m-2"), p => p.Single().RunId),
            "GET", $"/runs?filter_flow_id={FlowId}%2Cf-2&filter_roles=run_owner%2Crun_manager&marker=m-2", null, "r-2");
        yield return Case("GetRunLogs", Read((c, _) => c.GetRunLogsAsync(RunId, limit: 50, reverseOrder: true, marker: "m-3"), p => p.Single().Code),
            "GET", $"/runs/{RunId}/log?limit=50&reverse_order=True&marker=m-3", null, "FlowStarted");
        yield return Case("GetRunLogs_in_order", Read((c, _) => c.GetRunLogsAsync(RunId, reverseOrder: false), p => p.Single().Code),
            "GET", $"/runs/{RunId}/log?reverse_order=False", null, "FlowStarted");
        yield return Case("GetRun", Read((c, _) => c.GetRunAsync(RunId), r => r.Status), "GET", $"/runs/{RunId}", null, RunStatus.Succeeded);
        yield return Case("GetRun_with_the_flow_description", Read((c, _) => c.GetRunAsync(RunId, includeFlowDescription: true), r => r.RunId),
            "GET", $"/runs/{RunId}?include_flow_description=True", null, "run-1");
        yield return Case("GetRunDefinition", Read((c, _) => c.GetRunDefinitionAsync(RunId), r => r.FlowId), "GET", $"/runs/{RunId}/definition", null, "flow-1");
        yield return Case("CancelRun", Read((c, _) => c.CancelRunAsync(RunId), r => r.RunId), "POST", $"/runs/{RunId}/cancel", null, "run-1");
        yield return Case("UpdateRun", Read((c, _) => c.UpdateRunAsync(RunId, label: "L", tags: ["a b"], runMonitors: ["urn:o"], runManagers: ["urn:m"], additionalFields: [new("z", null)]), r => r.RunId),
            "PUT", $"/runs/{RunId}", """{"label": "L", "tags": ["a b"], "run_monitors": ["urn:o"], "run_managers": ["urn:m"], "z": null}""", "run-1");
        yield return Case("UpdateRun_with_only_a_label", Read((c, _) => c.UpdateRunAsync(RunId, label: "Crunch"), r => r.RunId), "PUT", $"/runs/{RunId}", """{"label": "Crunch"}""", "run-1");
        yield return Case("DeleteRun", Read((c, _) => c.DeleteRunAsync(RunId), r => r.RunId), "POST", $"/runs/{RunId}/release", null, "run-1");
        yield return Case("GetRegisteredApi", Read((c, _) => c.GetRegisteredApiAsync(ApiId, queryParams: [new("extra", "1")]), a => a.Name), "GET", $"/registered_apis/{ApiId}?extra=1", null, "api-1");
        yield return Case("ListRegisteredApis", Read((c, _) => c.ListRegisteredApisAsync(filterRoles: ["owner", "viewer"], orderby: ["name ASC", "created_timestamp DESC"], marker: "m-4", perPage: 5), p => p.Single().Id),
            "GET", "/registered_apis?filter_roles=owner%2Cviewer&orderby=name%20ASC&orderby=created_timestamp%20DESC&marker=m-4&per_page=5", null, "a-1");
        yield return Case("ListWebInputs", Read((c, _) => c.ListWebInputsAsync(), p => p.Single().Id), "GET", "/web_inputs", null, "w-1");
        yield return Case("ListWebInputs_with_comma_joined_filters_and_orderby", Read((c, _) => c.ListWebInputsAsync(filterRoles: ["viewer", "respondent"], filterStates: ["open"],
                filterFlowIds: [FlowId], filterRunIds: [RunId, "r-9"], orderby: ["created_timestamp DESC", "edited_timestamp ASC"], perPage: 20, marker: "m-5"), p => p.Single().Id),
            "GET", $"/web_inputs?filter_roles=viewer%2Crespondent&filter_states=open&filter_flow_ids={FlowId}&filter_run_ids={RunId}%2Cr-9&orderby=created_timestamp%20DESC%2Cedited_timestamp%20ASC&per_page=20&marker=m-5",
            null, "w-1");
        yield return Case("GetWebInput", Read((c, _) => c.GetWebInputAsync(WebInputId), w => w.Id), "GET", $"/web_inputs/{WebInputId}", null, "id-1");
        yield return Case("RespondToWebInput", Read((c, _) => c.RespondToWebInputAsync(WebInputId, JsonSerializer.SerializeToElement("8f14e45f-ceea-467e-add1-6a6b672efe31")), r => r.Status),
            "POST", $"/web_inputs/{WebInputId}/respond", """{"response": {"value": "8f14e45f-ceea-467e-add1-6a6b672efe31"}}""", "SUCCEEDED");
        yield return Case("RespondToWebInput_with_a_null_value", Read((c, _) => c.RespondToWebInputAsync(WebInputId, JsonDocument.Parse("null").RootElement), r => r.Status),
            "POST", $"/web_inputs/{WebInputId}/respond", """{"response": {"value": null}}""", "SUCCEEDED");
        yield return Case("RunFlow", Read((_, f) => f.RunFlowAsync(Input), r => r.Status), "POST", $"/flows/{FlowId}/run", """{"body": {"source_path": "/a"}}""", RunStatus.Succeeded);
        yield return Case("RunFlow_with_every_argument", Read((_, f) => f.RunFlowAsync(Input, label: "L", tags: ["t"],
                activityNotificationPolicy: new RunActivityNotificationPolicy { Status = ["INACTIVE", "FAILED"] }, runMonitors: ["urn:o"], runManagers: ["urn:m"],
                additionalFields: [new("label", "Replaced")]), r => r.RunId),
            "POST", $"/flows/{FlowId}/run",
            """{"body": {"source_path": "/a"}, "label": "Replaced", "tags": ["t"], "activity_notification_policy": {"status": ["INACTIVE", "FAILED"]}, "run_monitors": ["urn:o"], "run_managers": ["urn:m"]}""",
            "run-1");
        yield return Case("ValidateRun", Read((_, f) => f.ValidateRunAsync(Input, label: "L", tags: ["t"], runMonitors: ["urn:o"], runManagers: ["urn:m"],
                activityNotificationPolicy: new RunActivityNotificationPolicy { Status = ["SUCCEEDED"] }, additionalFields: [new("extra", "x")]), r => r.Message),
            "POST", $"/flows/{FlowId}/validate_run",
            """{"body": {"source_path": "/a"}, "label": "L", "tags": ["t"], "run_monitors": ["urn:o"], "run_managers": ["urn:m"], "activity_notification_policy": {"status": ["SUCCEEDED"]}, "extra": "x"}""",
            "validation successful");
        yield return Case("ResumeRun", Read((_, f) => f.ResumeRunAsync(RunId), r => r.RunId), "POST", $"/runs/{RunId}/resume", null, "run-1");
    }
#pragma warning restore GLOBUS170

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_sends_one_exact_request(Call call, string method, string pathAndQuery, string? body, object? typed)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Answer));
        var recorder = new RecordingHandler();
        var options = Options(o => o.HttpMessageHandler = recorder);
        var flows = new FlowsClient(new AccessTokenAuthorizer("flows-token"), options);
        var flow = new SpecificFlowClient(FlowId, new AccessTokenAuthorizer("flows-token"), options);

        var value = await call(flows, flow);

        Assert.Multiple(() =>
        {
            ExactRequestAssertions.AssertExactRequest(SingleRequest, recorder, method, pathAndQuery, body, "flows-token");
            Assert.That(value, Is.EqualTo(typed));
        });
    }

    [Test]
    public void The_production_base_url_is_the_automate_host_for_both_clients()
    {
        using var environment = new EnvironmentVariableScope().Set("GLOBUS_SDK_ENVIRONMENT", null).Set("GLOBUS_SDK_SERVICE_URL_FLOWS", null);

        Assert.That(new FlowsClient().BaseUrl, Is.EqualTo(new Uri("https://flows.automate.globus.org/")));
        Assert.That(new SpecificFlowClient(FlowId).BaseUrl, Is.EqualTo(new Uri("https://flows.automate.globus.org/")));
        Assert.That(new FlowsClient(options: new GlobusClientOptions { Environment = "sandbox" }).BaseUrl, Is.EqualTo(new Uri("https://sandbox.flows.automate.globus.org/")));
    }

    [Test]
    public void The_flow_client_names_the_flows_resource_server_and_user_scope_as_Python_does()
    {
        var flow = new SpecificFlowClient(FlowId);

        Assert.That(flow.FlowId, Is.EqualTo(FlowId));
        Assert.That(flow.ResourceServer, Is.EqualTo(FlowId));
        Assert.That(flow.UserScope, Is.EqualTo($"https://auth.globus.org/scopes/{FlowId}/flow_24bc4997_b483_4c25_a19c_64b0afc00743_user"));
        Assert.That(FlowsScopes.ResourceServer, Is.EqualTo("flows.globus.org"));
        Assert.That(FlowsScopes.All, Is.EqualTo("https://auth.globus.org/scopes/eec9b274-0c81-4334-bdc2-54e90e689b9a/all"));
        Assert.That(FlowsScopes.DefaultScopes, Is.EqualTo(new[] { FlowsScopes.All }));
        Assert.That(new[] { FlowsScopes.ManageFlows, FlowsScopes.ViewFlows, FlowsScopes.Run, FlowsScopes.RunStatus, FlowsScopes.RunManage },
            Is.EqualTo(new[] { "manage_flows", "view_flows", "run", "run_status", "run_manage" }.Select(s => "https://auth.globus.org/scopes/eec9b274-0c81-4334-bdc2-54e90e689b9a/" + s)));
    }

    [Test]
    public void Bad_arguments_are_refused_before_any_request()
    {
        var flows = new FlowsClient(new AccessTokenAuthorizer("t"), Options());
        var flow = new SpecificFlowClient(FlowId, new AccessTokenAuthorizer("t"), Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => flows.CreateFlowAsync(null!, Definition, Schema))!.ParamName, Is.EqualTo("title"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.GetFlowAsync(" "))!.ParamName, Is.EqualTo("flowId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.GetFlowAsync(".."))!.ParamName, Is.EqualTo("flowId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.DeleteRunAsync(""))!.ParamName, Is.EqualTo("runId"));
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => flows.GetRunLogsAsync(RunId, limit: 0))!.ParamName, Is.EqualTo("limit"));
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => flows.ListWebInputsAsync(perPage: 0))!.ParamName, Is.EqualTo("perPage"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => flows.UpdateRunAsync(RunId, (RunUpdate)null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flow.ResumeRunAsync("."))!.ParamName, Is.EqualTo("runId"));
#pragma warning disable GLOBUS170
            Assert.ThrowsAsync<GlobusSdkUsageException>(() => flows.ListFlowsAsync("flow_owner", filterRoles: ["flow_viewer"]));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.ListFlowsAsync(filterRole: " "))!.ParamName, Is.EqualTo("filterRole"));
#pragma warning restore GLOBUS170
            Assert.That(Assert.Throws<ArgumentException>(() => new SpecificFlowClient(" "))!.ParamName, Is.EqualTo("flowId"));
            // A JsonElement never is null: its default holds no JSON at all, and is refused as a missing document.
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.CreateFlowAsync("t", default, Schema))!.ParamName, Is.EqualTo("definition"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.ValidateFlowAsync(default(JsonElement)))!.ParamName, Is.EqualTo("definition"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.RespondToWebInputAsync("w", default(JsonElement)))!.ParamName, Is.EqualTo("value"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flow.RunFlowAsync(default(JsonElement)))!.ParamName, Is.EqualTo("body"));
        });
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public void The_retired_filter_role_wins_over_one_in_the_extra_query_parameters()
    {
        Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("""{"flows": []}"""));
        var flows = new FlowsClient(options: Options());

#pragma warning disable GLOBUS170
        Assert.DoesNotThrowAsync(() => flows.ListFlowsAsync("flow_owner", queryParams: [new("filter_role", "other"), new("x", "1")]));
#pragma warning restore GLOBUS170

        Assert.That(SingleRequest.RawQuery, Is.EqualTo("?filter_role=flow_owner&x=1"));
    }
}
