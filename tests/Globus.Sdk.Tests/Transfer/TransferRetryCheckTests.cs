using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// Transfer's own retry check: a transient status whose <c>code</c> names an endpoint failure is sent once;
/// other transient statuses are retried as usual, and a policy shared with another client is not changed.
/// </summary>
public class TransferRetryCheckTests : WireMockTestBase
{
    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new TimerRecordingTimeProvider();

    private GlobusClientOptions FakeTimeOptions(RetryPolicy? policy = null, TimeProvider? time = null) => Options(o =>
    {
        o.TimeProvider = time ?? _time;
        o.HttpTimeout = Timeout.InfiniteTimeSpan;
        o.RetryPolicy = policy;
    });

    [TestCase(502, "ExternalError.DirListingFailed")]
    [TestCase(503, "ExternalError.DirListingFailed.NotFound")]
    [TestCase(429, "EndpointError")]
    [TestCase(500, "ClientError.EndpointError.Something")]
    public void An_endpoint_failure_is_sent_once(int status, string code)
    {
        Server.AnswerInTurn(Status(status, $$"""{"code": "{{code}}", "message": "Directory listing failed", "request_id": "r1"}"""), Status(200));
        var tc = new TransferClient(new AccessTokenAuthorizer("t"), FakeTimeOptions());

        var error = Assert.ThrowsAsync<TransferApiException>(() => _time.RunAsync(tc.GetSubmissionIdAsync()));

        Assert.That(error!.Code, Is.EqualTo(code));
        Assert.That(Requests, Has.Count.EqualTo(1));
        Assert.That(_time.Timers, Is.Empty, "no retry delay");
    }

    [TestCase("{}")]
    [TestCase("""{"code": "ServiceUnavailable", "message": "try later"}""")]
    [TestCase("not json")]
    public async Task A_plain_502_is_retried(string body)
    {
        Server.AnswerInTurn(Status(502, body), Status(200, """{"value": "id-1"}"""));
        var tc = new TransferClient(new AccessTokenAuthorizer("t"), FakeTimeOptions());

        var response = await _time.RunAsync(tc.GetSubmissionIdAsync());

        Assert.That(response["value"].GetString(), Is.EqualTo("id-1"));
        Assert.That(Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void An_endpoint_error_code_on_a_non_transient_status_is_left_to_the_policy()
    {
        Server.AnswerInTurn(Status(409, """{"code": "ExternalError.Conflict"}"""), Status(200));
        var tc = new TransferClient(new AccessTokenAuthorizer("t"), FakeTimeOptions());

        Assert.ThrowsAsync<TransferApiException>(() => _time.RunAsync(tc.GetSubmissionIdAsync()));
        Assert.That(Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_policy_shared_with_a_search_client_is_not_changed_and_search_still_retries()
    {
        var shared = new RetryPolicy();
        var checksBefore = shared.Checks.ToList();
        var tc = new TransferClient(new AccessTokenAuthorizer("t"), FakeTimeOptions(shared));
        // A clock of its own: a TimerRecordingTimeProvider serves one RunAsync.
        var searchTime = new TimerRecordingTimeProvider();
        var sc = new SearchClient(new AccessTokenAuthorizer("t"), FakeTimeOptions(shared, searchTime));

        Server.AnswerInTurn(Status(502, """{"code": "ExternalError.DirListingFailed"}"""), Status(200));
        Assert.ThrowsAsync<TransferApiException>(() => _time.RunAsync(tc.GetSubmissionIdAsync()));
        Assert.That(Requests, Has.Count.EqualTo(1), "transfer: sent once");

        Server.Reset();
        Server.AnswerInTurn(Status(502, """{"code": "ExternalError.DirListingFailed"}"""), Status(200, """{"id": "i"}"""));
        await searchTime.RunAsync(sc.GetIndexAsync("i"));
        Assert.That(Requests, Has.Count.EqualTo(2), "search: retried");

        Assert.That(tc.RetryPolicy, Is.SameAs(shared));
        Assert.That(shared.Checks, Is.EqualTo(checksBefore), "the shared policy's checks are untouched");
    }

    [Test]
    public void A_plain_client_for_transfer_by_name_has_no_service_checks()
    {
        // The check belongs to TransferClient, which knows Transfer's error codes; BaseClient("transfer") is a raw client.
        Server.AnswerInTurn(Status(502, """{"code": "ExternalError.DirListingFailed"}"""), Status(200));
        var raw = new BaseClient("transfer", null, FakeTimeOptions());

        Assert.DoesNotThrowAsync(() => _time.RunAsync(raw.GetAsync("/v0.10/submission_id")));
        Assert.That(Requests, Has.Count.EqualTo(2));
    }
}
