using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 7: a 401 makes a renewing authorizer drop its token only if that token is the one the
/// refused request sent; a token another request has renewed meanwhile is kept and used for the retry.
/// </summary>
public class RenewingAuthorizerRaceWireTests : WireMockTestBase
{
    private int TokenRequests => Server.LogEntries.Count(e => e.RequestMessage.Path == "/v2/oauth2/token");

    [Test]
    public async Task A_late_401_for_the_old_token_does_not_throw_away_the_renewed_one()
    {
        // Globus Auth hands out at-1, at-2, at-3 in turn; the resource refuses at-1 and accepts at-2.
        for (var n = 1; n <= 3; n++)
        {
            var mapping = Server.Given(Request.Create().WithPath("/v2/oauth2/token")).InScenario("tokens");
            mapping = n == 1 ? mapping : mapping.WhenStateIs($"issued {n - 1}");
            mapping.WillSetStateTo($"issued {n}").RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"access_token": "at-{{n}}", "resource_server": "transfer.api.globus.org", "expires_in": 3600, "scope": "s", "token_type": "Bearer"}"""));
        }

        Server.Given(Request.Create().WithPath("/v0.10/x").WithHeader("Authorization", "Bearer at-1"))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"code": "AuthenticationFailed"}"""));
        Server.Given(Request.Create().WithPath("/v0.10/x").WithHeader("Authorization", "Bearer at-2"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));

        var gate = new GateHandler();
        var options = Options(o => o.RetryPolicy = new RetryPolicy(maxSleep: TimeSpan.Zero));
        var authorizer = new RefreshTokenAuthorizer("rt-0123456789", new NativeAppAuthClient("client-0123", options));
        var held = new BaseClient("transfer", authorizer, Options(o =>
        {
            o.HttpMessageHandler = gate;
            o.RetryPolicy = new RetryPolicy(maxSleep: TimeSpan.Zero);
        }));
        var other = new BaseClient("transfer", authorizer, options);

        // The held call sends at-1, and its answer (a 401) is held back ...
        var heldCall = held.GetAsync("/v0.10/x");
        await gate.FirstAnswerArrived.Task;
        // ... while another call is refused at-1 too, renews to at-2 and succeeds.
        await other.GetAsync("/v0.10/x");
        Assert.That(TokenRequests, Is.EqualTo(2), "at-1 on first use, at-2 after the other call's 401");
        // Now the held 401 for at-1 arrives: at-2 is kept and the retry carries it.
        gate.Release();
        await heldCall;

        Assert.Multiple(() =>
        {
            Assert.That(TokenRequests, Is.EqualTo(2), "no needless third renewal");
            Assert.That(authorizer.AccessToken, Is.EqualTo("at-2"));
        });
    }

    /// <summary>Holds the first answer back until released; later ones pass at once.</summary>
    private sealed class GateHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public TaskCompletionSource FirstAnswerArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _release.SetResult();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Interlocked.Increment(ref _calls) == 1)
            {
                FirstAnswerArrived.SetResult();
                await _release.Task;
            }

            return response;
        }
    }
}
