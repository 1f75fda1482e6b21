using Globus.Sdk.Auth;
using Globus.Sdk.Tokens;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.App;

/// <summary>A service account's app: client credentials tokens, no person involved.</summary>
public class ClientAppTests : GlobusAppTestBase
{
    [Test]
    public async Task A_client_app_gets_client_credentials_tokens_for_its_clients_and_stores_them()
    {
        AnswerRenewals("transfer.api.globus.org", TransferAll);
        var storage = new MemoryTokenStorage();
        using var app = new ClientApp("service", clientId: ConfidentialClientId, clientSecret: ClientSecret,
            config: new GlobusAppConfig { TokenStorage = storage, Environment = "production" }, clientOptions: Here());
        var transfer = new TransferClient(app, Here());

        await transfer.GetAsync(EndpointSearch);
        await transfer.GetAsync(EndpointSearch);

        var grant = TokenForms("client_credentials").Single();
        Assert.That(grant["scope"], Is.EqualTo(TransferAll));
        var basic = Requests.First(r => r.RequestMessage.Path == "/v2/oauth2/token").RequestMessage.Headers!["Authorization"].Single();
        Assert.That(basic, Does.StartWith("Basic "));
        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-renewed-1-0123456789", "Bearer at-renewed-1-0123456789" }));
        Assert.That((await storage.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Is.EqualTo("at-renewed-1-0123456789"));
        Assert.That(app.ToString(), Does.Not.Contain(ClientSecret));
    }

    [Test]
    public void A_client_app_refuses_a_login_flow_manager_a_native_client_and_a_missing_secret()
    {
        Assert.Throws<GlobusSdkUsageException>(() => new ClientApp("service", clientId: ConfidentialClientId, clientSecret: ClientSecret,
            config: new GlobusAppConfig { TokenStorage = "memory", LoginFlowManager = "command-line" }));
        Assert.Throws<GlobusSdkUsageException>(() => new ClientApp("service", clientId: ConfidentialClientId,
            config: new GlobusAppConfig { TokenStorage = "memory", Environment = "production" }, clientOptions: Here()));
        Assert.That(Requests, Is.Empty);
    }
}
