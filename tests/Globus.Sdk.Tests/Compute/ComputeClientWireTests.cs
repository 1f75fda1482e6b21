using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Compute;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Compute;

/// <summary>
/// Every operation of specs/compute.yaml, on both clients, as it goes on the wire: one request with the exact
/// method, path, query and JSON body (none where Python sends none), the caller's token, and what the caller
/// reads from the typed result of the service's answer.
/// </summary>
public class ComputeClientWireTests : WireMockTestBase
{
    private const string Ep = "2a1f3ec4-6bd2-11ee-a0b1-0242ac120002";
    private const string Fn = "5b7e1c9a-6bd2-11ee-a0b1-0242ac120002";
    private const string TaskId = "9f4a3c1e-6bd2-11ee-a0b1-0242ac120002";
    private const string Group = "4e8b2d7f-6bd2-11ee-a0b1-0242ac120002";
    private const string Token = "compute-token";

    private const string Registered = $$"""
        {"endpoint_id": "{{Ep}}", "warnings": ["old version"],
         "task_queue_info": {"connection_url": "amqps://u:p@mq.example.org", "exchange": "tasks", "queue": "q1"},
         "result_queue_info": {"connection_url": "amqps://u:p@mq.example.org", "exchange": "results", "queue": "q2", "queue_publish_kwargs": {} } }
        """;

    private const string Locked = $$"""{"endpoint_id": "{{Ep}}", "lock_expiration_timestamp": "2021-07-01T00:00:00.000000"}""";
    private const string TaskDoc = $$"""{"task_id": "{{TaskId}}", "status": "success", "result": "10000", "completion_t": "1677183605.212898", "details": {"os": "Linux"} }""";

    /// <summary>Both clients, made for one test with the same token and server.</summary>
    public sealed record Clients(ComputeClientV2 V2, ComputeClientV3 V3);

    private static TestCaseData Case(
        string name, Func<Clients, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body,
        string answer, Func<GlobusResponse, object?> read, object? expected) =>
        new TestCaseData(call, method, pathAndQuery, body, answer, read, expected).SetName($"{name}_is_one_{method}_of_its_path_query_and_body");

    private static async Task<GlobusResponse> Typed<T>(Task<GlobusResponse<T>> call) => await call;

    // What the caller reads from the typed result.
    private static Func<GlobusResponse, object?> Read<T>(Func<T, object?> read) => response => read(((GlobusResponse<T>)response).Value);

