using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// The first attempt runs before the Polly strategy is entered, and the strategy is built only when a call
/// first needs a retry; these tests pin that the retries themselves still behave as a single strategy would.
/// </summary>
public class RetryPipelineTests
{
    private static readonly GlobusRequest Request = new(HttpMethod.Get, new Uri("https://transfer.api.globus.org/v0.10/task_list"), [], null);

    private static RetryPipeline Pipeline(RetryPolicy policy, List<string>? retries = null) => new(
        policy,
        TimeProvider.System,
        static () => [],
        (_, delay, attempt, outcome) => retries?.Add($"{attempt}: {outcome.Response?.HttpStatus.ToString() ?? outcome.Exception!.GetType().Name} after {delay}"));

    private static RetryPolicy NoWait(int maxRetries = 5) => new(backoff: _ => TimeSpan.Zero, maxRetries: maxRetries);

    private static Func<Queue<Func<AttemptOutcome>>, ValueTask<AttemptOutcome>> Scripted =>
        static answers => new(answers.Dequeue()());

    private static Func<AttemptOutcome> Answer(int status) => () => AttemptOutcome.Answered(GlobusResponse.FromJson("{}", status));

    [TestCase(200)]
    [TestCase(404)]
    public async Task An_answer_the_checks_do_not_retry_is_returned_from_the_first_attempt_without_the_strategy(int status)
    {
        var pipeline = Pipeline(NoWait());
        var answers = new Queue<Func<AttemptOutcome>>([Answer(status)]);

        var response = await pipeline.ExecuteAsync(Request, null, Scripted, answers, CancellationToken.None);

        Assert.That(response.HttpStatus, Is.EqualTo(status));
        Assert.That(pipeline.StrategyBuilt, Is.False);
    }

    [Test]
    public async Task A_retried_first_attempt_counts_as_the_strategys_first_attempt()
    {
        var retries = new List<string>();
        var pipeline = Pipeline(NoWait(maxRetries: 2), retries);
        var answers = new Queue<Func<AttemptOutcome>>([Answer(503), Answer(502), Answer(500), Answer(200)]);

        var response = await pipeline.ExecuteAsync(Request, null, Scripted, answers, CancellationToken.None);

        // Two retries allowed: the third answer is the last, and the fourth is never asked for.
        Assert.That(response.HttpStatus, Is.EqualTo(500));
        Assert.That(answers, Has.Count.EqualTo(1));
        Assert.That(retries, Is.EqualTo(new[] { "0: 503 after 00:00:00", "1: 502 after 00:00:00" }));
        Assert.That(pipeline.StrategyBuilt, Is.True);
    }

    [Test]
    public async Task A_first_attempt_that_throws_is_an_outcome_the_checks_see()
    {
        var policy = NoWait();
        policy.Checks.Insert(0, context => new(context.Exception is InvalidOperationException ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision));
        var pipeline = Pipeline(policy);
        var answers = new Queue<Func<AttemptOutcome>>([() => throw new InvalidOperationException("first"), Answer(200)]);

        var response = await pipeline.ExecuteAsync(Request, null, Scripted, answers, CancellationToken.None);

        Assert.That(response.HttpStatus, Is.EqualTo(200));
        Assert.That(answers, Is.Empty);
    }

    [Test]
    public void A_first_attempt_that_throws_and_is_not_retried_throws_its_own_exception()
    {
        var pipeline = Pipeline(NoWait());
        var thrown = new InvalidOperationException("not retried");
        var answers = new Queue<Func<AttemptOutcome>>([() => throw thrown]);

        var caught = Assert.ThrowsAsync<InvalidOperationException>(async () => await pipeline.ExecuteAsync(Request, null, Scripted, answers, CancellationToken.None));

        Assert.That(caught, Is.SameAs(thrown));
        Assert.That(pipeline.StrategyBuilt, Is.False);
    }

    [Test]
    public async Task With_no_retries_the_checks_are_not_asked()
    {
        var policy = NoWait(maxRetries: 0);
        var asked = 0;
        policy.Checks.Insert(0, _ =>
        {
            asked++;
            return new(RetryCheckResult.DoRetry);
        });
        var pipeline = Pipeline(policy);
        var answers = new Queue<Func<AttemptOutcome>>([Answer(503), Answer(200)]);

        var response = await pipeline.ExecuteAsync(Request, null, Scripted, answers, CancellationToken.None);

        Assert.That(response.HttpStatus, Is.EqualTo(503));
        Assert.That(asked, Is.Zero);
    }
}
