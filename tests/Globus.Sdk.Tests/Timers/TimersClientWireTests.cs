using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Timers;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Timers;

/// <summary>
/// Every operation of specs/timers.yaml, as it goes on the wire (Python 4.9's <c>TimersClient</c>): one request with
/// the exact method, path, query and JSON body, the caller's token, and the typed answer handed back.
/// </summary>
public class TimersClientWireTests : WireMockTestBase
{
    private const string JobId = "2d2b1c4e-7443-11ee-b962-0242ac120002";
    private const string FlowId = "00000000-19a9-44e6-9c1a-867da59d84ab";
    private const string Source = "aa752cea-8222-5bc8-acd9-555b090c0ccb";
    private const string Destination = "313ce13e-b597-5858-ae13-29e46fea26e6";
    private const string Token = "timers-token";

    // Python's testing fixture V1_TIMER, shortened: what /jobs/ answers.
    private const string V1Job = """
        {"name": "example timer", "start": "2022-04-01T19:30:00+00:00", "stop_after": null, "interval": 864000.0,
         "callback_url": "https://actions.automate.globus.org/transfer/transfer/run", "callback_body": {"body": {"label": "example timer"}},
         "inactive_reason": null, "scope": null, "job_id": "2d2b1c4e-7443-11ee-b962-0242ac120002", "status": "loaded",
         "submitted_at": "2022-04-01T19:29:55.942546+00:00", "last_ran_at": "2022-04-01T19:30:07.103090+00:00",
         "next_run": "2022-04-11T19:30:00+00:00", "n_runs": 1, "n_errors": 0, "results": {"data": [], "page_next": null}}
        """;

    // Python's testing fixture for create_timer (V2_TRANSFER_TIMER), shortened.
    private const string V2Timer = """
        {"timer": {"body": {"DATA_TYPE": "transfer", "DATA": []}, "inactive_reason": null, "job_id": "2d2b1c4e-7443-11ee-b962-0242ac120002",
         "last_ran_at": null, "name": "Very Cool Timer", "next_run": "2023-10-27T05:00:00+00:00", "number_of_errors": 0, "number_of_runs": 0,
         "schedule": {"type": "recurring", "end": {"count": 2}, "interval_seconds": 604800, "start": "2023-10-27T05:00:00+00:00"},
         "status": "new", "submitted_at": "2023-10-26T20:31:09+00:00", "timer_type": "transfer"}}
        """;

    private const string Paused = $$"""{"message": "Successfully paused job {{JobId}}."}""";

    private static TestCaseData Case(
        string name, Func<TimersClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body, string answer,
        Action<GlobusResponse> check) =>
        new TestCaseData(call, method, pathAndQuery, body, answer, check).SetName($"{name}_is_one_{method}_of_its_path_query_and_body");

    private static Func<TimersClient, Task<GlobusResponse>> Typed<T>(Func<TimersClient, Task<GlobusResponse<T>>> call) =>
        async client => await call(client);

    private static T ValueOf<T>(GlobusResponse response) => ((GlobusResponse<T>)response).Value;