    private static IEnumerable<TestCaseData> V2Operations()
    {
        yield return Case("V2_GetVersion", c => c.V2.GetVersionAsync(), "GET", "/v2/version", null,
            "\"1.23.0\"", r => r.Data.GetString(), "1.23.0");
        yield return Case("V2_GetVersion_with_service", c => c.V2.GetVersionAsync(service: "all"), "GET", "/v2/version?service=all", null,
            """{"api": "1.23.0", "min_sdk_version": "1.0.0a6"}""", r => r["min_sdk_version"].GetString(), "1.0.0a6");
        yield return Case("V2_GetResultAmqpUrl", c => Typed(c.V2.GetResultAmqpUrlAsync()), "GET", "/v2/get_amqp_result_connection_url", null,
            """{"queue_prefix": "pfx", "connection_url": "amqps://user:secret@amqp.example.org"}""",
            Read<ResultAmqpUrl>(v => $"{v.QueuePrefix} {v.ConnectionUrl}"), "pfx amqps://user:secret@amqp.example.org");
        yield return Case("V2_RegisterEndpoint", c => Typed(c.V2.RegisterEndpointAsync(new EndpointRegistration
            {
                EndpointName = "my-endpoint", EndpointUuid = Ep, Version = "2.31.0", MultiUser = false, AllowedFunctions = [Fn],
            })),
            "POST", "/v2/endpoints",
            $$"""{"endpoint_name": "my-endpoint", "endpoint_uuid": "{{Ep}}", "version": "2.31.0", "multi_user": false, "allowed_functions": ["{{Fn}}"]}""",
            Registered, Read<EndpointRegistrationResult>(v => $"{v.EndpointId} {v.TaskQueueInfo!.Queue} {v.ResultQueueInfo!.Exchange} {v.Warnings![0]}"),
            $"{Ep} q1 results old version");
        yield return Case("V2_RegisterEndpoint_from_JSON_keeps_unknown_fields_and_nulls",
            c => Typed(c.V2.RegisterEndpointAsync(EndpointRegistration.FromJson("""{"endpoint_name": "e", "display_name": null, "future": {"a": [1]}}"""))),
            "POST", "/v2/endpoints", """{"endpoint_name": "e", "display_name": null, "future": {"a": [1]}}""",
            Registered, Read<EndpointRegistrationResult>(v => v.EndpointId), Ep);
        yield return Case("V2_GetEndpoint", c => Typed(c.V2.GetEndpointAsync(Ep)), "GET", $"/v2/endpoints/{Ep}", null,
            $$"""{"uuid": "{{Ep}}", "name": "my-endpoint", "multi_user": false, "hostname": "my-hostname", "subscription_uuid": null, "user_config_schema": {} }""",
            Read<ComputeEndpoint>(v => $"{v.Uuid} {v.Name} {v.MultiUser} {v.Hostname} {v.SubscriptionUuid ?? "none"}"), $"{Ep} my-endpoint False my-hostname none");
        yield return Case("V2_GetEndpointStatus", c => Typed(c.V2.GetEndpointStatusAsync(Ep)), "GET", $"/v2/endpoints/{Ep}/status", null,
            """{"status": "online", "details": {"total_workers": 4, "idle_workers": 3, "pending_tasks": 0, "outstanding_tasks": 1, "managers": 1}}""",
            Read<EndpointStatus>(v => $"{v.Status} {v.Details!.TotalWorkers} {v.Details.IdleWorkers} {v.Details.OutstandingTasks}"), "online 4 3 1");
        yield return Case("V2_GetEndpoints", c => Typed(c.V2.GetEndpointsAsync()), "GET", "/v2/endpoints", null,
            $$"""[{"uuid": "{{Ep}}", "name": "a", "display_name": "A", "owner": "me"}, {"uuid": "other", "name": "b", "owner": "me"}]""",
            Read<IReadOnlyList<ComputeEndpoint>>(v => string.Join(",", v.Select(e => $"{e.Uuid}/{e.Name}/{e.Owner}"))), $"{Ep}/a/me,other/b/me");
        yield return Case("V2_GetEndpoints_with_role", c => Typed(c.V2.GetEndpointsAsync(role: "any")), "GET", "/v2/endpoints?role=any", null,
            "[]", Read<IReadOnlyList<ComputeEndpoint>>(v => v.Count), 0);
        yield return Case("V2_DeleteEndpoint", c => Typed(c.V2.DeleteEndpointAsync(Ep)), "DELETE", $"/v2/endpoints/{Ep}", null,
            """{"result": 302}""", Read<DeleteResult>(v => v.Result), 302L);
        yield return Case("V2_LockEndpoint", c => Typed(c.V2.LockEndpointAsync(Ep)), "POST", $"/v2/endpoints/{Ep}/lock", null,
            Locked, Read<EndpointLock>(v => $"{v.EndpointId} {v.LockExpirationTimestamp}"), $"{Ep} 2021-07-01T00:00:00.000000");
        yield return Case("V2_RegisterFunction", c => Typed(c.V2.RegisterFunctionAsync(new FunctionRegistration { FunctionName = "howdy", FunctionCode = "410\n10\n:gASV" })),
            "POST", "/v2/functions", """{"function_name": "howdy", "function_code": "410\n10\n:gASV"}""",
            $$"""{"function_uuid": "{{Fn}}"}""", Read<FunctionRegistrationResult>(v => v.FunctionUuid), Fn);
        yield return Case("V2_GetFunction", c => Typed(c.V2.GetFunctionAsync(Fn)), "GET", $"/v2/functions/{Fn}", null,
            $$"""{"function_uuid": "{{Fn}}", "function_name": "howdy", "function_code": "c", "description": null, "metadata": {"python_version": "3.12.6"} }""",
            Read<ComputeFunction>(v => $"{v.FunctionUuid} {v.FunctionName} {v.Description ?? "none"} {v.Metadata!.Value.GetProperty("python_version")}"),
            $"{Fn} howdy none 3.12.6");
        yield return Case("V2_DeleteFunction", c => Typed(c.V2.DeleteFunctionAsync(Fn)), "DELETE", $"/v2/functions/{Fn}", null,
            """{"result": 302}""", Read<DeleteResult>(v => v.Result), 302L);
        yield return Case("V2_GetTask", c => Typed(c.V2.GetTaskAsync(TaskId)), "GET", $"/v2/tasks/{TaskId}", null,
            TaskDoc, Read<ComputeTask>(v => $"{v.TaskId} {v.Status} {v.Result} {v.CompletionT} {v.Exception ?? "none"}"),
            $"{TaskId} success 10000 1677183605.212898 none");
        yield return Case("V2_GetTaskBatch", c => Typed(c.V2.GetTaskBatchAsync([TaskId, "t-2"])), "POST", "/v2/batch_status",
            $$"""{"task_ids": ["{{TaskId}}", "t-2"]}""",
            $$"""{"response": "batch", "results": {"{{TaskId}}": {{TaskDoc}}, "t-2": {"task_id": "t-2", "status": "waiting-for-ep"} } }""",
            Read<TaskBatchStatus>(v => $"{v.Response} " + string.Join(",", v.Tasks.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value.Status}"))),
            $"batch {TaskId}=success,t-2=waiting-for-ep");
        yield return Case("V2_GetTaskBatch_with_a_request_model", c => Typed(c.V2.GetTaskBatchAsync(new TaskBatchRequest { TaskIds = [TaskId] })),
            "POST", "/v2/batch_status", $$"""{"task_ids": ["{{TaskId}}"]}""",
            """{"response": "batch", "results": {}}""", Read<TaskBatchStatus>(v => v.Tasks.Count), 0);
        yield return Case("V2_GetTaskGroup", c => Typed(c.V2.GetTaskGroupAsync(Group)), "GET", $"/v2/taskgroup/{Group}", null,
            $$"""{"taskgroup_id": "{{Group}}", "create_websockets_queue": true, "tasks": [{"id": "a", "created_at": "2021-05-05T15:00:00.000000"}, {"id": "b"}]}""",
            Read<TaskGroup>(v => $"{v.TaskgroupId} {v.CreateWebsocketsQueue} " + string.Join(",", v.Select(t => t.Id))), $"{Group} True a,b");
        yield return Case("V2_Submit", c => Typed(c.V2.SubmitAsync(BatchSubmissionV2.FromJson(
                $$"""{"task_group_id": "{{Group}}", "create_websocket_queue": false, "tasks": [["{{Fn}}", "{{Ep}}", "36\n00\ngASV"]]}"""))),
            "POST", "/v2/submit", $$"""{"task_group_id": "{{Group}}", "create_websocket_queue": false, "tasks": [["{{Fn}}", "{{Ep}}", "36\n00\ngASV"]]}""",
            $$"""{"response": "success", "task_group_id": "{{Group}}", "results": [{"status": "success", "task_uuid": "{{TaskId}}", "http_status_code": 200, "reason": null}]}""",
            Read<SubmitResponseV2>(v => $"{v.Response} {v.TaskGroupId} " + string.Join(",", v.Select(t => $"{t.TaskUuid}:{t.HttpStatusCode}:{t.Reason ?? "none"}"))),
            $"success {Group} {TaskId}:200:none");
    }

    private static IEnumerable<TestCaseData> V3Operations()
    {
        yield return Case("V3_RegisterEndpoint", c => Typed(c.V3.RegisterEndpointAsync(new EndpointRegistration
            {
                EndpointName = "my-endpoint", MultiUser = true, Public = false, HighAssurance = false, Admins = ["admin-1"], SubscriptionUuid = "sub-1",
            })),
            "POST", "/v3/endpoints",
            """{"endpoint_name": "my-endpoint", "multi_user": true, "public": false, "high_assurance": false, "admins": ["admin-1"], "subscription_uuid": "sub-1"}""",
            Registered, Read<EndpointRegistrationResult>(v => v.EndpointId), Ep);
        yield return Case("V3_UpdateEndpoint", c => Typed(c.V3.UpdateEndpointAsync(Ep, new EndpointRegistration
            {
                EndpointName = "my-endpoint", DisplayName = "Mine", AuthenticationPolicy = "policy-1",
                Metadata = JsonDocument.Parse("""{"hostname": "h"}""").RootElement,
            })),
            "PUT", $"/v3/endpoints/{Ep}",
            """{"endpoint_name": "my-endpoint", "display_name": "Mine", "authentication_policy": "policy-1", "metadata": {"hostname": "h"}}""",
            Registered, Read<EndpointRegistrationResult>(v => v.TaskQueueInfo!.Exchange), "tasks");
        yield return Case("V3_LockEndpoint", c => Typed(c.V3.LockEndpointAsync(Ep)), "POST", $"/v3/endpoints/{Ep}/lock", null,
            Locked, Read<EndpointLock>(v => v.LockExpirationTimestamp), "2021-07-01T00:00:00.000000");
        yield return Case("V3_GetEndpointAllowlist", c => Typed(c.V3.GetEndpointAllowlistAsync(Ep)), "GET", $"/v3/endpoints/{Ep}/allowed_functions", null,
            $$"""{"endpoint_id": "{{Ep}}", "restricted": true, "functions": ["{{Fn}}", "fn-2"]}""",
            Read<EndpointAllowlist>(v => $"{v.EndpointId} {v.Restricted} " + string.Join(",", v)), $"{Ep} True {Fn},fn-2");
        yield return Case("V3_RegisterFunction", c => Typed(c.V3.RegisterFunctionAsync(new FunctionRegistration
            {
                FunctionName = "howdy", FunctionCode = "c", Description = "hi", Public = true, Group = "g-1", HaEndpointId = null,
                Meta = new FunctionRegistrationMetadata { PythonVersion = "3.12.6", SdkVersion = "2.28.1", SerdeIdentifier = "10" },
            })),
            "POST", "/v3/functions",
            """{"function_name": "howdy", "function_code": "c", "description": "hi", "public": true, "group": "g-1", "ha_endpoint_id": null, "meta": {"python_version": "3.12.6", "sdk_version": "2.28.1", "serde_identifier": "10"}}""",
            $$"""{"function_uuid": "{{Fn}}"}""", Read<FunctionRegistrationResult>(v => v.FunctionUuid), Fn);
        yield return Case("V3_RegisterFunction_sends_meta_null_as_the_Compute_SDK_does", c => Typed(c.V3.RegisterFunctionAsync(new FunctionRegistration
            {
                FunctionName = "howdy", FunctionCode = "c", Meta = null,
            })),
            "POST", "/v3/functions", """{"function_name": "howdy", "function_code": "c", "meta": null}""",
            $$"""{"function_uuid": "{{Fn}}"}""", Read<FunctionRegistrationResult>(v => v.FunctionUuid), Fn);
        yield return Case("V3_Submit", c => Typed(c.V3.SubmitAsync(Ep, BatchSubmission.FromJson(
                $$"""{"tasks": {"{{Fn}}": ["a1", "a2"]}, "task_group_id": "{{Group}}", "create_queue": true, "user_runtime": {"python_version": "3.11.9"} }"""))),
            "POST", $"/v3/endpoints/{Ep}/submit",
            $$"""{"tasks": {"{{Fn}}": ["a1", "a2"]}, "task_group_id": "{{Group}}", "create_queue": true, "user_runtime": {"python_version": "3.11.9"} }""",
            $$"""{"request_id": "req-1", "task_group_id": "{{Group}}", "endpoint_id": "{{Ep}}", "tasks": {"{{Fn}}": ["{{TaskId}}", "t-2"]} }""",
            Read<SubmitResponse>(v => $"{v.RequestId} {v.TaskGroupId} {v.EndpointId} {v.Tasks!.Value.GetProperty(Fn).GetArrayLength()}"),
            $"req-1 {Group} {Ep} 2");
        yield return Case("V3_Submit_with_a_document_built_in_code", c => Typed(c.V3.SubmitAsync(Ep, new BatchSubmission
            {
                CreateQueue = true,
                Tasks = JsonSerializer.SerializeToElement(new JsonObject { [Fn] = new JsonArray("a1") }),
                ResultSerializers = ["json"],
            })),
            "POST", $"/v3/endpoints/{Ep}/submit", $$"""{"create_queue": true, "tasks": {"{{Fn}}": ["a1"]}, "result_serializers": ["json"]}""",
            $$"""{"request_id": "req-2"}""", Read<SubmitResponse>(v => v.RequestId), "req-2");
    }

    [TestCaseSource(nameof(V2Operations))]
    [TestCaseSource(nameof(V3Operations))]
    public async Task Operation_sends_one_exact_request_and_hands_back_the_typed_answer(
        Func<Clients, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body,
        string answer, Func<GlobusResponse, object?> read, object? expected)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        var recorder = new RecordingHandler();
        var authorizer = new AccessTokenAuthorizer(Token);
        var clients = new Clients(
            new ComputeClientV2(authorizer, Options(o => o.HttpMessageHandler = recorder)),
            new ComputeClientV3(authorizer, Options(o => o.HttpMessageHandler = recorder)));

        var response = await call(clients);

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            ExactRequestAssertions.AssertExactRequest(request, recorder, method, pathAndQuery, body, Token);
            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(read(response), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Every_operation_of_both_clients_has_a_wire_case()
    {
        var names = V2Operations().Concat(V3Operations()).Select(c => c.TestName!).ToList();
        var missing = new[] { typeof(ComputeClientV2), typeof(ComputeClientV3) }
            .SelectMany(type => type.GetMethods()
                .Where(m => m.DeclaringType == type && m.Name.EndsWith("Async", StringComparison.Ordinal))
                .Select(m => (type.Name.EndsWith("V2", StringComparison.Ordinal) ? "V2_" : "V3_") + m.Name[..^"Async".Length]))
            .Distinct()
            .Where(op => !names.Any(n => n.StartsWith(op + "_", StringComparison.Ordinal)))
            .ToList();

        Assert.That(missing, Is.Empty);
        Assert.That(typeof(ComputeClientV2).GetMethods().Where(m => m.DeclaringType == typeof(ComputeClientV2)).Select(m => m.Name).Distinct().Count(), Is.EqualTo(15));
        Assert.That(typeof(ComputeClientV3).GetMethods().Where(m => m.DeclaringType == typeof(ComputeClientV3)).Select(m => m.Name).Distinct().Count(), Is.EqualTo(6));
    }

    [Test]
    public void Credentials_in_AMQP_connection_URLs_are_redacted_when_printed()
    {
        var amqp = JsonSerializer.Deserialize("""{"queue_prefix": "pfx", "connection_url": "amqps://user:s3cret@amqp.example.org"}""", ComputeJsonContext.Default.ResultAmqpUrl)!;
        var registered = JsonSerializer.Deserialize(Registered.Replace("u:p@", "u:s3cret@"), ComputeJsonContext.Default.EndpointRegistrationResult)!;

        Assert.Multiple(() =>
        {
            Assert.That(amqp.ConnectionUrl, Is.EqualTo("amqps://user:s3cret@amqp.example.org"), "the caller still reads it");
            Assert.That(amqp.ToString(), Does.Not.Contain("s3cret").And.Contains("pfx"));
            Assert.That(registered.ToString(), Does.Not.Contain("s3cret").And.Contains("tasks"));
        });
    }

    [Test]
    public void The_scopes_are_Pythons_ComputeScopes()
    {
        // Compute breaks the Globus convention: its resource server is a service name, its scope built on its client id.
        Assert.Multiple(() =>
        {
            Assert.That(ComputeScopes.ResourceServer, Is.EqualTo("funcx_service"));
            Assert.That(ComputeScopes.All, Is.EqualTo("https://auth.globus.org/scopes/facd7ccc-c5f4-42aa-916b-a0e270e2c2a9/all"));
            Assert.That(ComputeScopes.DefaultScopes, Is.EqualTo(new[] { ComputeScopes.All }));
        });
    }

    [Test]
    public void Both_clients_use_the_compute_service_url()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ComputeClientV2().BaseUrl, Is.EqualTo(new Uri("https://compute.api.globus.org/")));
            Assert.That(new ComputeClientV3(options: new GlobusClientOptions { Environment = "sandbox" }).BaseUrl,
                Is.EqualTo(new Uri("https://compute.api.sandbox.globuscs.info/")));
        });
    }

    [Test]
    public void Unknown_fields_of_an_answer_are_kept()
    {
        var endpoint = JsonSerializer.Deserialize($$"""{"uuid": "{{Ep}}", "new_field": {"x": 1} }""", ComputeJsonContext.Default.ComputeEndpoint)!;

        Assert.That(endpoint.AdditionalProperties["new_field"].GetProperty("x").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void A_batch_status_without_results_has_no_tasks()
    {
        var status = JsonSerializer.Deserialize("""{"response": "batch"}""", ComputeJsonContext.Default.TaskBatchStatus)!;

        Assert.That(status.Tasks, Is.Empty);
    }
}
