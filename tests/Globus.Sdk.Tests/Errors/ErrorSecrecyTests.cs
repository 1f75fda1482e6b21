namespace Globus.Sdk.Tests.Errors;

/// <summary>
/// What an exception shows (its <see cref="Exception.Message"/>, its <c>ToString()</c>, its
/// <see cref="GlobusApiException.Headers"/>) never includes a credential, wherever it came from.
/// </summary>
public class ErrorSecrecyTests : ErrorWireTestBase
{
    [Test]
    public void Headers_are_redacted_except_those_known_to_be_safe()
    {
        Answer(401, """{"code": "AuthenticationFailed", "message": "Token is not active"}""", "application/json",
            ("Set-Cookie", "session=cookie-secret-value; HttpOnly"),
            ("WWW-Authenticate", "Bearer realm=\"globus\", error=\"invalid_token\""),
            ("X-Request-Id", "hdr-req-1"));

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Headers["Set-Cookie"], Is.EqualTo("REDACTED"));
            Assert.That(error.Headers["set-cookie"], Is.EqualTo("REDACTED"), "names are compared without regard to case");
            Assert.That(error.Headers["WWW-Authenticate"], Is.EqualTo("REDACTED"));
            Assert.That(error.Headers["Content-Type"], Is.EqualTo("application/json"));
            Assert.That(error.Headers["X-Request-Id"], Is.EqualTo("hdr-req-1"));
            Assert.That(error.Message, Does.Not.Contain("cookie-secret-value"));
            Assert.That(error.ToString(), Does.Not.Contain("cookie-secret-value"));
        });
    }

    [Test]
    public void Message_and_ToString_never_show_the_request_token_or_credentials_from_the_body()
    {
        string[] secrets =
        [
            RequestToken,
            "at-TopLevelAccessToken-0123456789",
            "rt-TopLevelRefreshToken-0123456789",
            "cs-ClientSecret-0123456789",
            "at-NestedAccessToken-0123456789",
            "id-IdToken-0123456789",
        ];
        Answer(400, $$"""
            {"code": "InvalidGrant", "message": "Refresh token {{secrets[2]}} was revoked; client secret {{secrets[3]}} rejected",
             "request_id": "r-5",
             "access_token": "{{secrets[1]}}", "refresh_token": "{{secrets[2]}}", "client_secret": "{{secrets[3]}}",
             "other_tokens": [{"access_token": "{{secrets[4]}}", "id_token": "{{secrets[5]}}" } ] }
            """);

        var error = CallAndCatch();

        Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer " + RequestToken }), "the token was sent");
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("Refresh token REDACTED was revoked; client secret REDACTED rejected"));
            Assert.That(error.Message, Does.Contain("(InvalidGrant)").And.Contain("Request id: r-5."));
            foreach (var secret in secrets)
            {
                Assert.That(error.Message, Does.Not.Contain(secret));
                Assert.That(error.ToString(), Does.Not.Contain(secret));
            }

            Assert.That(error.RawText, Does.Contain(secrets[3]), "the body itself is kept as received");
        });
    }

    [Test]
    public void FastApi_validation_errors_do_not_bring_the_echoed_input_into_the_message()
    {
        const string echoedSecret = "cs-EchoedByValidation-0123456789";
        Answer(422, $$"""
            {"detail": [{"type": "missing", "loc": ["body", "client_id"], "msg": "Field required",
                         "input": {"client_secret": "{{echoedSecret}}", "note": "{{echoedSecret}}" } } ] }
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Messages, Is.EqualTo(new[] { "body.client_id: Field required" }));
            Assert.That(error.Message, Does.Not.Contain(echoedSecret));
            Assert.That(error.ToString(), Does.Not.Contain(echoedSecret));
        });
    }

    [Test]
    public void Short_values_of_token_fields_are_not_treated_as_credentials()
    {
        Answer(404, """{"code": "NotFound", "message": "Page 1 of 4 not found", "next_token": "1"}""");

        var error = CallAndCatch();

        Assert.That(error.Message, Is.EqualTo($"GET {TaskUrl} failed with HTTP 404 Not Found (NotFound): Page 1 of 4 not found"));
    }
}
