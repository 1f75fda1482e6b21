using System.Net;
using System.Text;
using System.Web;
using Globus.Sdk.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// The web login sample (the v3.0 "Three Legged OAuth with Flask" example) hosted in memory, its
/// Globus Auth the fake: login, callback and logout as a browser goes through them.
/// </summary>
public class WebLoginSampleTests : WireMockTestBase
{
    private const string ClientId = "9a1c3e55-web-login-sample";
    private const string Secret = "cs-WebSampleSecret-0123456789";

    private FakeGlobusAuth _auth = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _browser = null!;

    [SetUp]
    public void StartApp()
    {
        _auth = new FakeGlobusAuth(Server, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
        _auth.ServeDiscovery();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Globus:ClientId", ClientId);
            web.UseSetting("Globus:ClientSecret", Secret);
            web.UseSetting("Globus:Services:auth:BaseUrl", ServerUrl.AbsoluteUri);
            web.UseSetting("Globus:Services:transfer:BaseUrl", ServerUrl.AbsoluteUri);
            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_auth.Time));
        });
        // A browser that keeps the session cookie but lets the test follow each redirect itself.
        _browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    [TearDown]
    public void StopApp()
    {
        _browser.Dispose();
        _factory.Dispose();
        _auth.Dispose();
    }

    [Test]
    public async Task Login_callback_and_logout_run_against_globus_auth()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId, refreshTokens: true));
        _auth.Answer("/v2/oauth2/token/revoke", """{"active": false}""");

        // Not logged in: the index sends the browser to /login, which sends it to Globus Auth.
        var index = await _browser.GetAsync("/");
        Assert.That(index.Headers.Location!.OriginalString, Is.EqualTo("/login"));
        var login = await _browser.GetAsync("/login");
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var authorize = login.Headers.Location!;
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Multiple(() =>
        {
            Assert.That(authorize.GetLeftPart(UriPartial.Path), Is.EqualTo(ServerUrl + "v2/oauth2/authorize"));
            Assert.That(query["client_id"], Is.EqualTo(ClientId));
            Assert.That(query["redirect_uri"], Is.EqualTo("http://localhost/login"));
            Assert.That(query["response_type"], Is.EqualTo("code"));
            Assert.That(query["scope"], Is.EqualTo("openid profile email urn:globus:auth:scope:transfer.api.globus.org:all"));
            Assert.That(query["state"], Has.Length.EqualTo(32), "a fresh unguessable state");
        });

        // Globus Auth sends the browser back with a code and the state.
        var callback = await _browser.GetAsync($"/login?code=web-code-0123456789&state={query["state"]}");
        Assert.That(callback.Headers.Location!.OriginalString, Is.EqualTo("/"));
        var exchange = (WireMock.RequestMessage)Requests.Single(r => r.RequestMessage.Path == "/v2/oauth2/token").RequestMessage;
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Headers!["Authorization"], Is.EqualTo(new[] { "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + Secret)) }));
            Assert.That(FakeGlobusAuth.FormOf(exchange), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = "web-code-0123456789", ["redirect_uri"] = "http://localhost/login",
            }));
        });
        Assert.That(await _browser.GetStringAsync("/"), Is.EqualTo("You are successfully logged in as go@globusid.org!"));

        // The Transfer client from the container acts as the user, with the Transfer token of the session.
        Server.Given(Request.Create().WithPath("/v0.10/task_list").UsingGet()).RespondWith(Response.Create()
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"DATA_TYPE": "task_list", "DATA": [{"DATA_TYPE": "task", "task_id": "t-1", "status": "SUCCEEDED", "label": "nightly"}]}"""));
        Assert.That(await _browser.GetStringAsync("/tasks"), Is.EqualTo("t-1 SUCCEEDED nightly"));
        var taskList = Requests.Single(r => r.RequestMessage.Path == "/v0.10/task_list").RequestMessage;
        Assert.That(taskList.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer at-transfer-1-0123456789" }));
        Assert.That(taskList.Headers!["User-Agent"].Single(), Does.EndWith("/Globus Example App"));

        // Logout revokes every token, clears the session and sends the browser to Globus Auth's logout page.
        var logout = await _browser.GetAsync("/logout");
        var revoked = Requests.Where(r => r.RequestMessage.Path == "/v2/oauth2/token/revoke")
            .Select(r => FakeGlobusAuth.FormOf((WireMock.RequestMessage)r.RequestMessage)["token"]).ToList();
        var logoutQuery = HttpUtility.ParseQueryString(logout.Headers.Location!.Query);
        Assert.Multiple(() =>
        {
            Assert.That(revoked, Is.EquivalentTo(new[] { "at-auth-1-0123456789", "rt-auth-1-0123456789", "at-transfer-1-0123456789", "rt-transfer-1-0123456789" }));
            Assert.That(logout.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo(ServerUrl + "v2/web/logout"));
            Assert.That(logoutQuery["client"], Is.EqualTo(ClientId));
            Assert.That(logoutQuery["redirect_uri"], Is.EqualTo("http://localhost/"));
            Assert.That(logoutQuery["redirect_name"], Is.EqualTo("Globus Example App"));
        });
        Assert.That((await _browser.GetAsync("/")).Headers.Location!.OriginalString, Is.EqualTo("/login"), "logged out");
    }

    [Test]
    public async Task A_callback_with_a_foreign_state_is_refused_without_exchanging_the_code()
    {
        await _browser.GetAsync("/login");

        var forged = await _browser.GetAsync("/login?code=stolen-code-0123456789&state=not-the-one-we-sent");
        var unsolicited = await _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync("/login?code=stolen-code-0123456789&state=anything");

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unsolicited.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Requests.Where(r => r.RequestMessage.Path == "/v2/oauth2/token"), Is.Empty);
    }
}
