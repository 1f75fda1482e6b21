using System.Diagnostics;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transport;

/// <summary>What the SDK logs and traces about each request, and that no credential ever reaches either.</summary>
public class RequestLoggingTests : WireMockTestBase
{
    private const string AccessToken = "at-SECRET-0123456789";
    private const string RefreshToken = "rt-SECRET-9876543210";
    private const string ClientSecret = "cs-SECRET-5555555555";

    private SdkTelemetryCapture _telemetry = null!;
    private TimerRecordingTimeProvider _time = null!;

    private FakeLogger Logger => _telemetry.Logger;

    private IReadOnlyList<Activity> Activities => _telemetry.Activities;

    [SetUp]
    public void Listen()
    {
        _telemetry = new SdkTelemetryCapture();
        _time = new TimerRecordingTimeProvider();
    }

    [TearDown]
    public void StopListening() => _telemetry.Dispose();

    private BaseClient Client(IGlobusAuthorizer? authorizer = null) =>
        new("auth", authorizer ?? new AccessTokenAuthorizer(AccessToken), Options(o =>
        {
            o.Logger = Logger;
            o.TimeProvider = _time;
            o.HttpTimeout = Timeout.InfiniteTimeSpan;
        }));

    [Test]
    public async Task Each_attempt_is_logged_with_method_url_status_duration_and_request_id()
    {
        Server.AnswerInTurn(Status(200, """{"request_id": "req-42"}"""));

        await Client().GetAsync("/v2/api/identities", new Dictionary<string, string?> { ["usernames"] = "a@b.org" });

        var record = Logger.Collector.GetSnapshot().Single();
        Assert.That(record.Level, Is.EqualTo(LogLevel.Information));
        Assert.That(record.Message, Does.Match(
            @"^GET http://localhost:\d+/v2/api/identities\?usernames=a%40b\.org answered 200 in \d+ ms \(attempt 1, request id req-42\)$"));
        Assert.That(record.StructuredState!.Single(p => p.Key == "Status").Value, Is.EqualTo("200"));
    }

    [Test]
    public async Task Retries_are_visible_one_entry_per_attempt_and_one_per_retry()
    {
        Server.AnswerInTurn(Status(503), Status(429, headers: ("Retry-After", "2")), Status(200));

        await _time.RunAsync(Client().GetAsync("/x"));

        var messages = Logger.Collector.GetSnapshot().Select(r => r.Message).ToList();
        Assert.That(messages, Has.Count.EqualTo(5));
        Assert.That(messages[0], Does.Contain("answered 503").And.Contain("attempt 1"));
        Assert.That(messages[1], Does.Contain("will be retried in").And.Contain("after attempt 1 (HTTP 503)"));
        Assert.That(messages[2], Does.Contain("answered 429").And.Contain("attempt 2"));
        Assert.That(messages[3], Does.Contain("will be retried in 2000 ms after attempt 2 (HTTP 429)"));
        Assert.That(messages[4], Does.Contain("answered 200").And.Contain("attempt 3"));
    }

