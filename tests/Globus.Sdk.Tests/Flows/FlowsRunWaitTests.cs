using Globus.Sdk.Authorizers;
using Globus.Sdk.Flows;
using Globus.Sdk.Tests.Support;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Flows;

/// <summary>WaitForRunAsync and WatchRunAsync poll GET /runs/{id} and wait on the client's clock: fake time, nothing really waits.</summary>
public class FlowsRunWaitTests : WireMockTestBase
{
    private const string RunId = "36ad9f9a-ad29-488f-beb4-c22ab729643a";
    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new TimerRecordingTimeProvider();

    private FlowsClient NewClient() => new(new AccessTokenAuthorizer("t"), Options(o =>
    {
        o.TimeProvider = _time;
        o.HttpTimeout = Timeout.InfiniteTimeSpan;
    }));

    private static WireMock.ResponseBuilders.IResponseBuilder Run(string status) =>
        Status(200, $$"""{"run_id": "{{RunId}}", "status": "{{status}}", "display_status": "{{status}}"}""");

    private void AssertPolled(int times) =>
        Assert.That(Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}{r.RequestMessage.RawQuery}"),
            Is.EqualTo(Enumerable.Repeat($"GET /runs/{RunId}", times)));

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Test]
    public async Task Wait_polls_until_the_run_ends()
    {
        Server.AnswerInTurn(Run("ACTIVE"), Run("ACTIVE"), Run("SUCCEEDED"));

        var done = await _time.RunAsync(NewClient().WaitForRunAsync(RunId, timeout: Seconds(60), pollingInterval: Seconds(5)));

        Assert.That(done, Is.True);
        AssertPolled(3);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(5), Seconds(5) }));
    }

    [Test]
    public async Task Wait_gives_up_without_waiting_after_the_last_request()
    {
        Server.AnswerInTurn(Run("ACTIVE"));

        var done = await _time.RunAsync(NewClient().WaitForRunAsync(RunId, timeout: Seconds(30), pollingInterval: Seconds(10)));

        Assert.That(done, Is.False);
        AssertPolled(4);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(10), Seconds(10), Seconds(10) }));
    }

    [Test]
    public async Task Wait_defaults_to_ten_seconds_each()
    {
        Server.AnswerInTurn(Run("ACTIVE"));

        Assert.That(await _time.RunAsync(NewClient().WaitForRunAsync(RunId)), Is.False);

        AssertPolled(2);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(10) }));
    }

    [Test]
    public async Task Wait_shortens_an_interval_longer_than_the_timeout_and_still_polls_again()
    {
        Server.AnswerInTurn(Run("ACTIVE"));

        Assert.That(await _time.RunAsync(NewClient().WaitForRunAsync(RunId, timeout: Seconds(3), pollingInterval: Seconds(10))), Is.False);

        AssertPolled(2);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(3) }));
    }

    [TestCase("INACTIVE")]
    [TestCase("SUCCEEDED")]
    [TestCase("FAILED")]
    [TestCase("ENDED")]
    public async Task Wait_returns_at_once_for_a_run_that_is_not_active(string status)
    {
        Server.AnswerInTurn(Run(status));

        Assert.That(await NewClient().WaitForRunAsync(RunId), Is.True);
        AssertPolled(1);
        Assert.That(_time.Timers, Is.Empty);
    }

    [TestCase(0.5, 10)]
    [TestCase(10, 0.999)]
    public void Intervals_under_one_second_and_missing_ids_are_refused_before_any_request(double timeout, double interval)
    {
        var flows = NewClient();

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => flows.WaitForRunAsync(RunId, Seconds(timeout), Seconds(interval)));
        Assert.Throws<ArgumentOutOfRangeException>(() => flows.WatchRunAsync(RunId, Seconds(Math.Min(timeout, interval))));
        Assert.That(Assert.ThrowsAsync<ArgumentException>(() => flows.WaitForRunAsync(" "))!.ParamName, Is.EqualTo("runId"));
        Assert.That(Assert.Throws<ArgumentException>(() => flows.WatchRunAsync(""))!.ParamName, Is.EqualTo("runId"));
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public async Task Watch_yields_each_status_change_and_follows_an_inactive_run_until_it_ends()
    {
        Server.AnswerInTurn(Run("ACTIVE"), Run("ACTIVE"), Run("INACTIVE"), Run("ACTIVE"), Run("FAILED"));

        var seen = await _time.RunAsync(NewClient().WatchRunAsync(RunId, pollingInterval: Seconds(2)).ToListAsync().AsTask());

        Assert.That(seen.Select(r => r.Status?.Value), Is.EqualTo(new[] { "ACTIVE", "INACTIVE", "ACTIVE", "FAILED" }));
        Assert.That(seen[^1].RunId, Is.EqualTo(RunId));
        AssertPolled(5);
        Assert.That(_time.Timers, Is.EqualTo(Enumerable.Repeat(Seconds(2), 4)));
    }

    [Test]
    public async Task Watch_ends_on_ENDED_and_treats_an_unknown_status_as_not_ended()
    {
        Server.AnswerInTurn(Run("PAUSED_BY_ADMIN"), Run("ENDED"));

        var seen = await _time.RunAsync(NewClient().WatchRunAsync(RunId, pollingInterval: Seconds(1)).ToListAsync().AsTask());

        Assert.That(seen.Select(r => r.Status?.Value), Is.EqualTo(new[] { "PAUSED_BY_ADMIN", "ENDED" }));
        Assert.That(seen.Select(r => r.Status!.Value.IsEnded), Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void A_failing_request_ends_the_wait_with_a_FlowsApiException()
    {
        Server.AnswerInTurn(Status(404, """{"error": {"code": "NOT_FOUND", "detail": "No run"}}"""));
        var flows = new FlowsClient(options: Options(o => o.RetryPolicy = new Globus.Sdk.Transport.RetryPolicy(maxRetries: 0)));

        var error = Assert.ThrowsAsync<FlowsApiException>(() => flows.WaitForRunAsync(RunId))!;

        Assert.That(error.Code, Is.EqualTo("NOT_FOUND"));
        AssertPolled(1);
    }
}