    private static TransferData Transfer()
    {
        var data = new TransferData(Source, Destination, label: "nightly", submissionId: "sub-1");
        data.AddItem("/share/godata/file1.txt", "/~/dst.txt");
        return data;
    }

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("ListJobs", Typed(c => c.ListJobsAsync()), "GET", "/jobs/", null, $$"""{"jobs": [{{V1Job}}]}""",
            r => Assert.That(ValueOf<JobList>(r).Select(j => j.JobId), Is.EqualTo(new[] { JobId })));
        yield return Case("ListJobs_with_query_params", Typed(c => c.ListJobsAsync(queryParams: [new("filter_status", "loaded")])), "GET",
            "/jobs/?filter_status=loaded", null, """{"jobs": []}""", r => Assert.That(ValueOf<JobList>(r).Jobs, Is.Empty));
        yield return Case("GetJob", Typed(c => c.GetJobAsync(JobId)), "GET", $"/jobs/{JobId}", null, V1Job, r =>
        {
            var job = ValueOf<TimersJob>(r);
            Assert.That((job.JobId, job.Name, job.Status, job.Interval, job.NRuns), Is.EqualTo((JobId, "example timer", "loaded", 864000.0, 1L)));
            Assert.That(job.CallbackBody!.Value.GetProperty("body").GetProperty("label").GetString(), Is.EqualTo("example timer"));
        });
        yield return Case("GetJob_with_query_params", Typed(c => c.GetJobAsync(JobId, queryParams: [new("include_results", "true")])), "GET",
            $"/jobs/{JobId}?include_results=true", null, V1Job, r => Assert.That(ValueOf<TimersJob>(r).JobId, Is.EqualTo(JobId)));
        yield return Case("CreateJob", Typed(c => c.CreateJobAsync(new TimerJob(
                "https://actions.automate.globus.org/transfer/transfer/run",
                new JsonObject { ["body"] = new JsonObject { ["label"] = "x" } },
                new DateTimeOffset(2023, 10, 1, 12, 0, 0, TimeSpan.Zero),
                TimeSpan.FromDays(14),
                name: "my-timer-job"))),
            "POST", "/jobs/",
            """
            {"callback_url": "https://actions.automate.globus.org/transfer/transfer/run", "callback_body": {"body": {"label": "x"}},
             "start": "2023-10-01T12:00:00+00:00", "interval": 1209600, "name": "my-timer-job"}
            """,
            V1Job, r => Assert.That(ValueOf<TimersJob>(r).JobId, Is.EqualTo(JobId)));
        yield return Case("UpdateJob", Typed(c => c.UpdateJobAsync(JobId, new JobUpdate { Name = "new name" })), "PATCH", $"/jobs/{JobId}",
            """{"name": "new name"}""", V1Job.Replace("example timer\", \"start", "new name\", \"start"),
            r => Assert.That(ValueOf<TimersJob>(r).Name, Is.EqualTo("new name")));
        yield return Case("UpdateJob_sends_a_partial_document_from_JSON", Typed(c => c.UpdateJobAsync(JobId, JobUpdate.FromJson("""{"name": "n", "stop_after_n": 3}"""))),
            "PATCH", $"/jobs/{JobId}", """{"name": "n", "stop_after_n": 3}""", V1Job, r => Assert.That(ValueOf<TimersJob>(r).JobId, Is.EqualTo(JobId)));
        yield return Case("DeleteJob", Typed(c => c.DeleteJobAsync(JobId)), "DELETE", $"/jobs/{JobId}", null, V1Job,
            r => Assert.That(ValueOf<TimersJob>(r).JobId, Is.EqualTo(JobId)));
        yield return Case("PauseJob", Typed(c => c.PauseJobAsync(JobId)), "POST", $"/jobs/{JobId}/pause", null, Paused,
            r => Assert.That(ValueOf<JobMessage>(r).Message, Is.EqualTo($"Successfully paused job {JobId}.")));
        // Python 4.9 sends data={} when update_credentials is not given: an empty JSON object, not no body.
        yield return Case("ResumeJob", Typed(c => c.ResumeJobAsync(JobId)), "POST", $"/jobs/{JobId}/resume", "{}", Paused,
            r => Assert.That(ValueOf<JobMessage>(r).Message, Does.StartWith("Successfully")));
        yield return Case("ResumeJob_with_update_credentials", Typed(c => c.ResumeJobAsync(JobId, updateCredentials: true)), "POST",
            $"/jobs/{JobId}/resume", """{"update_credentials": true}""", Paused, r => Assert.That(r.HttpStatus, Is.EqualTo(200)));
        yield return Case("ResumeJob_with_update_credentials_false", Typed(c => c.ResumeJobAsync(JobId, updateCredentials: false)), "POST",
            $"/jobs/{JobId}/resume", """{"update_credentials": false}""", Paused, r => Assert.That(r.HttpStatus, Is.EqualTo(200)));
        yield return Case("CreateTimer_with_a_TransferTimer", Typed(c => c.CreateTimerAsync(
                new TransferTimer(new RecurringTimerSchedule(604800, end: TimerScheduleEnd.AfterIterations(2)), Transfer(), name: "Very Cool Timer"))),
            "POST", "/v2/timer",
            $$$"""
            {"timer": {"timer_type": "transfer", "name": "Very Cool Timer",
              "schedule": {"type": "recurring", "interval_seconds": 604800, "end": {"condition": "iterations", "iterations": 2} },
              "body": {"DATA_TYPE": "transfer", "DATA": [{"DATA_TYPE": "transfer_item", "source_path": "/share/godata/file1.txt", "destination_path": "/~/dst.txt"}],
                       "source_endpoint": "{{{Source}}}", "destination_endpoint": "{{{Destination}}}", "label": "nightly"} } }
            """,
            V2Timer, r =>
            {
                var timer = ValueOf<TimerCreateResponse>(r).Timer!;
                Assert.That((timer.JobId, timer.TimerType, timer.NumberOfRuns, timer.Schedule!.IntervalSeconds), Is.EqualTo((JobId, "transfer", 0L, 604800L)));
            });
        yield return Case("CreateTimer_with_a_FlowTimer", Typed(c => c.CreateTimerAsync(new FlowTimer(
                FlowId, new OnceTimerSchedule("2025-10-27T05:00:00+00:00"), new JsonObject { ["body"] = new JsonObject { ["input_key"] = "input_value" } }))),
            "POST", "/v2/timer",
            $$$"""
            {"timer": {"timer_type": "flow", "flow_id": "{{{FlowId}}}", "schedule": {"type": "once", "datetime": "2025-10-27T05:00:00+00:00"},
              "body": {"body": {"input_key": "input_value"} } } }
            """,
            V2Timer, r => Assert.That(ValueOf<TimerCreateResponse>(r).Timer!.Name, Is.EqualTo("Very Cool Timer")));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_sends_one_exact_request(
        Func<TimersClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body, string answer, Action<GlobusResponse> check)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        var recorder = new RecordingHandler();
        var client = new TimersClient(new AccessTokenAuthorizer(Token), Options(o => o.HttpMessageHandler = recorder));

