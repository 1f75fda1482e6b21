using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>What a Transfer error gives its catcher: the request id and the scopes of a ConsentRequired error.</summary>
public class TransferApiExceptionTests : WireMockTestBase
{
    [Test]
    public void A_consent_required_error_names_its_required_scopes_and_request_id()
    {
        Server.AnswerInTurn(Status(403, """
            {
              "code": "ConsentRequired",
              "message": "Missing required data_access consent",
              "request_id": "abc123",
              "required_scopes": ["urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/ep1/data_access]"],
              "resource": "/operation/endpoint/ep1/ls"
            }
            """));
        var tc = new TransferClient(new AccessTokenAuthorizer("t"), Options());

        var error = Assert.ThrowsAsync<TransferApiException>(() => tc.GetSubmissionIdAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.HttpStatus, Is.EqualTo(403));
            Assert.That(error.Code, Is.EqualTo("ConsentRequired"));
            Assert.That(error.RequestId, Is.EqualTo("abc123"));
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.True);
            Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.EqualTo(new[]
            {
                "urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/ep1/data_access]",
            }));
        });
    }

    [Test]
    public void Another_error_has_no_consent_scopes()
    {
        Server.AnswerInTurn(Status(404, """{"code": "ClientError.NotFound", "message": "nope", "request_id": "r9"}"""));
        var tc = new TransferClient(new AccessTokenAuthorizer("t"), Options());

        var error = Assert.ThrowsAsync<TransferApiException>(() => tc.GetSubmissionIdAsync());

        Assert.That(error!.Info.ConsentRequired.IsPresent, Is.False);
        Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.Empty);
        Assert.That(error.RequestId, Is.EqualTo("r9"));
    }
}
