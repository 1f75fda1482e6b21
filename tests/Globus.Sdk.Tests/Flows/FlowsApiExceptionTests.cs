using Globus.Sdk.Authorizers;
using Globus.Sdk.Flows;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Flows;

/// <summary>
/// Error answers of Flows become <see cref="FlowsApiException"/>, read as Python's FlowsAPIError reads them:
/// a top-level <c>error</c> document is the one error, its <c>detail</c> list gives the messages; JSON:API and
/// "Type Zero" bodies are read as for every service.
/// </summary>
public class FlowsApiExceptionTests : WireMockTestBase
{
    private const string RunId = "36ad9f9a-ad29-488f-beb4-c22ab729643a";

    private FlowsApiException Fail(int status, string body, string? contentType = null)
    {
        var headers = contentType is null ? [] : new[] { ("Content-Type", contentType) };
        Server.AnswerInTurn(Status(status, body, headers));
        var flows = new FlowsClient(new AccessTokenAuthorizer("secret-flows-token"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));
        return Assert.ThrowsAsync<FlowsApiException>(() => flows.GetRunAsync(RunId))!;
    }

    [Test]
    public void A_validation_error_gives_each_detail_msg_as_a_message_and_the_error_code()
    {
        var error = Fail(422, """
            {"error": {"code": "UNPROCESSABLE_ENTITY",
                       "detail": [{"loc": ["definition", "States", "Step1"], "msg": "A state of type 'Action' must be terminal", "type": "value_error"},
                                  {"loc": ["title"], "msg": "field required"}, {"loc": ["x"]}],
                       "message": "2 validation errors in body."},
             "debug_id": "00000000-2572-411b-9fa9-c72fbed2b0bb"}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(422));
            Assert.That(error.Code, Is.EqualTo("UNPROCESSABLE_ENTITY"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "A state of type 'Action' must be terminal", "field required" }));
            Assert.That(error.Errors, Has.Count.EqualTo(1));
            Assert.That(error.Errors[0].Code, Is.EqualTo("UNPROCESSABLE_ENTITY"));
            Assert.That(error.Errors[0].Get("message")?.GetString(), Is.EqualTo("2 validation errors in body."));
            Assert.That(error.Message, Does.StartWith($"GET {ServerUrl}runs/{RunId} failed with HTTP 422"));
            Assert.That(error.Message, Does.Contain("(UNPROCESSABLE_ENTITY): A state of type 'Action' must be terminal; field required"));
        });
    }

    [Test]
    public void A_detail_string_is_the_message()
    {
        var error = Fail(404, """{"error": {"code": "NOT_FOUND", "detail": "No Run exists with id value 36ad9f9a"}}""");

        Assert.That(error.Code, Is.EqualTo("NOT_FOUND"));
        Assert.That(error.Messages, Is.EqualTo(new[] { "No Run exists with id value 36ad9f9a" }));
        Assert.That(error.ErrorMessage, Is.EqualTo("No Run exists with id value 36ad9f9a"));
    }

    [Test]
    public void The_error_documents_message_field_alone_is_not_a_message_as_in_Python()
    {
        // Python reads the "error" document with the JSON:API message fields, detail and title.
        var error = Fail(400, """{"error": {"code": "BAD", "message": "not read", "title": "Bad request"}}""");

        Assert.That(error.Code, Is.EqualTo("BAD"));
        Assert.That(error.Messages, Is.EqualTo(new[] { "Bad request" }));
    }

    [Test]
    public void An_authentication_policy_error_keeps_its_authorization_parameters()
    {
        var error = Fail(403, """
            {"web_input_summary": {"id": "w"}, "error": {"code": "AUTHENTICATION_POLICY_REQUIRED", "detail": "Reauthenticate."},
             "code": "AuthenticationPolicyRequired",
             "authorization_parameters": {"session_required_policies": ["6f2c1d7e-3b4a-4a5e-9f0f-8f2a1b7c4d9e"], "session_message": "Log in again"}}
            """);

        Assert.That(error.Code, Is.EqualTo("AUTHENTICATION_POLICY_REQUIRED"));
        Assert.That(error.Messages, Is.EqualTo(new[] { "Reauthenticate." }));
        Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.True);
        Assert.That(error.Info.AuthorizationParameters.SessionRequiredPolicies, Is.EqualTo(new[] { "6f2c1d7e-3b4a-4a5e-9f0f-8f2a1b7c4d9e" }));
    }

    [Test]
    public void A_type_zero_body_is_read_as_for_every_service()
    {
        var error = Fail(409, """{"code": "Conflict", "message": "run is locked", "request_id": "req-1", "error": {"code": "IGNORED", "detail": "ignored"}}""");

        Assert.That(error.Code, Is.EqualTo("Conflict"));
        Assert.That(error.Messages, Is.EqualTo(new[] { "run is locked" }));
        Assert.That(error.RequestId, Is.EqualTo("req-1"));
    }

    [Test]
    public void A_body_without_an_error_document_is_read_as_for_every_service()
    {
        var error = Fail(401, """{"detail": "Not authenticated"}""");

        Assert.That(error.Messages, Is.EqualTo(new[] { "Not authenticated" }));
        Assert.That(error.Errors.Single().Raw.GetProperty("detail").GetString(), Is.EqualTo("Not authenticated"));
    }

    [Test]
    public void A_json_api_body_is_read_as_for_every_service()
    {
        var error = Fail(404, """{"errors": [{"code": "NOT_FOUND", "detail": "gone"}], "error": {"code": "IGNORED", "detail": "ignored"}}""", "application/vnd.api+json");

        Assert.That(error.Code, Is.EqualTo("NOT_FOUND"));
        Assert.That(error.Messages, Is.EqualTo(new[] { "gone" }));
    }

    [Test]
    public void The_token_is_never_in_the_report_even_when_the_service_quotes_it()
    {
        var error = Fail(401, """{"error": {"code": "AUTHENTICATION_ERROR", "detail": "Expired or invalid Bearer token secret-flows-token"}}""");

        Assert.That(error.Message, Does.Not.Contain("secret-flows-token"));
        Assert.That(error.Messages.Single(), Does.Not.Contain("secret-flows-token"));
        Assert.That(error.ToString(), Does.Not.Contain("secret-flows-token"));
    }

    [Test]
    public void The_specific_flow_client_raises_it_too()
    {
        Server.AnswerInTurn(Status(403, """{"error": {"code": "MISSING_SCOPE", "detail": "This action requires the following scope: frobulate[demuddle]"}}"""));
        var flow = new SpecificFlowClient("24bc4997-b483-4c25-a19c-64b0afc00743", options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var error = Assert.ThrowsAsync<FlowsApiException>(() => flow.ResumeRunAsync(RunId))!;

        Assert.That(error.Code, Is.EqualTo("MISSING_SCOPE"));
    }
}
