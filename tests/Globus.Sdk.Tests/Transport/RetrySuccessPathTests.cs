using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// A success is returned without asking checks that cannot decide on it (the policy's own defaults, and the
/// SDK's checks that decide on errors only), yet every check a caller added still sees every answer.
/// </summary>
public class RetrySuccessPathTests : WireMockTestBase
{
    private static RetryPolicy Frozen(RetryPolicy policy)
    {
        policy.Freeze();
        return policy;
    }

    [Test]
    public void A_frozen_default_policy_ignores_successes_and_redirects_but_not_the_statuses_it_retries()
    {
        var policy = Frozen(new RetryPolicy());

        Assert.Multiple(() =>
        {
            Assert.That(policy.DefaultChecksIgnore(200), Is.True);
            Assert.That(policy.DefaultChecksIgnore(304), Is.True);
            foreach (var status in new[] { 401, 429, 500, 502, 503, 504 })
            {
                Assert.That(policy.DefaultChecksIgnore(status), Is.False, status.ToString());
            }
        });
    }

    [Test]
    public void A_policy_with_a_check_of_its_own_or_not_yet_frozen_is_always_asked()
    {
        var added = new RetryPolicy();
        added.RegisterCheck(_ => RetryCheckResult.NoDecision);
        var borrowed = new RetryPolicy(checks: [new RetryPolicy().DefaultCheckTransientError]);

        Assert.Multiple(() =>
        {
            Assert.That(Frozen(added).DefaultChecksIgnore(200), Is.False, "a caller's check");
            Assert.That(Frozen(borrowed).DefaultChecksIgnore(200), Is.False, "another policy's default check");
            Assert.That(new RetryPolicy().DefaultChecksIgnore(200), Is.False, "not frozen");
        });
    }

    [Test]
    public void Only_the_sdks_error_only_checks_are_skipped_on_a_success()
    {
        RetryCheck unmarked = _ => new(RetryCheckResult.NoDecision);
        var transferChecks = new TransferChecksProbe().Checks;

        Assert.Multiple(() =>
        {
            Assert.That(DecidesOnErrorAnswersOnlyAttribute.AllMarked([]), Is.True);
            Assert.That(DecidesOnErrorAnswersOnlyAttribute.AllMarked(transferChecks), Is.True, "Transfer's endpoint-error check");
            Assert.That(DecidesOnErrorAnswersOnlyAttribute.AllMarked([.. transferChecks, unmarked]), Is.False);
        });
    }

    [Test]
    public async Task A_check_the_caller_added_still_retries_a_200()
    {
        Server.AnswerInTurn(Status(200, """{"pending": true}"""), Status(200, """{"pending": false}"""));
        var policy = new RetryPolicy(backoff: _ => TimeSpan.Zero);
        policy.Checks.Insert(0, context => new(context.Response?.Data.GetProperty("pending").GetBoolean() == true ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision));
        var client = new TransferClient(options: Options(o => o.RetryPolicy = policy));

        var response = await client.GetAsync("/v0.10/task_list");

        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
        Assert.That(response.Data.GetProperty("pending").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_200_added_to_the_policys_transient_statuses_is_retried()
    {
        Server.AnswerInTurn(Status(200, "{}"), Status(201, "{}"));
        var policy = new RetryPolicy(backoff: _ => TimeSpan.Zero);
        policy.TransientErrorStatusCodes.Add(200);
        var client = new TransferClient(options: Options(o => o.RetryPolicy = policy));

        var response = await client.GetAsync("/v0.10/task_list");

        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
        Assert.That(response.HttpStatus, Is.EqualTo(201));
    }

    [Test]
    public async Task A_service_check_a_client_subclass_adds_still_sees_a_200()
    {
        Server.AnswerInTurn(Status(200, "{}"), Status(202, "{}"));
        var client = new RetryingTransferClient(Options());

        var response = await client.GetAsync("/v0.10/task_list");

        Assert.That(client.Asked, Is.EqualTo(2), "asked after each answer");
        Assert.That(response.HttpStatus, Is.EqualTo(202));
    }

    /// <summary>Reads the checks Transfer asks, as the pipeline does.</summary>
    private sealed class TransferChecksProbe : TransferClient
    {
        public IReadOnlyList<RetryCheck> Checks => ServiceRetryChecks;
    }

    /// <summary>A subclass whose own check retries the first 200.</summary>
    private sealed class RetryingTransferClient(GlobusClientOptions options) : TransferClient(options: options)
    {
        public int Asked;

        protected override IReadOnlyList<RetryCheck> ServiceRetryChecks =>
        [
            context => new(Interlocked.Increment(ref Asked) == 1 && context.Response?.HttpStatus == 200 ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision),
        ];
    }
}
