using Globus.Sdk.Tokens;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;

namespace Globus.Sdk.Tests.App;

/// <summary>A Transfer ConsentRequired error, re-driven through a new login when the app is configured to.</summary>
public class GareRedriveTests : GlobusAppTestBase
{
    private const string Collection = "2f0c5b1a-6a4e-4f5e-9d1b-3c2a1b0e9f8d";
    private static readonly string DataAccess = $"{TransferAll}[*https://auth.globus.org/scopes/{Collection}/data_access]";

    private void AnswerConsentRequiredOnce()
    {
        Server.Given(Request.Create().WithPath(EndpointSearch).UsingGet()).AtPriority(1)
            .InScenario("consent").WillSetStateTo("consented")
            .RespondWith(Json($$$"""
                {"code": "ConsentRequired", "message": "Missing required data_access consent",
                 "request_id": "r-1", "required_scopes": ["{{{DataAccess}}}"],
                 "authorization_parameters": {"session_message": "Missing required data_access consent", "required_scopes": ["{{{DataAccess}}}"]}}
                """, 403));
    }

    [Test]
    public async Task A_consent_required_error_logs_in_again_with_the_required_scopes_and_retries_once()
    {
        AnswerCode("code-1", "1");
        AnswerCode("code-2", "2");
        AnswerConsentRequiredOnce();
        var console = new StringWriter();
        using var app = ScriptedUserApp(new MemoryTokenStorage(), console, autoRedriveGares: true, codes: ["code-1", "code-2"]);
        var transfer = new TransferClient(app, Here());
        await app.LoginAsync();

        await transfer.GetAsync(EndpointSearch);

        var second = PrintedAuthorizeQuery(console, 1);
        Assert.That(second["scope"].Split(' '), Does.Contain(DataAccess));
        Assert.That(second["session_message"], Is.EqualTo("Missing required data_access consent"));
        Assert.That(TokenForms("authorization_code").Select(f => f["code"]), Is.EqualTo(new[] { "code-1", "code-2" }));
        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-transfer-1-0123456789", "Bearer at-transfer-2-0123456789" }));
    }

    [Test]
    public async Task Without_auto_redrive_the_consent_required_error_reaches_the_caller_with_its_parameters()
    {
        AnswerCode("code-1", "1");
        AnswerConsentRequiredOnce();
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter(), codes: "code-1");
        var transfer = new TransferClient(app, Here());
        await app.LoginAsync();

        var error = Assert.ThrowsAsync<TransferApiException>(() => transfer.GetAsync(EndpointSearch));

        Assert.That(GlobusAuthorizationParameters.From(error!)!.RequiredScopes, Is.EqualTo(new[] { DataAccess }));
        Assert.That(TokenForms("authorization_code"), Has.Count.EqualTo(1));
    }
}
