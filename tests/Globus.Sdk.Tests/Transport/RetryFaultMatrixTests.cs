using System.Net;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.ResponseBuilders;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// The retry behaviour an unattended job relies on: for each fault, how many requests Globus received,
/// which delays the client asked for, and what the caller got. Fake time: nothing really waits.
/// </summary>
public class RetryFaultMatrixTests : WireMockTestBase
{
    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new TimerRecordingTimeProvider();

    private BaseClient Client(IGlobusAuthorizer? authorizer = null, RetryPolicy? policy = null, HttpMessageHandler? handler = null) =>
        new("transfer", authorizer, Options(o =>
        {
            o.TimeProvider = _time;
            // No attempt timeout here, so every timer the clock sees is a retry delay.
            o.HttpTimeout = Timeout.InfiniteTimeSpan;
            o.RetryPolicy = policy;
            o.HttpMessageHandler = handler;
        }));

    private static Task<GlobusResponse> Call(BaseClient client, string verb) => verb == "GET"
        ? client.GetAsync("/v0.10/task_list")
        : client.PostAsync("/v0.10/transfer", data: new Dictionary<string, object?> { ["DATA_TYPE"] = "transfer" });

    /// <summary>
    /// A fault: the status Globus answers with (and, when given, its Retry-After). How its delays are
    /// checked: Exact, every retry waits that long; AbsoluteDate, the first retry waits until the date and
    /// later ones (the date has passed) do not wait; neither, the jittered exponential backoff.
    /// </summary>
    public sealed record Fault(string Name, int HttpStatus, string? RetryAfter = null, TimeSpan? Exact = null, TimeSpan? AbsoluteDate = null)
    {
        public IResponseBuilder Answer() => RetryAfter is null ? Status(HttpStatus) : Status(HttpStatus, headers: ("Retry-After", RetryAfter));

        public override string ToString() => Name;
    }

    public static IEnumerable<TestCaseData> TransientFaults()
    {
        var faults = new Fault[]
        {
            new("429 Retry-After 3", 429, RetryAfter: "3", Exact: TimeSpan.FromSeconds(3)),
            // The fake clock starts at 2030-01-02 03:04:05 UTC.
            new("429 Retry-After date", 429, RetryAfter: "Wed, 02 Jan 2030 03:04:09 GMT", AbsoluteDate: TimeSpan.FromSeconds(4)),
            new("429 without Retry-After", 429),
            new("500", 500),
            new("502", 502),
            new("503", 503),
            new("503 Retry-After 30 capped", 503, RetryAfter: "30", Exact: TimeSpan.FromSeconds(10)),
            new("504", 504),
        };
        foreach (var verb in new[] { "GET", "POST" })
        {
            foreach (var fault in faults)
            {
                foreach (var successOn in new[] { 2, 4, 6 })
                {
                    yield return new TestCaseData(verb, fault, successOn).SetName($"{verb} {fault.Name}, success on send {successOn}");
                }

                yield return new TestCaseData(verb, fault, 0).SetName($"{verb} {fault.Name}, still failing after 6 sends");
            }
        }
    }

    [TestCaseSource(nameof(TransientFaults))]
    public async Task Transient_faults_are_retried_up_to_five_times(string verb, Fault fault, int successOn)
    {
        var failures = successOn == 0 ? 6 : successOn - 1;
        var answers = Enumerable.Range(0, failures).Select(_ => fault.Answer()).ToList();
        answers.Add(Status(200, """{"ok": true}"""));
        Server.AnswerInTurn([.. answers]);

        var call = Call(Client(), verb);
        GlobusResponse? response = null;
        GlobusApiException? error = null;
        try
        {
            response = await _time.RunAsync(call);
        }
        catch (GlobusApiException e)
        {
            error = e;
        }

        var retries = Math.Min(failures, 5);
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(retries + 1), "requests received");
        Assert.That(Server.LogEntries.All(e => e.RequestMessage.Method == verb), Is.True);
        if (fault.AbsoluteDate is { } untilDate)
        {
            Assert.That(_time.Timers, Is.EqualTo(new[] { untilDate }), "wait for the date once; later retries are past it");
        }
        else
        {
            Assert.That(_time.Timers, Has.Count.EqualTo(retries), "one delay before each retry");
            for (var attempt = 0; attempt < _time.Timers.Count; attempt++)
            {
                var delay = _time.Timers[attempt];
                if (fault.Exact is { } expected)
                {
                    Assert.That(delay, Is.EqualTo(expected), $"delay after attempt {attempt}");
                }
                else
                {
                    var low = Math.Min(0.25 * Math.Pow(2, attempt), 10);
                    var high = Math.Min(0.75 * Math.Pow(2, attempt), 10);
                    Assert.That(delay.TotalSeconds, Is.InRange(low, high), $"jittered exponential delay after attempt {attempt}");
                }
            }
        }

