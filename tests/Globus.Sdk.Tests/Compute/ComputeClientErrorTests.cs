using Globus.Sdk.Authorizers;
using Globus.Sdk.Compute;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Compute;

/// <summary>Compute's error answers become <see cref="ComputeApiException"/>; bad arguments are refused before any request.</summary>
public class ComputeClientErrorTests : WireMockTestBase
{
    private const string Ep = "2a1f3ec4-6bd2-11ee-a0b1-0242ac120002";

    private ComputeClientV2 V2() => new(new AccessTokenAuthorizer("compute-token"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    private ComputeClientV3 V3() => new(new AccessTokenAuthorizer("compute-token"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    [Test]
    public void A_4xx_answer_of_either_client_is_a_ComputeApiException_with_the_services_code_and_message()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "ENDPOINT_NOT_FOUND", "message": "Endpoint not found", "reason": "no such endpoint"}"""));

        var v2 = Assert.ThrowsAsync<ComputeApiException>(() => V2().GetEndpointAsync(Ep))!;
        var v3 = Assert.ThrowsAsync<ComputeApiException>(() => V3().GetEndpointAllowlistAsync(Ep))!;

        Assert.Multiple(() =>
        {
            foreach (var error in new[] { v2, v3 })
            {
                Assert.That(error.HttpStatus, Is.EqualTo(404));
                Assert.That(error.Code, Is.EqualTo("ENDPOINT_NOT_FOUND"));
                Assert.That(error.ErrorMessage, Is.EqualTo("Endpoint not found"));
                Assert.That(error.Message, Does.Contain("404").And.Contains(Ep));
                Assert.That(error.RawJson!.Value.GetProperty("reason").GetString(), Is.EqualTo("no such endpoint"));
            }

            Assert.That(v2.Message, Does.Contain("/v2/endpoints/"));
            Assert.That(v3.Message, Does.Contain("/v3/endpoints/"));
        });
    }

    [Test]
    public void A_5xx_answer_is_a_ComputeApiException_after_one_attempt_when_retries_are_off()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json").WithBody("""{"code": "Unavailable", "message": "down"}"""));

        var error = Assert.ThrowsAsync<ComputeApiException>(() => V3().LockEndpointAsync(Ep))!;

        Assert.That(error.HttpStatus, Is.EqualTo(503));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    private static IEnumerable<TestCaseData> BadCalls()
    {
        TestCaseData Bad<TException>(string name, Func<ComputeClientV2, ComputeClientV3, Task> call, string parameter)
            where TException : ArgumentException =>
            new TestCaseData(call, typeof(TException), parameter).SetName($"{name}_is_refused_before_any_request");

        yield return Bad<ArgumentNullException>("V2_GetEndpoint_null_id", (v2, _) => v2.GetEndpointAsync(null!), "endpointId");
        yield return Bad<ArgumentException>("V2_GetEndpointStatus_empty_id", (v2, _) => v2.GetEndpointStatusAsync(""), "endpointId");
        yield return Bad<ArgumentException>("V2_DeleteEndpoint_white_space_id", (v2, _) => v2.DeleteEndpointAsync("  "), "endpointId");
        yield return Bad<ArgumentException>("V2_LockEndpoint_dot_segment_id", (v2, _) => v2.LockEndpointAsync(".."), "endpointId");
        yield return Bad<ArgumentException>("V2_GetFunction_dot_segment_id", (v2, _) => v2.GetFunctionAsync("."), "functionId");
        yield return Bad<ArgumentException>("V2_DeleteFunction_empty_id", (v2, _) => v2.DeleteFunctionAsync(""), "functionId");
        yield return Bad<ArgumentException>("V2_GetTask_empty_id", (v2, _) => v2.GetTaskAsync(""), "taskId");
        yield return Bad<ArgumentException>("V2_GetTaskGroup_empty_id", (v2, _) => v2.GetTaskGroupAsync(" "), "taskGroupId");
        yield return Bad<ArgumentNullException>("V2_GetTaskBatch_null_ids", (v2, _) => v2.GetTaskBatchAsync((IEnumerable<string>)null!), "taskIds");
        yield return Bad<ArgumentNullException>("V2_GetTaskBatch_null_document", (v2, _) => v2.GetTaskBatchAsync((TaskBatchRequest)null!), "data");
        yield return Bad<ArgumentNullException>("V2_RegisterEndpoint_null_document", (v2, _) => v2.RegisterEndpointAsync(null!), "data");
        yield return Bad<ArgumentNullException>("V2_RegisterFunction_null_document", (v2, _) => v2.RegisterFunctionAsync(null!), "data");
        yield return Bad<ArgumentNullException>("V2_Submit_null_document", (v2, _) => v2.SubmitAsync(null!), "data");
        yield return Bad<ArgumentNullException>("V3_RegisterEndpoint_null_document", (_, v3) => v3.RegisterEndpointAsync(null!), "data");
        yield return Bad<ArgumentException>("V3_UpdateEndpoint_empty_id", (_, v3) => v3.UpdateEndpointAsync("", new EndpointRegistration()), "endpointId");
        yield return Bad<ArgumentNullException>("V3_UpdateEndpoint_null_document", (_, v3) => v3.UpdateEndpointAsync(Ep, null!), "data");
        yield return Bad<ArgumentException>("V3_LockEndpoint_dot_segment_id", (_, v3) => v3.LockEndpointAsync(".."), "endpointId");
        yield return Bad<ArgumentException>("V3_GetEndpointAllowlist_empty_id", (_, v3) => v3.GetEndpointAllowlistAsync(""), "endpointId");
        yield return Bad<ArgumentNullException>("V3_RegisterFunction_null_document", (_, v3) => v3.RegisterFunctionAsync(null!), "data");
        yield return Bad<ArgumentException>("V3_Submit_white_space_id", (_, v3) => v3.SubmitAsync(" ", new BatchSubmission()), "endpointId");
        yield return Bad<ArgumentNullException>("V3_Submit_null_document", (_, v3) => v3.SubmitAsync(Ep, null!), "data");
    }

    [TestCaseSource(nameof(BadCalls))]
    public void Bad_argument(Func<ComputeClientV2, ComputeClientV3, Task> call, Type exception, string parameter)
    {
        var error = Assert.CatchAsync<ArgumentException>(() => call(V2(), V3()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf(exception));
            Assert.That(error.ParamName, Is.EqualTo(parameter));
            Assert.That(Server.LogEntries, Is.Empty, "no request was sent");
        });
    }
}
