using System.Text;

namespace Globus.Sdk.Tests.Errors;

/// <summary>
/// Bodies that are not a Globus error document: a proxy's page, nothing at all, broken or oddly
/// shaped JSON. The client still raises <see cref="GlobusApiException"/>, invents nothing and keeps the body.
/// </summary>
public class ErrorBodyRobustnessTests : ErrorWireTestBase
{
    private const string ProxyPage =
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    [TestCase(502, ProxyPage, "text/html", "502 Bad Gateway", TestName = "Html_proxy_page_gives_no_code_or_message_and_keeps_the_text")]
    [TestCase(503, "upstream connect error or disconnect/reset before headers", "text/plain; charset=utf-8", "503 Service Unavailable", TestName = "Plain_text_body_gives_no_code_or_message_and_keeps_the_text")]
    [TestCase(500, "", null, "500 Internal Server Error", TestName = "Empty_body_gives_no_code_message_or_documents")]
    public void Body_that_is_not_json_gives_no_code_or_message_and_keeps_the_text(int status, string body, string? contentType, string statusLine)
    {
        Answer(status, body, contentType);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(status));
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Messages, Is.Empty);
            Assert.That(error.ErrorMessage, Is.Null);
            Assert.That(error.RequestId, Is.Null);
            Assert.That(error.Errors, Is.Empty);
            Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.False);
            Assert.That(error.RawJson, Is.Null);
            Assert.That(error.RawText, Is.EqualTo(body));
            Assert.That(error.Message, Is.EqualTo($"GET {TaskUrl} failed with HTTP {statusLine}."), "nothing of the body is taken for a message");
        });
    }

    [TestCase("""{"code": "ClientError.NotFound", "message": "Task""", TestName = "Truncated_json_is_kept_as_text_only")]
    [TestCase("""{"code": "X", "message": "m"} {"second": "document"}""", TestName = "Json_with_trailing_content_is_kept_as_text_only")]
    [TestCase("""{'code': 'X', 'message': 'single quotes'}""", TestName = "Json_with_single_quotes_is_kept_as_text_only")]
    public void Malformed_json_is_kept_as_text_and_gives_no_code_or_message(string body)
    {
        Answer(400, body);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Messages, Is.Empty);
            Assert.That(error.Errors, Is.Empty);
            Assert.That(error.RawJson, Is.Null);
            Assert.That(error.RawText, Is.EqualTo(body));
        });
    }

    [TestCase("""[{"code": "X", "message": "m"}]""", null, null, 0, TestName = "Top_level_array_is_not_read_as_an_error")]
    [TestCase("null", null, null, 0, TestName = "Top_level_null_is_not_read_as_an_error")]
    [TestCase("\"just a string\"", null, null, 0, TestName = "Top_level_string_is_not_taken_for_a_message")]
    [TestCase("42", null, null, 0, TestName = "Top_level_number_is_not_read_as_an_error")]
    [TestCase("""{"code": 5, "message": ["m"], "request_id": {}, "errors": "none", "detail": 7, "error": null, "title": false}""", null, null, 1, TestName = "Fields_of_wrong_types_read_as_absent")]
    [TestCase("""{"errors": [{"code": "X", "detail": "d"}, "not an object"], "message": "top"}""", null, "top", 1, TestName = "Errors_array_with_a_non_object_is_not_a_list_of_documents")]
    [TestCase("""{"errors": [null, null]}""", null, null, 1, TestName = "Errors_array_of_nulls_is_not_a_list_of_documents")]
    [TestCase("""{"errors": [], "code": "X", "message": "m"}""", "X", "m", 1, TestName = "Empty_errors_array_leaves_the_body_as_the_document")]
    [TestCase("""{"code": "X", "message": "m", "request_id": 7}""", "X", "m", 1, TestName = "Numeric_request_id_is_ignored_but_code_and_message_are_read")]
    [TestCase("""{"detail": [1, null, {"msg": 2, "loc": "body"}, {"loc": [null, {}, "field"], "msg": "ok"}]}""", null, "field: ok", 1, TestName = "FastApi_list_items_of_wrong_shapes_are_skipped")]
    [TestCase("""{"errors": [{"code": ["X"], "detail": {"text": "d"}, "id": 3, "authorization_parameters": "p"}]}""", null, null, 1, TestName = "Errors_entry_with_wrong_types_reads_as_empty")]
    public void Unexpected_json_shapes_never_break_parsing(string body, string? code, string? errorMessage, int documents)
    {
        Answer(400, body);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(code));
            Assert.That(error.ErrorMessage, Is.EqualTo(errorMessage));
            Assert.That(error.RequestId, Is.Null);
            Assert.That(error.Errors, Has.Count.EqualTo(documents));
            Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.False);
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.False);
            Assert.That(error.RawText, Is.EqualTo(body));
        });
    }

    [Test]
    public void Strings_that_are_not_valid_utf8_read_as_absent()
    {
        var body = Encoding.UTF8.GetBytes("""{"code": "@@", "message": "readable", "errors": [{"@@": "x", "detail": "@@"}, {"detail": "fine"}]}""")
            .Select(b => b == (byte)'@' ? (byte)0xFF : b)
            .ToArray();
        AnswerBytes(400, body);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.Null);
            Assert.That(error.Messages, Is.EqualTo(new[] { "fine" }));
            Assert.That(error.Errors, Has.Count.EqualTo(2));
            Assert.That(error.Errors[0].Message, Is.Null);
            Assert.That(error.RawJson, Is.Not.Null, "the document itself is well-formed");
        });
    }
}
