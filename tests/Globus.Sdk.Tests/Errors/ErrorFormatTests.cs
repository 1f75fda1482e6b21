namespace Globus.Sdk.Tests.Errors;

/// <summary>Each error format a Globus service answers with, read field by field.</summary>
public class ErrorFormatTests : ErrorWireTestBase
{
    [Test]
    public void Type_zero_body_gives_code_message_request_id_and_one_subdocument()
    {
        const string body = """{"code": "ClientError.NotFound", "message": "Task t1 not found", "request_id": "AbC123", "resource": "/task/t1"}""";
        Answer(404, body);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(404));
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.Code, Is.EqualTo("ClientError.NotFound"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "Task t1 not found" }));
            Assert.That(error.ErrorMessage, Is.EqualTo("Task t1 not found"));
            Assert.That(error.RequestId, Is.EqualTo("AbC123"));
            Assert.That(error.RawText, Is.EqualTo(body));
            Assert.That(error.RawJson?.GetProperty("resource").GetString(), Is.EqualTo("/task/t1"));
            Assert.That(error.Errors, Has.Count.EqualTo(1));
            Assert.That(error.Errors[0].Code, Is.EqualTo("ClientError.NotFound"));
            Assert.That(error.Errors[0].Message, Is.EqualTo("Task t1 not found"));
            Assert.That(error.Errors[0].RequestId, Is.EqualTo("AbC123"));
            Assert.That(error.Errors[0].Get("resource")?.GetString(), Is.EqualTo("/task/t1"));
            Assert.That(error.Errors[0].Get("absent"), Is.Null);
            Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.False);
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.False);
            Assert.That(error.Message, Is.EqualTo(
                $"GET {TaskUrl} failed with HTTP 404 Not Found (ClientError.NotFound): Task t1 not found Request id: AbC123."));
        });
    }

    [Test]
    public void Type_zero_body_with_an_errors_array_keeps_its_own_message_and_lists_the_entries()
    {
        Answer(400, """
            {"code": "BadRequest", "message": "2 items are invalid", "request_id": "r-2",
             "errors": [{"code": "InvalidPath", "message": "bad path"}, {"code": "InvalidSize", "message": "bad size"}]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("BadRequest"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "2 items are invalid" }));
            Assert.That(error.RequestId, Is.EqualTo("r-2"));
            Assert.That(error.Errors.Select(e => e.Code), Is.EqualTo(new[] { "InvalidPath", "InvalidSize" }));
            Assert.That(error.Errors.Select(e => e.Message), Is.EqualTo(new[] { "bad path", "bad size" }));
        });
    }

    [Test]
    public void Auth_errors_array_gives_code_messages_and_subdocuments()
    {
        Answer(403, """
            {"errors": [
              {"code": "FORBIDDEN", "detail": "You may not view this client", "title": "Forbidden", "id": "7a5f-req", "status": "403"},
              {"code": "FORBIDDEN", "title": "Forbidden scope", "id": "7a5f-req", "status": "403"},
              {"code": "FORBIDDEN", "message": "A message field comes first", "detail": "not this", "id": "7a5f-req"}
            ]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("FORBIDDEN"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "You may not view this client", "Forbidden scope", "A message field comes first" }));
            Assert.That(error.ErrorMessage, Is.EqualTo("You may not view this client; Forbidden scope; A message field comes first"));
            Assert.That(error.RequestId, Is.EqualTo("7a5f-req"), "the id all entries share");
            Assert.That(error.Errors, Has.Count.EqualTo(3));
            Assert.That(error.Errors[0].Code, Is.EqualTo("FORBIDDEN"));
            Assert.That(error.Errors[0].Message, Is.EqualTo("You may not view this client"));
            Assert.That(error.Errors[0].RequestId, Is.EqualTo("7a5f-req"));
            Assert.That(error.Errors[0].Get("status")?.GetString(), Is.EqualTo("403"));
            Assert.That(error.Errors[0].Raw.GetProperty("title").GetString(), Is.EqualTo("Forbidden"));
            Assert.That(error.Errors[1].Message, Is.EqualTo("Forbidden scope"));
            Assert.That(error.Errors[2].Message, Is.EqualTo("A message field comes first"));
            Assert.That(error.Message, Does.Contain("(FORBIDDEN): You may not view this client; Forbidden scope").And.EndWith("Request id: 7a5f-req."));
        });
    }

    [Test]
    public void Auth_errors_that_disagree_give_no_shared_code_or_request_id()
    {
        Answer(400, """
            {"errors": [
              {"code": "INVALID_PARAMETERS", "detail": "bad redirect_uri", "id": "req-a"},
              {"code": "UNKNOWN_CLIENT", "detail": "no such client", "id": "req-b"},
              {"detail": "no code here"}
            ]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.Null);
            Assert.That(error.RequestId, Is.Null);
            Assert.That(error.Messages, Is.EqualTo(new[] { "bad redirect_uri", "no such client", "no code here" }));
            Assert.That(error.Errors.Select(e => e.Code), Is.EqualTo(new[] { "INVALID_PARAMETERS", "UNKNOWN_CLIENT", null }));
            Assert.That(error.Errors.Select(e => e.RequestId), Is.EqualTo(new[] { "req-a", "req-b", null }));
        });
    }

    [Test]
    public void OAuth_error_and_description_give_code_and_message()
    {
        Answer(400, """{"error": "invalid_grant", "error_description": "The authorization code has expired"}""");

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("invalid_grant"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "The authorization code has expired" }));
            Assert.That(error.RequestId, Is.Null);
            Assert.That(error.Errors, Has.Count.EqualTo(1));
            Assert.That(error.Errors[0].Code, Is.EqualTo("invalid_grant"));
            Assert.That(error.Errors[0].Message, Is.EqualTo("The authorization code has expired"));
            Assert.That(error.Errors[0].RequestId, Is.Null);
            Assert.That(error.Message, Does.EndWith("failed with HTTP 400 Bad Request (invalid_grant): The authorization code has expired"));
        });
    }

    [Test]
    public void OAuth_error_beside_an_errors_array_is_the_code_when_the_entries_have_none()
    {
        Answer(401, """
            {"error": "invalid_client", "error_description": "Unknown client",
             "errors": [{"id": "req-7", "status": "401"}]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("invalid_client"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "Unknown client" }), "the entries give no message, the body does");
            Assert.That(error.RequestId, Is.EqualTo("req-7"));
            Assert.That(error.Errors, Has.Count.EqualTo(1));
            Assert.That(error.Errors[0].Code, Is.Null);
        });
    }

    [Test]
    public void Json_api_errors_give_the_shared_code_and_each_detail_or_title()
    {
        Answer(404, """
            {"errors": [
              {"code": "NOT_FOUND", "detail": "Flow f1 was not found", "title": "Not Found", "id": "req-9", "status": "404",
               "source": {"parameter": "flow_id"}},
              {"code": "NOT_FOUND", "title": "Only a title", "message": "not a JSON:API message field", "id": "req-9"}
            ]}
            """,
            "application/vnd.api+json; charset=utf-8");

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("NOT_FOUND"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "Flow f1 was not found", "Only a title" }));
            Assert.That(error.RequestId, Is.EqualTo("req-9"));
            Assert.That(error.Errors, Has.Count.EqualTo(2));
            Assert.That(error.Errors[0].Message, Is.EqualTo("Flow f1 was not found"));
            Assert.That(error.Errors[0].Get("source")?.GetProperty("parameter").GetString(), Is.EqualTo("flow_id"));
            Assert.That(error.Errors[1].Code, Is.EqualTo("NOT_FOUND"));
            Assert.That(error.Errors[1].Message, Is.EqualTo("Only a title"));
        });
    }

    [Test]
    public void Json_api_errors_with_different_codes_have_no_code()
    {
        Answer(409, """{"errors": [{"code": "LOCKED", "detail": "run is locked"}, {"code": "STALE", "detail": "run is stale"}]}""",
            "application/vnd.api+json");

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Messages, Is.EqualTo(new[] { "run is locked", "run is stale" }));
            Assert.That(error.Errors.Select(e => e.Code), Is.EqualTo(new[] { "LOCKED", "STALE" }));
            Assert.That(error.Message, Is.EqualTo($"GET {TaskUrl} failed with HTTP 409 Conflict: run is locked; run is stale"));
        });
    }

    [Test]
    public void FastApi_detail_string_is_the_message()
    {
        Answer(401, """{"detail": "Not authenticated"}""");

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Messages, Is.EqualTo(new[] { "Not authenticated" }));
            Assert.That(error.Errors, Has.Count.EqualTo(1));
            Assert.That(error.Errors[0].Message, Is.EqualTo("Not authenticated"));
            Assert.That(error.Message, Is.EqualTo($"GET {TaskUrl} failed with HTTP 401 Unauthorized: Not authenticated"));
        });
    }

    [Test]
    public void FastApi_validation_list_gives_one_message_per_item_with_its_location()
    {
        Answer(422, """
            {"detail": [
              {"loc": ["body", "items", 0, "name"], "msg": "field required", "type": "value_error.missing"},
              {"loc": ["query", "limit"], "msg": "ensure this value is less than 1000", "type": "value_error.number.not_le"},
              {"msg": "no location given", "type": "value_error"}
            ]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Messages, Is.EqualTo(new[]
            {
                "body.items.0.name: field required",
                "query.limit: ensure this value is less than 1000",
                "no location given",
            }));
            Assert.That(error.Errors, Has.Count.EqualTo(1), "the body is the only document");
            Assert.That(error.Errors[0].Message, Is.Null, "a list is not a message field");
            Assert.That(error.Message, Does.Contain("HTTP 422").And.Contain(": body.items.0.name: field required; query.limit:"));
        });
    }
}
