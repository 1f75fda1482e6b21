using System.Net;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 4: the authorizer's credentials go only over https to the client's service host, or to a
/// loopback address (also over http, for fakes); any other URL is a usage error before anything is sent,
/// unless the client opted in with <see cref="GlobusClientOptions.AllowCredentialsToAnyUrl"/>.
/// </summary>
public class CredentialDestinationTests : WireMockTestBase
{
    private const string Token = "tok-destination-0123456789";

    private static GlobusClientOptions At(string baseUrl, CapturingHandler handler, bool allowAny = false) => new()
    {
        BaseUrl = new Uri(baseUrl),
        HttpMessageHandler = handler,
        RetryPolicy = new RetryPolicy(maxRetries: 0),
        AllowCredentialsToAnyUrl = allowAny,
    };

    [TestCase("http://transfer.api.globus.org/v0.10/task_list", Description = "plain http to the service's own host")]
    [TestCase("https://evil.example.org/v0.10/task_list", Description = "another host")]
    [TestCase("https://transfer.api.globus.org:8443/v0.10/task_list", Description = "another port")]
    [TestCase("https://transfer.api.globus.org.evil.example.org/x", Description = "a host that only starts like it")]
    [TestCase("https://transfer.api.globus.org@evil.example.org/x", Description = "user-info that names it")]
    public void A_raw_call_to_another_url_is_refused_before_anything_is_sent(string url)
    {
        var handler = new CapturingHandler();
        var client = new BaseClient("transfer", new AccessTokenAuthorizer(Token), At("https://transfer.api.globus.org/", handler));

        var error = Assert.ThrowsAsync<GlobusSdkUsageException>(() => client.GetAsync(url));

        Assert.That(handler.Requests, Is.Empty, "nothing was sent");
        Assert.That(error!.Message, Does.Contain(nameof(GlobusClientOptions.AllowCredentialsToAnyUrl)).And.Not.Contain(Token));
    }

    [Test]
    public async Task The_services_own_https_host_gets_the_credentials()
    {
        var handler = new CapturingHandler();
        var client = new BaseClient("transfer", new AccessTokenAuthorizer(Token), At("https://transfer.api.globus.org/", handler));

        await client.GetAsync("/v0.10/task_list");
        await client.GetAsync("https://TRANSFER.api.globus.org/v0.10/task_list");

        Assert.That(handler.Requests.Select(r => r.Authorization), Is.All.EqualTo("Bearer " + Token));
    }

    [Test]
    public void A_base_url_over_plain_http_off_loopback_is_refused_with_an_authorizer()
    {
        var handler = new CapturingHandler();
        var client = new BaseClient("transfer", new AccessTokenAuthorizer(Token), At("http://transfer.example.org/", handler));

        Assert.ThrowsAsync<GlobusSdkUsageException>(() => client.GetAsync("/v0.10/task_list"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Without_an_authorizer_any_url_may_be_called()
    {
        var handler = new CapturingHandler();
        var client = new BaseClient("transfer", null, At("http://transfer.example.org/", handler));

        await client.GetAsync("https://elsewhere.example.org/x");

        Assert.That(handler.Requests.Single().Authorization, Is.Null);
    }

    [Test]
    public async Task The_caller_may_opt_in_to_any_url()
    {
        var handler = new CapturingHandler();
        var client = new BaseClient("transfer", new AccessTokenAuthorizer(Token), At("https://transfer.api.globus.org/", handler, allowAny: true));

        await client.GetAsync("http://elsewhere.example.org/x");

        Assert.That(handler.Requests.Single().Authorization, Is.EqualTo("Bearer " + Token));
    }

    [Test]
    public async Task Loopback_over_plain_http_gets_the_credentials_so_fakes_keep_working()
    {
        var client = new BaseClient("transfer", new AccessTokenAuthorizer(Token), Options(o => o.BaseUrl = new Uri("https://transfer.api.globus.org/")));
        Server.AnswerInTurn(ScriptedAnswers.Status(200, "{}"));

        await client.GetAsync(Server.Url + "/v0.10/task_list");

        Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer " + Token }));
    }

    /// <summary>Answers 200 to everything and records what would have gone on the wire.</summary>
    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<(Uri Url, string? Authorization)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.RequestUri!, request.Headers.Authorization?.ToString()));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        }
    }
}
