using System.Text;
using System.Web;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// The login parts of the Python SDK v3.0 documentation (tutorial steps 3 and 4, the advanced
/// tutorial's look at the token response, and the examples "API Authorization", "Native App Login"
/// and "Client Credentials Authentication") in C#, against a fake Globus Auth and Transfer. The user's
/// part (opening the URL, pasting the code) is played by the test. Where this SDK differs, a comment
/// says how and why.
/// </summary>
public class V3AuthDocumentationExamplesTests : WireMockTestBase
{
    private const string CLIENT_ID = "4e5d6f1c-tutorial-native-app";
    private const string CLIENT_SECRET = "cs-TutorialSecret-0123456789";

    private FakeGlobusAuth _auth = null!;

    [SetUp]
    public void CreateFakeAuth()
    {
        _auth = new FakeGlobusAuth(Server);
        Server.Given(Request.Create().WithPath("/v0.10/endpoint_search").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                {"DATA_TYPE": "endpoint_list", "has_next_page": false, "offset": 0, "limit": 100,
                 "DATA": [{"DATA_TYPE": "endpoint", "id": "ep-1", "display_name": "My laptop"}]}
                """));
    }

    [TearDown]
    public void DisposeFakeAuth() => _auth.Dispose();

    // Both services are the fake: only the base URL differs from production.
    private GlobusClientOptions Here() => Options(o => o.TimeProvider = _auth.Time);

    /// <summary>The user: opens the authorize URL, logs in, and pastes back the code the redirect page shows.</summary>
    private string UserPastesCode(string authorizeUrl)
    {
        Assert.That(HttpUtility.ParseQueryString(new Uri(authorizeUrl).Query)["client_id"], Is.EqualTo(CLIENT_ID));
        return "  pasted-code-0123456789\n";
    }

    [Test]
    public async Task Tutorial_steps_3_and_4_get_tokens_and_list_my_endpoints()
    {
        _auth.AnswerTokens(_auth.TokenJson(CLIENT_ID));
        var output = new List<string>();

        // Step 3: Get Some Access Tokens!
        var client = new NativeAppAuthClient(CLIENT_ID, Here());
        client.OAuth2StartFlow();
        var authorizeUrl = client.OAuth2GetAuthorizeUrl();
        output.Add($"Please go to this URL and login: {authorizeUrl}");
        var authCode = UserPastesCode(authorizeUrl).Trim();
        var tokenResponse = await client.OAuth2ExchangeCodeForTokensAsync(authCode);
        var globusAuthData = tokenResponse.ByResourceServer["auth.globus.org"];
        var globusTransferData = tokenResponse.ByResourceServer["transfer.api.globus.org"];
        // most specifically, you want these tokens as strings
        var AUTH_TOKEN = globusAuthData.AccessToken;
        var TRANSFER_TOKEN = globusTransferData.AccessToken;

        // Step 4: Use Your Tokens, Talk to the Service
        var authorizer = new AccessTokenAuthorizer(TRANSFER_TOKEN);
        var tc = new TransferClient(authorizer, Here());
        output.Add("My Endpoints:");
        // v3.0 iterates tc.endpoint_search(filter_scope="my-endpoints"); this branch's Transfer client has
        // no generated EndpointSearchAsync yet, so the same request is sent by path.
        var endpoints = await tc.GetAsync("/v0.10/endpoint_search", new Dictionary<string, string?> { ["filter_scope"] = "my-endpoints" });
        foreach (var ep in endpoints["DATA"].EnumerateArray())
        {
            output.Add($"[{ep.GetProperty("id").GetString()}] {ep.GetProperty("display_name").GetString()}");
        }

        var search = Requests.Single(r => r.RequestMessage.Path == "/v0.10/endpoint_search").RequestMessage;
        Assert.Multiple(() =>
        {
            Assert.That(AUTH_TOKEN, Is.EqualTo("at-auth-1-0123456789"));
            Assert.That(search.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer at-transfer-1-0123456789" }));
            Assert.That(search.Query!["filter_scope"], Is.EqualTo(new[] { "my-endpoints" }));
            Assert.That(output, Is.EqualTo(new[] { $"Please go to this URL and login: {authorizeUrl}", "My Endpoints:", "[ep-1] My laptop" }));
            Assert.That(FakeGlobusAuth.FormOf((WireMock.RequestMessage)Requests.First().RequestMessage)["code"], Is.EqualTo("pasted-code-0123456789"));
        });
    }

    [Test]
    public async Task Advanced_1_the_token_response_by_resource_server()
    {
        _auth.AnswerTokens(_auth.TokenJson(CLIENT_ID));
        var client = new NativeAppAuthClient(CLIENT_ID, Here());
        client.OAuth2StartFlow();
        var tokenResponse = await client.OAuth2ExchangeCodeForTokensAsync(UserPastesCode(client.OAuth2GetAuthorizeUrl()).Trim());

        // v3.0 prints str(token_response.by_resource_server), tokens included; here ToString() keeps
        // them out (so printing or logging a response cannot leak them) and the fields are read directly.
        var byResourceServer = tokenResponse.ByResourceServer;

        Assert.Multiple(() =>
        {
            Assert.That(byResourceServer.Keys, Is.EquivalentTo(new[] { "auth.globus.org", "transfer.api.globus.org" }));
            Assert.That(byResourceServer["auth.globus.org"].Scope, Is.EqualTo("openid profile email"));
            Assert.That(byResourceServer["transfer.api.globus.org"].Scope, Is.EqualTo("urn:globus:auth:scope:transfer.api.globus.org:all"));
            Assert.That(byResourceServer["auth.globus.org"].TokenType, Is.EqualTo("Bearer"));
            Assert.That(byResourceServer["transfer.api.globus.org"].ExpiresAtSeconds, Is.EqualTo(_auth.Now + 3600), "a POSIX timestamp");
            Assert.That(byResourceServer["auth.globus.org"].RefreshToken, Is.Null, "none requested");
            Assert.That(string.Join("\n", byResourceServer.Values), Does.Not.Contain("at-"));
        });
    }

    [Test]
    public async Task Native_app_login_with_refresh_tokens()
    {
        _auth.AnswerTokens(_auth.TokenJson(CLIENT_ID, refreshTokens: true));

        var client = new NativeAppAuthClient(CLIENT_ID, Here());
        client.OAuth2StartFlow(refreshTokens: true);
        var authorizeUrl = client.OAuth2GetAuthorizeUrl();
        var authCode = UserPastesCode(authorizeUrl).Trim();
        var tokenResponse = await client.OAuth2ExchangeCodeForTokensAsync(authCode);
        // the useful values that you want at the end of this
        var globusAuthData = tokenResponse.ByResourceServer["auth.globus.org"];
        var globusTransferData = tokenResponse.ByResourceServer["transfer.api.globus.org"];

        Assert.Multiple(() =>
        {
            // The default redirect page shows the code for the user to copy, as the example registers.
            Assert.That(HttpUtility.ParseQueryString(new Uri(authorizeUrl).Query)["redirect_uri"], Is.EqualTo(ServerUrl + "v2/web/auth-code"));
            Assert.That(HttpUtility.ParseQueryString(new Uri(authorizeUrl).Query)["access_type"], Is.EqualTo("offline"));
            Assert.That(globusAuthData.AccessToken, Is.EqualTo("at-auth-1-0123456789"));
            Assert.That(globusTransferData.RefreshToken, Is.EqualTo("rt-transfer-1-0123456789"));
        });
    }

    [Test]
    public async Task Client_credentials_authentication_lists_the_clients_endpoints()
    {
        _auth.AnswerTokens(_auth.TokenJson(CLIENT_ID));
        var output = new List<string>();

        var client = new ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET, Here());
        var tokenResponse = await client.OAuth2ClientCredentialsTokensAsync();
        var globusAuthData = tokenResponse.ByResourceServer["auth.globus.org"];
        var globusTransferData = tokenResponse.ByResourceServer["transfer.api.globus.org"];
        var globusAuthToken = globusAuthData.AccessToken;
        var globusTransferToken = globusTransferData.AccessToken;

        // Use the Resulting Tokens
        var authorizer = new AccessTokenAuthorizer(globusTransferToken);
        var tc = new TransferClient(authorizer, Here());
        output.Add($"Endpoints Belonging to {CLIENT_ID}@clients.auth.globus.org:");
        var endpoints = await tc.GetAsync("/v0.10/endpoint_search", new Dictionary<string, string?> { ["filter_scope"] = "my-endpoints" });
        foreach (var ep in endpoints["DATA"].EnumerateArray())
        {
            output.Add($"[{ep.GetProperty("id").GetString()}] {ep.GetProperty("display_name").GetString()}");
        }

        var grant = (WireMock.RequestMessage)Requests.First().RequestMessage;
        Assert.Multiple(() =>
        {
            Assert.That(globusAuthToken, Is.EqualTo("at-auth-1-0123456789"));
            Assert.That(FakeGlobusAuth.FormOf(grant), Is.EquivalentTo(new Dictionary<string, string>
            {
                // v3.0's default scopes, as oauth2_client_credentials_tokens() requested without arguments.
                ["grant_type"] = "client_credentials", ["scope"] = "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all",
            }));
            Assert.That(grant.Headers!["Authorization"], Is.EqualTo(new[] { "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(CLIENT_ID + ":" + CLIENT_SECRET)) }));
            Assert.That(output, Is.EqualTo(new[] { $"Endpoints Belonging to {CLIENT_ID}@clients.auth.globus.org:", "[ep-1] My laptop" }));
        });
    }

    [Test]
    public async Task Api_authorization_with_access_tokens_and_basic_auth()
    {
        Server.Given(Request.Create().WithPath("/v2/api/identities").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"identities": []}"""));
        const string AUTH_ACCESS_TOKEN = "at-auth-given-0123456789";
        const string TRANSFER_ACCESS_TOKEN = "at-transfer-given-0123456789";

        // Access Token Authorization on AuthClient and TransferClient.
        // "note that we don't provide the client ID in this case": AuthClient takes none at all here.
        var authClient = new AuthClient(new AccessTokenAuthorizer(AUTH_ACCESS_TOKEN), Here());
        var transferClient = new TransferClient(new AccessTokenAuthorizer(TRANSFER_ACCESS_TOKEN), Here());
        await authClient.GetAsync("/v2/api/identities");
        await transferClient.GetAsync("/v0.10/endpoint_search");

        // Basic Auth on an AuthClient: the confidential client builds its BasicAuthorizer itself.
        var client = new ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET, Here());

        var sent = Requests.Select(r => r.RequestMessage.Headers!["Authorization"].Single()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(new[] { "Bearer " + AUTH_ACCESS_TOKEN, "Bearer " + TRANSFER_ACCESS_TOKEN }));
            Assert.That(client.Authorizer, Is.InstanceOf<BasicAuthorizer>());
            Assert.That(((BasicAuthorizer)client.Authorizer).Username, Is.EqualTo(CLIENT_ID));
            Assert.That(client.Authorizer.ToString(), Does.Not.Contain(CLIENT_SECRET));
        });
    }
}
