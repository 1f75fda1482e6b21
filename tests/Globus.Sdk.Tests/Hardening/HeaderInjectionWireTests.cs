using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 2: no value reaches a request header with a line break or another control character, so
/// nothing a caller passes or a server answers can add a header of its own on the wire.
/// </summary>
public class HeaderInjectionWireTests : WireMockTestBase
{
    private const string Injected = "tok\r\nX-Injected: yes";

    [SetUp]
    public void AnswerEverything() => Server.AnswerInTurn(ScriptedAnswers.Status(200, "{}"));

    private GlobusClientOptions NoRetry(Action<GlobusClientOptions>? configure = null) => Options(o =>
    {
        o.RetryPolicy = new RetryPolicy(maxRetries: 0);
        configure?.Invoke(o);
    });

    [TestCase("zq-secret\r\nX-Injected: yes")]
    [TestCase("zq-secret\nX-Injected: yes")]
    [TestCase("zq-secret\rX")]
    [TestCase("zq-secret\0")]
    [TestCase("zq-secret\u001b")]
    public void An_access_token_with_a_control_character_is_refused_when_the_authorizer_is_built(string token)
    {
        var error = Assert.Throws<ArgumentException>(() => new AccessTokenAuthorizer(token));

        Assert.That(error!.ParamName, Is.EqualTo("accessToken"));
        Assert.That(error.Message.Contains("zq-secret", StringComparison.Ordinal), Is.False, "the token is not shown");
    }

    [Test]
    public void An_app_name_with_a_line_break_is_refused_when_the_client_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => new BaseClient("transfer", null, NoRetry(o => o.AppName = "app\r\nX-Injected: yes")));

        Assert.That(error!.ParamName, Is.EqualTo(nameof(GlobusClientOptions.AppName)));
    }

    [TestCase("X-Extra", "v\r\nX-Injected: yes")]
    [TestCase("X-Extra", "v\n")]
    [TestCase("X-Extra", "v\0")]
    [TestCase("X-Extra\r\nX-Injected", "v")]
    [TestCase("X Extra", "v")]
    [TestCase("", "v")]
    public void A_raw_calls_header_with_a_control_character_or_a_bad_name_is_refused_before_any_request(string name, string value)
    {
        var client = new BaseClient("transfer", new AccessTokenAuthorizer("tok-0123456789"), NoRetry());

        var error = Assert.ThrowsAsync<ArgumentException>(() => client.GetAsync("/v0.10/x", headers: [new(name, value)]));

        Assert.That(error!.ParamName, Is.EqualTo("headers"));
        Assert.That(Server.LogEntries, Is.Empty, "nothing was sent");
    }

    [Test]
    public async Task A_tab_in_a_header_value_is_allowed()
    {
        await new BaseClient("transfer", null, NoRetry()).GetAsync("/v0.10/x", headers: [new("X-Extra", "a\tb")]);

        Assert.That(SingleRequest.Headers!["X-Extra"], Is.EqualTo(new[] { "a\tb" }));
    }

    [Test]
    public void An_authorizer_that_hands_out_a_header_with_a_line_break_is_refused_before_any_request()
    {
        var client = new BaseClient("transfer", new FixedHeaderAuthorizer("Bearer " + Injected), NoRetry());

        var error = Assert.ThrowsAsync<GlobusSdkUsageException>(() => client.GetAsync("/v0.10/x"));

        Assert.That(error!.Message, Does.Contain(nameof(FixedHeaderAuthorizer)).And.Not.Contain("X-Injected"));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void An_access_token_with_a_line_break_from_Globus_Auth_is_refused_by_the_renewing_authorizer()
    {
        Server.Reset();
        Server.Given(Request.Create().WithPath("/v2/oauth2/token")).RespondWith(Response.Create()
            .WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody("""{"access_token": "tok\r\nX-Injected: yes", "resource_server": "transfer.api.globus.org", "expires_in": 3600, "scope": "s", "token_type": "Bearer"}"""));
        Server.Given(Request.Create().WithPath("/v0.10/x")).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var auth = new NativeAppAuthClient("client-0123", NoRetry());
        var client = new BaseClient("transfer", new RefreshTokenAuthorizer("rt-0123456789", auth), NoRetry());

        var error = Assert.ThrowsAsync<GlobusResponseDecodingException>(() => client.GetAsync("/v0.10/x"));

        Assert.That(error, Is.InstanceOf<GlobusException>());
        Assert.That(Server.LogEntries.Select(e => e.RequestMessage.Path), Is.EqualTo(new[] { "/v2/oauth2/token" }), "the resource never got the token");
    }

    private sealed class FixedHeaderAuthorizer(string header) : IGlobusAuthorizer
    {
        public ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default) => new(header);

        public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default) => new(false);
    }
}
