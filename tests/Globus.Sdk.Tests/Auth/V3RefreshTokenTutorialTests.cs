using System.Text.Json.Nodes;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// The Python SDK v3.0's "Advanced 2: Refresh Tokens, Never Login Again" tutorial, and the refresh token
/// and client credentials parts of its "API Authorization" and "Client Credentials Authentication"
/// examples, against the fake Globus Auth and Transfer: the authorizers renew tokens as they expire,
/// and after a 401.
/// </summary>
public class V3RefreshTokenTutorialTests : WireMockTestBase
{
    private const string CLIENT_ID = "4e5d6f1c-tutorial-native-app";
    private const string CLIENT_SECRET = "cs-TutorialSecret-0123456789";

    private FakeGlobusAuth _auth = null!;

    [SetUp]
    public void CreateFakeServices()
    {
        _auth = new FakeGlobusAuth(Server);
        // Lower numbers win in WireMock: a test's own answers (priority 1) come before this fallback.
        Server.Given(Request.Create().WithPath("/v0.10/endpoint_search").UsingGet()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"DATA_TYPE": "endpoint_list", "DATA": [{"id": "ep-1", "display_name": "My laptop"}]}"""));
    }

    [TearDown]
    public void DisposeFakeAuth() => _auth.Dispose();

    // The clock is fake, so a retry must not wait for it: the retry after a 401 comes at once.
    private GlobusClientOptions Here() => Options(o =>
    {
        o.TimeProvider = _auth.Time;
        o.RetryPolicy = new RetryPolicy(backoff: _ => TimeSpan.Zero);
    });

    private void AnswerRefreshes(string resourceServer, string scope, int priority = 1) =>
        _auth.AnswerRenewals(resourceServer, scope, priority);

    private List<string?> TransferAuthorizations() => Requests
        .Where(r => r.RequestMessage.Path == "/v0.10/endpoint_search")
        .Select(r => r.RequestMessage.Headers!["Authorization"].SingleOrDefault())
        .ToList();

    private List<Dictionary<string, string>> Refreshes() => Requests
        .Where(r => r.RequestMessage.Path == "/v2/oauth2/token" && r.RequestMessage.Body!.Contains("grant_type=refresh_token"))
        .Select(r => FakeGlobusAuth.FormOf((WireMock.RequestMessage)r.RequestMessage))
        .ToList();

    [Test]
    public async Task Advanced_2_refresh_tokens_never_login_again()
    {
        Server.Given(Request.Create().WithPath("/v2/oauth2/token").UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(_auth.TokenJson(CLIENT_ID, refreshTokens: true)));
        AnswerRefreshes("transfer.api.globus.org", "urn:globus:auth:scope:transfer.api.globus.org:all");

        var client = new NativeAppAuthClient(CLIENT_ID, Here());
        client.OAuth2StartFlow(refreshTokens: true);
        _ = client.OAuth2GetAuthorizeUrl();
        var tokenResponse = await client.OAuth2ExchangeCodeForTokensAsync("pasted-code-0123456789");

        // let's get stuff for the Globus Transfer service
        var globusTransferData = tokenResponse.ByResourceServer["transfer.api.globus.org"];
        // the refresh token and access token, often abbr. as RT and AT
        var transferRt = globusTransferData.RefreshToken!;
        var transferAt = globusTransferData.AccessToken;
        var expiresAtS = globusTransferData.ExpiresAtSeconds;
        var authorizer = new RefreshTokenAuthorizer(transferRt, client, accessToken: transferAt, expiresAt: expiresAtS);
        // and try using `tc` to make TransferClient calls. Everything should just work.
        var tc = new TransferClient(authorizer, Here());

        await tc.GetAsync("/v0.10/endpoint_search");
        _auth.Time.Advance(TimeSpan.FromHours(2));
        await tc.GetAsync("/v0.10/endpoint_search");

        Assert.Multiple(() =>
        {
            Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-transfer-1-0123456789", "Bearer at-renewed-1-0123456789" }));
            Assert.That(Refreshes(), Is.EquivalentTo(new[]
            {
                new Dictionary<string, string>
                {
                    ["refresh_token"] = "rt-transfer-1-0123456789", ["grant_type"] = "refresh_token", ["client_id"] = CLIENT_ID,
                },
            }));
        });
    }

    [Test]
    public async Task The_first_call_failing_with_401_is_retried_once_with_a_new_token()
    {
        AnswerRefreshes("transfer.api.globus.org", "urn:globus:auth:scope:transfer.api.globus.org:all");
        var unauthorized = Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
            .WithBody("""{"code": "AuthenticationFailed", "message": "Token is not active"}""");
        Server.Given(Request.Create().WithPath("/v0.10/endpoint_search").UsingGet().WithHeader("Authorization", "Bearer at-revoked-0123456789"))
            .AtPriority(1).RespondWith(unauthorized);
        var client = new NativeAppAuthClient(CLIENT_ID, Here());
        var authorizer = new RefreshTokenAuthorizer("rt-transfer-0123456789", client, accessToken: "at-revoked-0123456789", expiresAt: _auth.Now + 3600);
        var tc = new TransferClient(authorizer, Here());

        await tc.GetAsync("/v0.10/endpoint_search");

        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-revoked-0123456789", "Bearer at-renewed-1-0123456789" }));
        Assert.That(Refreshes(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Api_authorization_refresh_tokens_on_auth_and_transfer_clients()
    {
        AnswerRefreshes("transfer.api.globus.org", "urn:globus:auth:scope:transfer.api.globus.org:all");
        const string AUTH_REFRESH_TOKEN = "rt-auth-given-0123456789";
        const string TRANSFER_REFRESH_TOKEN = "rt-transfer-given-0123456789";

        // making the authorizer requires that we have an AuthClient which can talk OAuth2 to Globus Auth
        var internalAuthClient = new ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET, Here());
        var authAuthorizer = new RefreshTokenAuthorizer(AUTH_REFRESH_TOKEN, internalAuthClient);
        var transferAuthorizer = new RefreshTokenAuthorizer(TRANSFER_REFRESH_TOKEN, internalAuthClient);
        // auth_client represents a user authenticated with those tokens
        var authClient = new AuthClient(authAuthorizer, Here());
        var transferClient = new TransferClient(transferAuthorizer, Here());

        await transferClient.GetAsync("/v0.10/endpoint_search");

        Assert.Multiple(() =>
        {
            // Only an access token for Transfer was needed, so only its refresh token was used.
            Assert.That(Refreshes().Select(f => f["refresh_token"]), Is.EqualTo(new[] { TRANSFER_REFRESH_TOKEN }));
            Assert.That(Refreshes().Single().ContainsKey("client_id"), Is.False, "the confidential client authenticates with Basic");
            Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-renewed-1-0123456789" }));
            Assert.That(authClient.Authorizer, Is.SameAs(authAuthorizer));
        });
    }

    [Test]
    public async Task Client_credentials_authorizer_gets_and_renews_the_clients_token()
    {
        AnswerRefreshes("transfer.api.globus.org", "urn:globus:auth:scope:transfer.api.globus.org:all");

        var confidentialClient = new ConfidentialAppAuthClient(clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, options: Here());
        string[] scopes = ["urn:globus:auth:scope:transfer.api.globus.org:all"];
        var ccAuthorizer = new ClientCredentialsAuthorizer(confidentialClient, scopes);
        var transferClient = new TransferClient(ccAuthorizer, Here());

        await transferClient.GetAsync("/v0.10/endpoint_search");
        _auth.Time.Advance(TimeSpan.FromHours(2));
        await transferClient.GetAsync("/v0.10/endpoint_search");

        var grants = Requests.Where(r => r.RequestMessage.Path == "/v2/oauth2/token")
            .Select(r => FakeGlobusAuth.FormOf((WireMock.RequestMessage)r.RequestMessage)).ToList();
        Assert.That(grants, Has.Count.EqualTo(2));
        Assert.That(grants, Has.All.EquivalentTo(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["scope"] = "urn:globus:auth:scope:transfer.api.globus.org:all",
        }));
        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-renewed-1-0123456789", "Bearer at-renewed-2-0123456789" }));
    }
}