        var response = await call(client);

        Assert.Multiple(() =>
        {
            ExactRequestAssertions.AssertExactRequest(SingleRequest, recorder, method, pathAndQuery, body, Token);
            Assert.That(response.HttpStatus, Is.EqualTo(200));
            check(response);
        });
    }

    [Test]
    public void The_client_is_for_the_timer_service_at_pythons_url_and_resource_server()
    {
        using var variables = new EnvironmentVariableScope().Set("GLOBUS_SDK_SERVICE_URL_TIMER", null).Set("GLOBUS_SDK_ENVIRONMENT", null);
        var client = new TimersClient();

        Assert.Multiple(() =>
        {
            Assert.That(client.ServiceName, Is.EqualTo("timer"));
            Assert.That(client.BaseUrl, Is.EqualTo(new Uri("https://timer.automate.globus.org/")));
            Assert.That(TimersScopes.ResourceServer, Is.EqualTo("524230d7-ea86-4a52-8312-86065a9e0417"));
            Assert.That(TimersScopes.Timer, Is.EqualTo("https://auth.globus.org/scopes/524230d7-ea86-4a52-8312-86065a9e0417/timer"));
            Assert.That(TimersScopes.DefaultScopes, Is.EqualTo(new[] { TimersScopes.Timer }));
        });
    }

    [Test]
    public void An_error_object_is_the_one_error_document_with_its_code_and_detail_as_python_reads_it()
    {
        // Python's testing fixture get_job "simple_500_error".
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error": {"code": "ERROR", "detail": "Request failed terribly", "status": 500}}"""));
        var client = new TimersClient(new AccessTokenAuthorizer(Token), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var error = Assert.ThrowsAsync<TimersApiException>(() => client.GetJobAsync(JobId))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(500));
            Assert.That(error.Code, Is.EqualTo("ERROR"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "Request failed terribly" }));
            Assert.That(error.Errors.Single().Get("status")!.Value.GetInt32(), Is.EqualTo(500));
            Assert.That(error.Message, Does.Contain("Request failed terribly").And.Contain("(ERROR)"));
        });
    }

    [Test]
    public void An_exception_built_outside_the_client_reads_timers_format_and_the_hints_in_its_error_object()
    {
        // A test double of the user's raises the service's exception from a canned answer: the exception, not
        // the client that sent the request, knows how its service writes errors.
        var response = GlobusResponse.FromJson("""
            {"error": {"code": "AUTH_REQUIRED", "detail": "more consent needed",
                       "authorization_parameters": {"session_message": "log in again", "session_required_identities": ["u-1"]}}}
            """, httpStatus: 403);

        var error = new TimersApiException(response, "GET", new Uri("https://timer.automate.globus.org/jobs/"));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("AUTH_REQUIRED"));
            Assert.That(error.Messages, Is.EqualTo(new[] { "more consent needed" }));
            Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.True);
            Assert.That(error.Info.AuthorizationParameters.SessionRequiredIdentities, Is.EqualTo(new[] { "u-1" }));
        });
    }

    [Test]
    public void A_validation_error_gives_one_document_per_detail_and_pythons_messages()
    {
        // Python's testing fixture create_job "validation_error", with one entry whose loc has a list index (Python skips it).
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(422).WithHeader("Content-Type", "application/json").WithBody("""
                {"detail": [
                  {"loc": ["body", "start"], "msg": "field required", "type": "value_error.missing"},
                  {"loc": ["body", "callback_url"], "msg": "field required", "type": "value_error.missing"},
                  {"loc": ["body", "items", 0], "msg": "bad item", "type": "value_error"}
                ]}
                """));
        var client = new TimersClient(new AccessTokenAuthorizer(Token), Options());

        var error = Assert.ThrowsAsync<TimersApiException>(() => client.CreateJobAsync(JobCreate.FromJson("{}")))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(422));
            Assert.That(error.Messages, Is.EqualTo(new[] { "field required: body.start", "field required: body.callback_url" }));
            Assert.That(error.Errors.Select(e => e.Message), Is.EqualTo(new[] { "field required", "field required", "bad item" }));
            Assert.That(error.Code, Is.Null);
        });
    }

    [Test]
    public void A_type_zero_error_is_read_as_everywhere()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "NotFound", "message": "no such job", "request_id": "r-1", "error": {"code": "other"}}"""));
        var client = new TimersClient(new AccessTokenAuthorizer(Token), Options());

        var error = Assert.ThrowsAsync<TimersApiException>(() => client.DeleteJobAsync(JobId))!;

        Assert.That((error.Code, error.ErrorMessage, error.RequestId), Is.EqualTo(("NotFound", "no such job", "r-1")));
    }

    [Test]
    public void Another_clients_error_bodies_keep_the_common_reading()
    {
        // The same "error" object from Search is not Timers' format: Search's exception reads it as before.
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error": {"code": "ERROR", "detail": "x"}}"""));
        var search = new Globus.Sdk.Search.SearchClient(options: Options());

        var error = Assert.ThrowsAsync<Globus.Sdk.Search.SearchApiException>(() => search.GetIndexAsync("i"))!;

        Assert.That(error.Code, Is.Not.EqualTo("ERROR"));
    }

    [Test]
    public void Bad_arguments_are_refused_before_any_request()
    {
        var client = new TimersClient(new AccessTokenAuthorizer(Token), Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.GetJobAsync(" "))!.ParamName, Is.EqualTo("jobId"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.DeleteJobAsync(null!))!.ParamName, Is.EqualTo("jobId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.PauseJobAsync(".."))!.ParamName, Is.EqualTo("jobId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.ResumeJobAsync(""))!.ParamName, Is.EqualTo("jobId"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateJobAsync(null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.UpdateJobAsync(JobId, null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateTimerAsync((TimerRequest)null!))!.ParamName, Is.EqualTo("timer"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
