using System.Net;
using System.Net.Sockets;
using Globus.Sdk.Auth;

namespace Globus.Sdk.Tests.App;

/// <summary>The local-server login: a real loopback listener, driven with an HttpClient standing in for the browser.</summary>
public class LocalServerLoginFlowTests : GlobusAppTestBase
{
    private static readonly GlobusAuthorizationParameters TransferLogin = new() { RequiredScopes = ["openid", TransferAll] };

    /// <summary>A manager whose "browser" hands the authorize URL to the test.</summary>
    private sealed class CapturingManager(AuthLoginClient client, bool browserOpens, TimeSpan? timeout = null, TextWriter? output = null)
        : LocalServerLoginFlowManager(client, timeout: timeout, output: output)
    {
        public TaskCompletionSource<Uri> AuthorizeUrl { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override bool OpenBrowser(string url)
        {
            AuthorizeUrl.SetResult(new Uri(url));
            return browserOpens;
        }
    }

    private static Dictionary<string, string> QueryOf(Uri url) => url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
        .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    [Test]
    public async Task The_redirect_to_the_loopback_port_completes_the_login()
    {
        AnswerCode("code-local", "1");
        var manager = new CapturingManager(new NativeAppAuthClient(NativeClientId, Here()), browserOpens: true);

        var login = manager.RunLoginFlowAsync(TransferLogin);
        var query = QueryOf(await manager.AuthorizeUrl.Task);
        var redirect = new Uri(query["redirect_uri"]);
        Assert.That(redirect.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(redirect.Port, Is.Not.Zero);
        using var browser = new HttpClient();
        using var page = await browser.GetAsync(new Uri(redirect, $"?code=code-local&state={query["state"]}"));
        var tokens = await login;

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Login successful. You may close this window."));
        Assert.That(tokens.ByResourceServer["transfer.api.globus.org"].AccessToken, Is.EqualTo("at-transfer-1-0123456789"));
        var exchange = TokenForms("authorization_code").Single();
        Assert.That(exchange["code"], Is.EqualTo("code-local"));
        Assert.That(exchange["redirect_uri"], Is.EqualTo(query["redirect_uri"]));
        Assert.That(query["state"], Has.Length.EqualTo(32), "a random state, not the default");
    }

    [Test]
    public async Task A_redirect_with_another_state_is_refused_and_no_code_is_exchanged()
    {
        AnswerCode("code-local", "1");
        var manager = new CapturingManager(new NativeAppAuthClient(NativeClientId, Here()), browserOpens: true);

        var login = manager.RunLoginFlowAsync(TransferLogin);
        var redirect = new Uri(QueryOf(await manager.AuthorizeUrl.Task)["redirect_uri"]);
        using var browser = new HttpClient();
        using var page = await browser.GetAsync(new Uri(redirect, "?code=code-local&state=forged"));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var error = Assert.ThrowsAsync<LocalServerLoginException>(async () => await login);
        Assert.That(error!.Message, Does.Contain("state"));
        Assert.That(error.Message, Does.Not.Contain("code-local"));
        Assert.That(TokenForms("authorization_code"), Is.Empty);
    }

    [Test]
    public async Task An_error_redirect_fails_the_login_and_the_page_shows_it_encoded()
    {
        var manager = new CapturingManager(new NativeAppAuthClient(NativeClientId, Here()), browserOpens: true);

        var login = manager.RunLoginFlowAsync(TransferLogin);
        var redirect = new Uri(QueryOf(await manager.AuthorizeUrl.Task)["redirect_uri"]);
        using var browser = new HttpClient();
        var page = await browser.GetStringAsync(new Uri(redirect, "?error=access_denied&error_description=%3Cscript%3Eno%3C%2Fscript%3E"));

        Assert.That(page, Does.Contain("Login failed").And.Contain("&lt;script&gt;").And.Not.Contain("<script>"));
        Assert.ThrowsAsync<LocalServerLoginException>(async () => await login);
    }

    [Test]
    public async Task Without_a_redirect_the_login_times_out_cleanly_and_the_port_is_closed()
    {
        var console = new StringWriter();
        var manager = new CapturingManager(new NativeAppAuthClient(NativeClientId, Here()), browserOpens: false, TimeSpan.FromMinutes(5), console);

        var login = manager.RunLoginFlowAsync(TransferLogin);
        var url = await manager.AuthorizeUrl.Task;
        var redirect = new Uri(QueryOf(url)["redirect_uri"]);
        Auth.Time.Advance(TimeSpan.FromMinutes(5));

        var error = Assert.ThrowsAsync<LocalServerLoginException>(async () => await login);
        Assert.That(error!.Message, Does.Contain("timed out"));
        Assert.That(console.ToString(), Does.Contain(url.AbsoluteUri), "no browser: the URL is printed");
        using var probe = new TcpClient();
        Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, redirect.Port));
    }

    [Test]
    public void The_local_server_refuses_a_non_loopback_address_and_a_confidential_client()
    {
        var native = new NativeAppAuthClient(NativeClientId, Here());
        Assert.Throws<ArgumentException>(() => new LocalServerLoginFlowManager(native, serverAddress: new IPEndPoint(IPAddress.Any, 0)));
        var confidential = new ConfidentialAppAuthClient(ConfidentialClientId, ClientSecret, Here());
        Assert.Throws<GlobusSdkUsageException>(() => LocalServerLoginFlowManager.ForGlobusApp("x", confidential, new GlobusAppConfig()));
    }
}
