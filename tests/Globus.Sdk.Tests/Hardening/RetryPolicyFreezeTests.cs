using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 6: a <see cref="RetryPolicy"/> is read by every call of every client that uses it, so
/// building a client freezes it: its checks and status sets cannot change under calls in flight.
/// </summary>
public class RetryPolicyFreezeTests : WireMockTestBase
{
    [Test]
    public void A_policy_given_to_a_client_can_no_longer_change()
    {
        var policy = new RetryPolicy(maxRetries: 2);
        policy.Checks.Insert(0, _ => new(RetryCheckResult.NoDecision));
        policy.TransientErrorStatusCodes.Add(409);
        _ = new BaseClient("transfer", null, Options(o => o.RetryPolicy = policy));

        Assert.Multiple(() =>
        {
            Assert.Throws<GlobusSdkUsageException>(() => policy.Checks.Insert(0, _ => new(RetryCheckResult.DoNotRetry)));
            Assert.Throws<GlobusSdkUsageException>(() => policy.RegisterCheck(_ => RetryCheckResult.DoNotRetry));
            Assert.Throws<GlobusSdkUsageException>(() => policy.Checks.Remove(policy.DefaultCheckTransientError));
            Assert.Throws<GlobusSdkUsageException>(() => policy.Checks.Replace(policy.DefaultCheckTransientError, _ => new(RetryCheckResult.DoNotRetry)));
            Assert.Throws<GlobusSdkUsageException>(() => policy.Checks.Clear());
            Assert.Throws<GlobusSdkUsageException>(() => policy.TransientErrorStatusCodes.Add(418));
            Assert.Throws<GlobusSdkUsageException>(() => policy.RetryAfterStatusCodes.Clear());
            Assert.Throws<GlobusSdkUsageException>(() => policy.ExpiredAuthorizationStatusCodes.Remove(401));
            Assert.That(policy.TransientErrorStatusCodes.IsReadOnly, Is.True);
            Assert.That(policy.TransientErrorStatusCodes, Is.EquivalentTo(new[] { 409, 429, 500, 502, 503, 504 }), "what was configured stands");
        });
    }

    [Test]
    public async Task A_shared_policy_still_decides_for_every_client_as_configured()
    {
        var policy = new RetryPolicy(maxRetries: 1, maxSleep: TimeSpan.Zero);
        policy.TransientErrorStatusCodes.Add(409);
        var first = new BaseClient("transfer", new AccessTokenAuthorizer("tok-0123456789"), Options(o => o.RetryPolicy = policy));
        var second = new BaseClient("transfer", null, Options(o => o.RetryPolicy = policy));
        Server.AnswerInTurn(Status(409), Status(200), Status(409), Status(200));

        await first.GetAsync("/v0.10/a");
        await second.GetAsync("/v0.10/b");

        Assert.That(Requests.Select(r => r.RequestMessage.Path), Is.EqualTo(new[] { "/v0.10/a", "/v0.10/a", "/v0.10/b", "/v0.10/b" }));
        Assert.That(first.RetryPolicy, Is.SameAs(policy));
    }

    [Test]
    public void A_policy_not_yet_given_to_a_client_can_still_be_configured()
    {
        var policy = new RetryPolicy();

        policy.TransientErrorStatusCodes.Add(409);
        policy.Checks.Insert(0, _ => new(RetryCheckResult.NoDecision));

        Assert.That(policy.TransientErrorStatusCodes.IsReadOnly, Is.False);
        Assert.That(policy.Checks, Has.Count.EqualTo(6));
    }
}
