using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>TaskWaitAsync and WatchTaskAsync poll GET /v0.10/task/{id} and wait on the client's clock: fake time, nothing really waits.</summary>
public class TransferTaskWaitTests : WireMockTestBase
{
    private const string TaskId = "b7a2a4e6-8c7a-11ec-9e5b-0242ac110002";
    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new TimerRecordingTimeProvider();

    private TransferClient NewClient() => new(new AccessTokenAuthorizer("t"), Options(o =>
    {
        o.TimeProvider = _time;
        o.HttpTimeout = Timeout.InfiniteTimeSpan;
    }));

    private static WireMock.ResponseBuilders.IResponseBuilder Task(string status) =>
        Status(200, $$"""{"DATA_TYPE": "task", "task_id": "{{TaskId}}", "status": "{{status}}", "files_transferred": 3}""");

    private void AssertPolled(int times)
    {
        Assert.That(Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}"),
            Is.EqualTo(Enumerable.Repeat($"GET /v0.10/task/{TaskId}", times)));
    }

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);

    [Test]
    public async Task It_polls_until_the_task_stops_being_active()
    {
        Server.AnswerInTurn(Task("ACTIVE"), Task("ACTIVE"), Task("SUCCEEDED"));

        var done = await _time.RunAsync(NewClient().TaskWaitAsync(TaskId, timeout: Seconds(60), pollingInterval: Seconds(10)));

        Assert.That(done, Is.True);
        AssertPolled(3);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(10), Seconds(10) }));
    }

    [Test]
    public async Task It_gives_up_without_waiting_after_the_last_request()
    {
        Server.AnswerInTurn(Task("ACTIVE"));

        var done = await _time.RunAsync(NewClient().TaskWaitAsync(TaskId, timeout: Seconds(30), pollingInterval: Seconds(10)));

        // Python: waited_time > timeout ends the wait, so 30 s in 10 s intervals polls at 0, 10, 20 and 30 s.
        Assert.That(done, Is.False);
        AssertPolled(4);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(10), Seconds(10), Seconds(10) }));
    }

    [Test]
    public async Task The_defaults_are_ten_seconds_each_so_two_requests_are_sent_ten_seconds_apart()
    {
        Server.AnswerInTurn(Task("ACTIVE"));

        var done = await _time.RunAsync(NewClient().TaskWaitAsync(TaskId));

        Assert.That(done, Is.False);
        AssertPolled(2);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(10) }));
    }

    [Test]
    public async Task An_interval_longer_than_the_timeout_is_shortened_to_it_and_still_polls_again()
    {
        Server.AnswerInTurn(Task("ACTIVE"));

        var done = await _time.RunAsync(NewClient().TaskWaitAsync(TaskId, timeout: Seconds(5), pollingInterval: Seconds(10)));

        // Python: polling_interval = min(timeout, polling_interval).
        Assert.That(done, Is.False);
        AssertPolled(2);
        Assert.That(_time.Timers, Is.EqualTo(new[] { Seconds(5) }));
    }

    [TestCase("INACTIVE")]
    [TestCase("FAILED")]
    [TestCase("SUCCEEDED")]
    public async Task Any_status_but_active_counts_as_stopped(string status)
    {
        Server.AnswerInTurn(Task(status));

        Assert.That(await NewClient().TaskWaitAsync(TaskId), Is.True);
        AssertPolled(1);
    }

    [TestCase(0.5, 10)]
    [TestCase(10, 0.999)]
    [TestCase(0, 0)]
    public void Intervals_under_one_second_are_rejected_before_any_request(double timeout, double interval)
    {
        var tc = NewClient();

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => tc.TaskWaitAsync(TaskId, Seconds(timeout), Seconds(interval)));
        Assert.Throws<ArgumentOutOfRangeException>(() => tc.WatchTaskAsync(TaskId, Seconds(Math.Min(timeout, interval))));
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public async Task Watch_yields_each_status_change_until_a_final_status()
    {
        Server.AnswerInTurn(Task("ACTIVE"), Task("ACTIVE"), Task("INACTIVE"), Task("ACTIVE"), Task("SUCCEEDED"));

        var seen = await _time.RunAsync(NewClient().WatchTaskAsync(TaskId, pollingInterval: Seconds(2)).ToListAsync().AsTask());

        Assert.That(seen.Select(t => t.Status?.Value), Is.EqualTo(new[] { "ACTIVE", "INACTIVE", "ACTIVE", "SUCCEEDED" }));
        Assert.That(seen[0].TaskId, Is.EqualTo(TaskId));
        AssertPolled(5);
        Assert.That(_time.Timers, Is.EqualTo(Enumerable.Repeat(Seconds(2), 4)));
    }

    [Test]
    public async Task Watch_yields_a_task_without_a_status_once_while_it_stays_without_one()
    {
        var noStatus = Status(200, $$"""{"DATA_TYPE": "task", "task_id": "{{TaskId}}"}""");
        Server.AnswerInTurn(noStatus, noStatus, Task("SUCCEEDED"));

        var seen = await _time.RunAsync(NewClient().WatchTaskAsync(TaskId, pollingInterval: Seconds(2)).ToListAsync().AsTask());

        Assert.That(seen.Select(t => t.Status?.Value), Is.EqualTo(new[] { null, "SUCCEEDED" }));
        AssertPolled(3);
    }

    [Test]
    public void Task_waiting_compares_statuses_with_the_generated_values_not_string_literals()
    {
        // A status renamed in the spec then breaks the build instead of silently never matching.
        var statuses = typeof(TransferTaskStatus).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(TransferTaskStatus))
            .Select(p => ((TransferTaskStatus)p.GetValue(null)!).Value)
            .ToList();
        var code = File.ReadAllLines(RepositoryFiles.PathOf("src", "Globus.Sdk", "Transfer", "TransferClient.TaskWait.cs"))
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal));

        Assert.That(statuses, Is.SupersetOf(new[] { "ACTIVE", "INACTIVE", "SUCCEEDED", "FAILED" }));
        Assert.That(code.Where(line => statuses.Any(s => line.Contains($"\"{s}\"", StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public async Task Watch_stops_when_the_caller_breaks()
    {
        Server.AnswerInTurn(Task("ACTIVE"));

        await foreach (var task in NewClient().WatchTaskAsync(TaskId))
        {
            Assert.That(task.Status?.Value, Is.EqualTo("ACTIVE"));
            break;
        }

        AssertPolled(1);
    }

}