        if (successOn == 0)
        {
            Assert.That(error, Is.Not.Null, "the last answer is raised");
            Assert.That(error!.HttpStatus, Is.EqualTo(fault.HttpStatus), "the fault's own status");
        }
        else
        {
            Assert.That(error, Is.Null);
            Assert.That(response!["ok"].GetBoolean(), Is.True);
        }
    }

    [Test]
    public async Task Non_transient_errors_are_not_retried()
    {
        Server.AnswerInTurn(Status(400, """{"code": "BadRequest", "message": "no"}"""));

        var error = Assert.ThrowsAsync<GlobusApiException>(() => _time.RunAsync(Call(Client(), "GET")))!;

        Assert.That(error.HttpStatus, Is.EqualTo(400));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
        Assert.That(_time.Timers, Is.Empty);
        await Task.CompletedTask;
    }

    [Test]
    public async Task Refused_connection_is_retried_then_raised_with_the_attempt_count()
    {
        var client = new BaseClient("transfer", options: new()
        {
            BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort.Find()}/"),
            TimeProvider = _time,
            HttpTimeout = Timeout.InfiniteTimeSpan,
        });

        var error = await CatchAsync<GlobusConnectionException>(_time.RunAsync(client.GetAsync("/a")));

        Assert.That(error.Attempts, Is.EqualTo(6));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(_time.Timers, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Connection_reset_mid_response_is_retried_and_can_succeed()
    {
        Server.AnswerInTurn(Status(200, """{"ok": true}"""));
        var flaky = new FailingHandler(failures: 2, () => new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var response = await _time.RunAsync(Client(handler: flaky).GetAsync("/a"));

        Assert.That(response["ok"].GetBoolean(), Is.True);
        Assert.That(flaky.Calls, Is.EqualTo(3));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1), "the two reset attempts never reached the server");
    }

    [Test]
    public async Task Connection_reset_every_time_is_a_connection_exception_after_six_attempts()
    {
        var flaky = new FailingHandler(failures: int.MaxValue, () => new IOException("Connection reset by peer"));

        var error = await CatchAsync<GlobusConnectionException>(_time.RunAsync(Client(handler: flaky).GetAsync("/a")));

        Assert.That(error.Attempts, Is.EqualTo(6));
        Assert.That(error.InnerException, Is.InstanceOf<IOException>());
        Assert.That(flaky.Calls, Is.EqualTo(6));
    }

    [Test]
    public async Task Unresolvable_host_is_retried_then_raised_as_a_connection_exception()
    {
        var dns = new FailingHandler(failures: int.MaxValue, () =>
            new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (transfer.api.example)"));

        var error = await CatchAsync<GlobusConnectionException>(_time.RunAsync(Client(handler: dns).GetAsync("/a")));

        Assert.That(error.Attempts, Is.EqualTo(6));
        Assert.That(((HttpRequestException)error.InnerException!).HttpRequestError, Is.EqualTo(HttpRequestError.NameResolutionError));
    }

    [Test]
    public async Task Sdk_attempt_timeout_applies_to_a_caller_http_client_with_a_longer_timeout()
    {
        var transport = new StallingHandler();
        using var httpClient = new HttpClient(transport) { Timeout = TimeSpan.FromHours(1) };
        var client = new BaseClient("transfer", options: Options(o =>
        {
            o.HttpClient = httpClient;
            o.TimeProvider = _time;
            o.HttpTimeout = TimeSpan.FromSeconds(5);
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
        }));

        var error = await CatchAsync<GlobusTimeoutException>(_time.RunAsync(client.GetAsync("/slow")));

        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(_time.Timers, Is.EqualTo(new[] { TimeSpan.FromSeconds(5) }));
    }

    [Test]
    public async Task Timed_out_attempts_are_retried_then_raised_as_a_timeout()
    {
        var transport = new StallingHandler();
        var client = new BaseClient("transfer", options: Options(o =>
        {
            o.HttpMessageHandler = transport;
            o.TimeProvider = _time;
            o.HttpTimeout = TimeSpan.FromSeconds(60);
        }));

        var error = await CatchAsync<GlobusTimeoutException>(_time.RunAsync(client.GetAsync("/slow")));

        Assert.That(error.Attempts, Is.EqualTo(6));
        Assert.That(transport.Requests, Is.EqualTo(6));
        Assert.That(_time.Timers.Count(t => t == TimeSpan.FromSeconds(60)), Is.EqualTo(6), "one attempt timeout per send");
    }

    [TestCase("text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>")]
    [TestCase("application/json", "")]
    public async Task Proxy_error_pages_are_retried_and_raised_with_their_text(string contentType, string body)
    {
        Server.AnswerInTurn(Response.Create().WithStatusCode(502).WithHeader("Content-Type", contentType).WithBody(body));

        var error = await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(), "GET")));

        Assert.That(error.HttpStatus, Is.EqualTo(502));
        Assert.That(error.RawText, Is.EqualTo(body));
        Assert.That(error.Code, Is.Null);
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(6));
    }

    [TestCase(200, "{\"DATA\": [", "application/json")]
    [TestCase(200, "<html>maintenance</html>", "text/html")]
    [TestCase(200, "", "application/json")]
    [TestCase(204, "", null)]
    public async Task Successful_status_with_an_odd_body_returns_normally(int status, string body, string? contentType)
    {
        var answer = Response.Create().WithStatusCode(status).WithBody(body);
        Server.AnswerInTurn(contentType is null ? answer : answer.WithHeader("Content-Type", contentType));

        var response = await _time.RunAsync(Call(Client(), "GET"));

        Assert.That(response.HttpStatus, Is.EqualTo(status));
        Assert.That(response.Text, Is.EqualTo(body));
        Assert.That(response.Data.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Undefined));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1), "not retried");
        var typed = GlobusResponse<System.Text.Json.JsonElement>.FromResponse(response, TestJson.ObjectTypeInfo);
        Assert.Throws<GlobusResponseDecodingException>(() => _ = typed.Value);
    }

    [Test]
    public async Task Expired_token_is_renewed_once_and_the_request_sent_again_with_the_new_header()
    {
        Server.AnswerInTurn(Status(401, """{"code": "AuthenticationFailed"}"""), Status(200, """{"ok": true}"""));
        var authorizer = new RenewingTestAuthorizer("old-token", "new-token");

        var response = await _time.RunAsync(Call(Client(authorizer), "POST"));

        Assert.That(response.HttpStatus, Is.EqualTo(200));
        Assert.That(authorizer.Renewals, Is.EqualTo(1));
        Assert.That(Requests.Select(e => e.RequestMessage.Headers!["Authorization"].Single()),
            Is.EqualTo(new[] { "Bearer old-token", "Bearer new-token" }));
    }

    [Test]
    public async Task Second_401_after_a_renewal_is_raised()
    {
        Server.AnswerInTurn(Status(401), Status(401, """{"code": "AuthenticationFailed", "message": "still no"}"""));
        var authorizer = new RenewingTestAuthorizer("old-token", "new-token");

        var error = await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(authorizer), "GET")));

        Assert.That(error.HttpStatus, Is.EqualTo(401));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
        Assert.That(authorizer.Renewals, Is.EqualTo(1));
    }

    [Test]
    public async Task Static_token_401_is_not_retried()
    {
        Server.AnswerInTurn(Status(401));

        var error = await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(new AccessTokenAuthorizer("fixed")), "GET")));

        Assert.That(error.HttpStatus, Is.EqualTo(401));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_check_inserted_first_overrides_the_default_decision()
    {
        Server.AnswerInTurn(Status(503));
        var policy = new RetryPolicy();
        policy.Checks.Insert(0, ctx => new(ctx.Response?.HttpStatus == 503 ? RetryCheckResult.DoNotRetry : RetryCheckResult.NoDecision));

        var error = await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(policy: policy), "GET")));

        Assert.That(error.HttpStatus, Is.EqualTo(503));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_registered_check_retries_what_the_defaults_would_not_and_can_set_the_delay()
    {
        Server.AnswerInTurn(Status(409), Status(200));
        var policy = new RetryPolicy();
        var seen = new List<RetryContext>();
        policy.RegisterCheck(ctx =>
        {
            seen.Add(ctx);
            ctx.Backoff = TimeSpan.FromSeconds(7);
            return ctx.Response?.HttpStatus == 409 ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision;
        });

        var response = await _time.RunAsync(Call(Client(policy: policy), "POST"));

        Assert.That(response.HttpStatus, Is.EqualTo(200));
        Assert.That(_time.Timers, Is.EqualTo(new[] { TimeSpan.FromSeconds(7) }));
        Assert.That(seen.Select(c => c.Attempt), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(seen[0].Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(seen[0].Url.AbsolutePath, Is.EqualTo("/v0.10/transfer"));
        Assert.That(seen[0].Response!.HttpStatus, Is.EqualTo(409));
    }

    [Test]
    public async Task Replacing_a_default_check_changes_what_is_retried()
    {
        Server.AnswerInTurn(Status(502, """{"code": "ExternalError.Foo"}"""));
        var policy = new RetryPolicy();
        policy.Checks.Replace(policy.DefaultCheckTransientError, ctx =>
            new(ctx.Response?.Get("code")?.GetString()?.Contains("ExternalError") == true
                ? RetryCheckResult.NoDecision
                : policy.TransientErrorStatusCodes.Contains(ctx.Response?.HttpStatus ?? 0) ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision));

        await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(policy: policy), "GET")));

        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Custom_backoff_and_max_sleep_set_the_delays()
    {
        Server.AnswerInTurn(Status(500));
        var policy = new RetryPolicy(backoff: ctx => TimeSpan.FromSeconds(ctx.Attempt + 1), maxSleep: TimeSpan.FromSeconds(3), maxRetries: 4);

        await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(policy: policy), "GET")));

        Assert.That(Server.LogEntries.Count(), Is.EqualTo(5));
        Assert.That(_time.Timers.Select(t => t.TotalSeconds), Is.EqualTo(new[] { 1.0, 2.0, 3.0, 3.0 }));
    }

    [Test]
    public async Task Zero_retries_sends_once()
    {
        Server.AnswerInTurn(Status(503));

        await CatchAsync<GlobusApiException>(_time.RunAsync(Call(Client(policy: new RetryPolicy(maxRetries: 0)), "GET")));

        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_during_a_backoff_returns_at_once_without_another_request()
    {
        Server.AnswerInTurn(Status(503));
        using var cancellation = new CancellationTokenSource();
        var call = Client().GetAsync("/a", cancellationToken: cancellation.Token);

        var delay = await _time.NextTimerAsync();
        cancellation.Cancel();

        Assert.That(delay, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(async () => await call, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    private static async Task<T> CatchAsync<T>(Task call) where T : Exception
    {
        try
        {
            await call;
        }
        catch (T expected)
        {
            return expected;
        }

        Assert.Fail($"Expected {typeof(T).Name}.");
        throw new InvalidOperationException("unreachable");
    }
}
