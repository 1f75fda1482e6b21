using System.Text;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// v3.0's <c>AuthClient(client_id=...)</c> is <see cref="AuthLoginClient"/>: a caller-made flow manager,
/// the token calls, and the Auth calls v3.0's login clients inherited, each sending what Python sends.
/// </summary>
#pragma warning disable GLOBUS100, GLOBUS118, GLOBUS119 // the v3.0 names are what these tests are about
public class V3AuthClientWithClientIdTests : WireMockTestBase
{
    private const string ClientId = "7a1c1a4e-v3-client";
    private const string Secret = "cs-AnotherClientSecret-0123456789";
    private const string RedirectUri = "https://app.example.org/login";

    private FakeGlobusAuth _auth = null!;

    [SetUp]
    public void CreateFakeAuth() => _auth = new FakeGlobusAuth(Server);

    [TearDown]
    public void DisposeFakeAuth() => _auth.Dispose();

    private AuthLoginClient Login(IGlobusAuthorizer? authorizer = null) => new(ClientId, authorizer, Options(o => o.TimeProvider = _auth.Time));

    private static string BasicHeader => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + Secret));

    [Test]
    public async Task A_caller_made_authorization_code_flow_logs_in_through_the_client()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var ac = Login(new BasicAuthorizer(ClientId, Secret));
        ac.CurrentOAuth2FlowManager = new GlobusAuthorizationCodeFlowManager(ac, RedirectUri, ["openid", "profile"], state: "s-1");

        var url = new Uri(ac.OAuth2GetAuthorizeUrl());
        var tokens = await ac.OAuth2ExchangeCodeForTokensAsync("code-0123456789");

        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Multiple(() =>
        {
            Assert.That(url.AbsolutePath, Is.EqualTo("/v2/oauth2/authorize"));
            Assert.That(query["client_id"], Is.EqualTo(ClientId));
            Assert.That(query["redirect_uri"], Is.EqualTo(RedirectUri));
            Assert.That(query["scope"], Is.EqualTo("openid profile"));
            Assert.That(query["state"], Is.EqualTo("s-1"));
            Assert.That(SingleRequest.AbsolutePath, Is.EqualTo("/v2/oauth2/token"));
            Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
            Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = "code-0123456789", ["redirect_uri"] = RedirectUri,
            }));
            Assert.That(tokens.ByResourceServer, Does.ContainKey("transfer.api.globus.org"));
        });
    }

    [Test]
    public async Task Without_credentials_revocation_names_the_client_and_refresh_does_not()
    {
        _auth.Answer("/v2/oauth2/token/revoke", """{"active": false}""");
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var ac = Login();

        await ac.OAuth2RevokeTokenAsync("at-revoke-me-0123456789");
        await ac.OAuth2RefreshTokenAsync("rt-old-0123456789");

        var requests = Requests.Select(e => (WireMock.RequestMessage)e.RequestMessage).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(FakeGlobusAuth.FormOf(requests[0]), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-revoke-me-0123456789", ["client_id"] = ClientId }));
            Assert.That(FakeGlobusAuth.FormOf(requests[1]), Is.EquivalentTo(new Dictionary<string, string> { ["refresh_token"] = "rt-old-0123456789", ["grant_type"] = "refresh_token" }));
            Assert.That(requests.Select(r => r.Headers!.ContainsKey("Authorization")), Is.All.False);
        });
    }

    [Test]
    public async Task With_credentials_revocation_authenticates_and_leaves_the_client_id_out()
    {
        _auth.Answer("/v2/oauth2/token/revoke", """{"active": false}""");

        await Login(new BasicAuthorizer(ClientId, Secret)).OAuth2RevokeTokenAsync("at-revoke-me-0123456789");

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-revoke-me-0123456789" }));
        Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
    }

    [Test]
    public async Task A_login_client_looks_up_identities_as_it_authenticates()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"identities": [{"id": "46bd0f56-e24f-11e5-a510-131bef46955c", "username": "ada@globusid.org"}]}"""));
        var confidential = new ConfidentialAppAuthClient(ClientId, Secret, Options());

        var found = await confidential.GetIdentitiesAsync(usernames: ["ada@globusid.org", "bob@globusid.org"], provision: true);

        Assert.Multiple(() =>
        {
            Assert.That(SingleRequest.Method, Is.EqualTo("GET"));
            Assert.That(SingleRequest.AbsolutePath, Is.EqualTo("/v2/api/identities"));
            Assert.That(SingleRequest.Query!["usernames"], Is.EqualTo(new[] { "ada@globusid.org,bob@globusid.org" }));
            Assert.That(SingleRequest.Query!["provision"], Is.EqualTo(new[] { "true" }));
            Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
            Assert.That(found.Value.Single().Username, Is.EqualTo("ada@globusid.org"));
        });
    }

    [Test]
    public async Task A_native_client_asks_for_userinfo_without_credentials()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"sub": "ae341a98-d274-11e5-b888-dbae3a8ba545"}"""));

        var me = await new NativeAppAuthClient(ClientId, Options()).OAuth2UserInfoAsync();

        Assert.That(SingleRequest.AbsolutePath, Is.EqualTo("/v2/oauth2/userinfo"));
        Assert.That(SingleRequest.Headers!.ContainsKey("Authorization"), Is.False);
        Assert.That(me.Value.Sub, Is.EqualTo("ae341a98-d274-11e5-b888-dbae3a8ba545"));
    }
}