    [Test]
    public async Task Network_failures_are_logged_as_warnings()
    {
        var flaky = new FailingHandler(failures: 1, () => new IOException("Connection reset by peer"));
        Server.AnswerInTurn(Status(200));
        var client = new BaseClient("auth", null, Options(o =>
        {
            o.Logger = Logger;
            o.TimeProvider = _time;
            o.HttpTimeout = Timeout.InfiniteTimeSpan;
            o.HttpMessageHandler = flaky;
        }));

        await _time.RunAsync(client.GetAsync("/x"));

        var first = Logger.Collector.GetSnapshot().First();
        Assert.That(first.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(first.Message, Does.Contain("failed").And.Contain("attempt 1").And.Contain(nameof(GlobusConnectionException)));
    }

    [Test]
    public async Task No_credential_reaches_a_log_line_a_span_or_an_exception()
    {
        Server.AnswerInTurn(Status(500), Status(400, $$"""{"error": "invalid_grant", "refresh_token": "{{RefreshToken}}"}"""));
        var client = Client();

        var error = Assert.ThrowsAsync<GlobusApiException>(() => _time.RunAsync(client.PostAsync(
            "/v2/oauth2/token",
            queryParams: new Dictionary<string, string?> { ["client_secret"] = ClientSecret },
            data: new Dictionary<string, string?> { ["grant_type"] = "refresh_token", ["refresh_token"] = RefreshToken },
            encoding: RequestEncoding.Form)))!;

        var logged = Logger.Collector.GetSnapshot()
            .SelectMany(r => new[] { r.Message }.Concat(r.StructuredState?.Select(p => p.Value ?? "") ?? []))
            .ToList();
        var traced = Activities.SelectMany(a => a.TagObjects.Select(t => t.Value?.ToString() ?? "").Append(a.DisplayName)).ToList();
        var everything = logged.Concat(traced).Append(error.Message).Append(error.ToString()).Append(client.Authorizer.ToString()!);
        Assert.Multiple(() =>
        {
            Assert.That(Server.LogEntries.Count(), Is.EqualTo(2), "the request did go out, credentials and all");
            Assert.That(Server.LogEntries.First().RequestMessage.Body, Does.Contain(RefreshToken));
            foreach (var text in everything)
            {
                Assert.That(text, Does.Not.Contain(AccessToken).And.Not.Contain(RefreshToken).And.Not.Contain(ClientSecret));
            }

            Assert.That(logged, Has.Some.Contains("client_secret=REDACTED"), "the secret's name stays, for debugging");
        });
    }

    [Test]
    public async Task Each_call_is_one_span_with_the_request_facts_as_tags()
    {
        Server.AnswerInTurn(Status(503), Status(200, """{"request_id": "req-7"}"""));

        await _time.RunAsync(Client().GetAsync("/v2/api/identities"));

        var span = Activities.Single();
        Assert.Multiple(() =>
        {
            Assert.That(span.Source.Name, Is.EqualTo("Globus.Sdk"));
            Assert.That(span.Kind, Is.EqualTo(ActivityKind.Client));
            Assert.That(span.DisplayName, Is.EqualTo("auth GET"));
            Assert.That(span.GetTagItem("http.request.method"), Is.EqualTo("GET"));
            Assert.That(span.GetTagItem("url.full") as string, Does.EndWith("/v2/api/identities"));
            Assert.That(span.GetTagItem("server.address"), Is.EqualTo("localhost"));
            Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(200));
            Assert.That(span.GetTagItem("globus.request_id"), Is.EqualTo("req-7"));
            Assert.That(span.GetTagItem("globus.service"), Is.EqualTo("auth"));
            Assert.That(span.GetTagItem("globus.attempts"), Is.EqualTo(2));
            Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset));
        });
    }

    [Test]
    public void Failed_calls_mark_the_span_as_an_error()
    {
        Server.AnswerInTurn(Status(404));

        Assert.ThrowsAsync<GlobusApiException>(() => Client().GetAsync("/missing"));

        var span = Activities.Single();
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo("404"));
        Assert.That(span.GetTagItem("globus.attempts"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_generated_operation_names_itself_to_the_span_and_to_retry_checks()
    {
        Server.AnswerInTurn(Status(503), Status(200, """{"id": "idx-1"}"""));
        var policy = new RetryPolicy();
        var seen = new List<string?>();
        policy.RegisterCheck(context =>
        {
            seen.Add(context.OperationName);
            return RetryCheckResult.NoDecision;
        });
        var search = new Globus.Sdk.Search.SearchClient(options: Options(o =>
        {
            o.TimeProvider = _time;
            o.HttpTimeout = Timeout.InfiniteTimeSpan;
            o.RetryPolicy = policy;
        }));

        await _time.RunAsync(search.GetIndexAsync("idx-1"));

        var span = Activities.Single();
        Assert.That(span.DisplayName, Is.EqualTo("search get_index"));
        Assert.That(span.GetTagItem("globus.operation"), Is.EqualTo("get_index"));
        Assert.That(seen, Is.EqualTo(new[] { "get_index" }), "asked only for the 200: the default checks decided the 503 before reaching it");
    }
}
