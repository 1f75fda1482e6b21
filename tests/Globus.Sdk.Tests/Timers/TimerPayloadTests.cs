using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Timers;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Timers;

/// <summary>
/// The Timers payload helpers write exactly the JSON (fields, order, date text) that Python 4.9's
/// <c>services/timers/data.py</c> builds for the same arguments, and refuse bad arguments when they are made.
/// </summary>
public class TimerPayloadTests
{
    private const string FlowId = "00000000-19a9-44e6-9c1a-867da59d84ab";
    private const string Source = "aa752cea-8222-5bc8-acd9-555b090c0ccb";
    private const string Destination = "313ce13e-b597-5858-ae13-29e46fea26e6";
    private static readonly DateTimeOffset Noon = new(2023, 10, 1, 12, 30, 15, TimeSpan.Zero);

    // Python's json.dumps writes "+" as is; System.Text.Json escapes it (\u002B), which reads back the same. The
    // text is compared in Python's spelling, fields in the order they are written.
    private static readonly JsonSerializerOptions PythonSpelling = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(TimerSchedule schedule) => Python(JsonSerializer.Serialize(schedule, TimersJsonContext.Default.TimerSchedule));

    private static string Json(TimerRequest timer) => Python(JsonSerializer.Serialize(timer, TimersJsonContext.Default.TimerRequest));

    private static string Json(JobCreate job) => Python(JsonSerializer.Serialize(job, TimersJsonContext.Default.JobCreate));

    private static string Python(string json) => JsonNode.Parse(json)!.ToJsonString(PythonSpelling);

    // Python: OnceTimerSchedule() -> {"type": "once"} (datetime MISSING, not sent).
    [Test]
    public void OnceTimerSchedule_without_a_time_is_type_once_alone() =>
        Assert.That(Json(new OnceTimerSchedule()), Is.EqualTo("""{"type":"once"}"""));

    // Python: _format_date(datetime) -> isoformat(timespec="seconds"), a T and the offset, the fraction dropped.
    [TestCase(0, 0, "2023-10-01T12:30:15+00:00")]
    [TestCase(2, 0, "2023-10-01T12:30:15+02:00")]
    [TestCase(-5, 123, "2023-10-01T12:30:15-05:00")]
    public void OnceTimerSchedule_writes_a_moment_to_the_second_with_its_offset(int offsetHours, int milliseconds, string expected)
    {
        var at = new DateTimeOffset(2023, 10, 1, 12, 30, 15, milliseconds, TimeSpan.FromHours(offsetHours));

        Assert.That(Json(new OnceTimerSchedule(at)), Is.EqualTo($$"""{"type":"once","datetime":"{{expected}}"}"""));
    }

    [Test]
    public void OnceTimerSchedule_sends_text_as_given() =>
        Assert.That(Json(new OnceTimerSchedule("2023-09-22T00:00:00Z")), Is.EqualTo("""{"type":"once","datetime":"2023-09-22T00:00:00Z"}"""));

    [Test]
    public void A_utc_DateTime_is_aware_and_a_local_one_is_converted_to_utc_as_python_does_a_naive_datetime()
    {
        var local = new DateTime(2023, 10, 1, 12, 30, 15, DateTimeKind.Local);
        var expectedUtc = local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "+00:00";

        Assert.Multiple(() =>
        {
            Assert.That(Json(new OnceTimerSchedule(new DateTime(2023, 10, 1, 12, 30, 15, DateTimeKind.Utc))),
                Is.EqualTo("""{"type":"once","datetime":"2023-10-01T12:30:15+00:00"}"""));
            Assert.That(Json(new OnceTimerSchedule(local)), Is.EqualTo($$"""{"type":"once","datetime":"{{expectedUtc}}"}"""));
        });
    }

    // Python: RecurringTimerSchedule(600) -> {"type": "recurring", "interval_seconds": 600}.
    [Test]
    public void RecurringTimerSchedule_sends_start_and_end_only_when_given() =>
        Assert.That(Json(new RecurringTimerSchedule(600)), Is.EqualTo("""{"type":"recurring","interval_seconds":600}"""));

    // Python: RecurringTimerSchedule(1800, start=datetime(...), end={"condition": "iterations", "iterations": 10}).
    [Test]
    public void RecurringTimerSchedule_with_a_start_and_a_number_of_runs_is_pythons_document() =>
        Assert.That(Json(new RecurringTimerSchedule(1800, Noon, TimerScheduleEnd.AfterIterations(10))), Is.EqualTo(
            """{"type":"recurring","interval_seconds":1800,"start":"2023-10-01T12:30:15+00:00","end":{"condition":"iterations","iterations":10}}"""));

    // Python formats a datetime inside end the same way as start.
    [Test]
    public void RecurringTimerSchedule_with_an_end_time_formats_it_as_start_is() =>
        Assert.That(Json(new RecurringTimerSchedule(300, "2023-09-01T00:00:00Z", TimerScheduleEnd.AtTime(Noon.AddDays(1).AddTicks(5)))), Is.EqualTo(
            """{"type":"recurring","interval_seconds":300,"start":"2023-09-01T00:00:00Z","end":{"condition":"time","datetime":"2023-10-02T12:30:15+00:00"}}"""));

    [Test]
    public void Schedule_arguments_the_service_would_refuse_are_refused_when_made()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => new RecurringTimerSchedule(0))!.ParamName, Is.EqualTo("intervalSeconds"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => new RecurringTimerSchedule(-60))!.ParamName, Is.EqualTo("intervalSeconds"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => TimerScheduleEnd.AfterIterations(0))!.ParamName, Is.EqualTo("iterations"));
            Assert.That(Assert.Throws<ArgumentException>(() => new RecurringTimerSchedule(60, end: new TimerScheduleEnd { Condition = "time" }))!.ParamName,
                Is.EqualTo("end"));
            Assert.That(Assert.Throws<ArgumentException>(() => new RecurringTimerSchedule(60, end: new TimerScheduleEnd { Condition = "iterations", Iterations = 0 }))!.ParamName,
                Is.EqualTo("end"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new OnceTimerSchedule((string)null!)), Is.Not.Null);
        });
    }

    [Test]
    public void An_end_condition_the_sdk_does_not_know_is_sent_as_given() =>
        Assert.That(Json(new RecurringTimerSchedule(60, end: TimerScheduleEnd.FromJson("""{"condition": "count", "count": 2}"""))),
            Is.EqualTo("""{"type":"recurring","interval_seconds":60,"end":{"condition":"count","count":2}}"""));

    // Python: TransferTimer(name=..., schedule=..., body=TransferData(...)) pops submission_id and skip_activation_check.
    [Test]
    public void TransferTimer_is_pythons_document_without_submission_id_and_skip_activation_check()
    {
        var data = new TransferData(Source, Destination, label: "nightly", submissionId: "sub-1");
        data.AddItem("/share/godata/file1.txt", "/~/dst.txt");
        data["skip_activation_check"] = true;

        var timer = new TransferTimer(new RecurringTimerSchedule(604800), data, name: "my timer");

        Assert.Multiple(() =>
        {
            Assert.That(Json(timer.ToRequest()), Is.EqualTo(
                "{\"timer_type\":\"transfer\",\"name\":\"my timer\",\"schedule\":{\"type\":\"recurring\",\"interval_seconds\":604800},\"body\":"
                + "{\"DATA_TYPE\":\"transfer\",\"DATA\":[{\"DATA_TYPE\":\"transfer_item\",\"source_path\":\"/share/godata/file1.txt\",\"destination_path\":\"/~/dst.txt\"}],"
                + $"\"source_endpoint\":\"{Source}\",\"destination_endpoint\":\"{Destination}\",\"label\":\"nightly\"}}}}"));
            // The caller's document is not changed, and later changes to it do not reach the timer.
            Assert.That(data.SubmissionId, Is.EqualTo("sub-1"));
            Assert.That(data.ContainsKey("skip_activation_check"), Is.True);
        });
        data["label"] = "changed";
        Assert.That(timer.Body["label"]!.GetValue<string>(), Is.EqualTo("nightly"));
    }

    // Python: TransferTimer(schedule=OnceTimerSchedule(), body={...}) without a name: name MISSING, not sent.
    [Test]
    public void TransferTimer_from_json_without_a_name_sends_no_name()
    {
        var body = new JsonObject { ["DATA_TYPE"] = "transfer", ["submission_id"] = "s", ["DATA"] = new JsonArray() };

        Assert.That(Json(new TransferTimer(new OnceTimerSchedule(), body)),
            Is.EqualTo("""{"timer_type":"transfer","schedule":{"type":"once"},"body":{"DATA_TYPE":"transfer","DATA":[]}}"""));
        Assert.That(body.ContainsKey("submission_id"), Is.True);
    }

    // Python: FlowTimer(flow_id=..., name=..., schedule=..., body={...}).
    [Test]
    public void FlowTimer_is_pythons_document()
    {
        var body = new JsonObject
        {
            ["body"] = new JsonObject { ["input_key"] = "input_value" },
            ["run_managers"] = new JsonArray("urn:globus:auth:identity:11111111-be6a-473a-a027-4cfe4ceeafe3"),
        };

        var timer = new FlowTimer(FlowId, new RecurringTimerSchedule(86400), body, name: "my flow timer");

        Assert.That(Json(timer), Is.EqualTo(
            $$$"""{"timer_type":"flow","flow_id":"{{{FlowId}}}","name":"my flow timer","schedule":{"type":"recurring","interval_seconds":86400},"body":{"body":{"input_key":"input_value"},"run_managers":["urn:globus:auth:identity:11111111-be6a-473a-a027-4cfe4ceeafe3"]}}"""));
    }

    [Test]
    public void Timer_documents_refuse_missing_arguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => new FlowTimer(" ", new OnceTimerSchedule(), []))!.ParamName, Is.EqualTo("flowId"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new FlowTimer(FlowId, null!, []))!.ParamName, Is.EqualTo("schedule"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new FlowTimer(FlowId, new OnceTimerSchedule(), null!))!.ParamName, Is.EqualTo("body"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new TransferTimer(new OnceTimerSchedule(), (TransferData)null!))!.ParamName, Is.EqualTo("body"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new TransferTimer(null!, new JsonObject()))!.ParamName, Is.EqualTo("schedule"));
        });
    }

    // Python: TimerJob(url, body, datetime(..., tzinfo=utc), timedelta(days=14), name="my-timer-job").
    [Test]
    public void TimerJob_is_pythons_document_with_interval_in_whole_seconds()
    {
        var job = new TimerJob("https://ap.example.org/run", new JsonObject { ["body"] = new JsonObject { ["a"] = 1 } }, Noon, TimeSpan.FromDays(14), name: "my-timer-job");

        Assert.That(Json(job), Is.EqualTo(
            """{"callback_url":"https://ap.example.org/run","callback_body":{"body":{"a":1}},"start":"2023-10-01T12:30:15+00:00","interval":1209600,"name":"my-timer-job"}"""));
    }

    // Python: interval=None is sent as null; isoformat() keeps microseconds; a naive datetime has no offset.
    [Test]
    public void TimerJob_sends_a_missing_interval_as_null_and_times_as_pythons_isoformat()
    {
        var start = new DateTimeOffset(2023, 10, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(5000 + 3);
        var job = new TimerJob("https://ap.example.org/run", [], start, null,
            stopAfter: new DateTime(2023, 12, 31, 23, 59, 59, DateTimeKind.Unspecified), stopAfterN: 1, scope: "https://auth.globus.org/scopes/x/y");

        Assert.That(Json(job), Is.EqualTo(
            """{"callback_url":"https://ap.example.org/run","callback_body":{},"start":"2023-10-01T12:00:00.000500+00:00","interval":null,"stop_after":"2023-12-31T23:59:59","stop_after_n":1,"scope":"https://auth.globus.org/scopes/x/y"}"""));
    }

    // Python: int(timedelta.total_seconds()) drops the fraction.
    [Test]
    public void TimerJob_drops_a_fraction_of_a_second_from_the_interval() =>
        Assert.That(new TimerJob("u", [], "2023-10-01T12:00:00", TimeSpan.FromMilliseconds(90_700)).IntervalSeconds, Is.EqualTo(90));

    [Test]
    public void TimerJob_refuses_bad_arguments_when_made()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => new TimerJob("", [], Noon, null))!.ParamName, Is.EqualTo("callbackUrl"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => new TimerJob("u", null!, Noon, null))!.ParamName, Is.EqualTo("callbackBody"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => new TimerJob("u", [], Noon, TimeSpan.FromSeconds(-1)))!.ParamName, Is.EqualTo("interval"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => new TimerJob("u", [], Noon, null, stopAfterN: 0))!.ParamName, Is.EqualTo("stopAfterN"));
            Assert.Throws<GlobusSdkUsageException>(() => new TimerJob("u", [], Noon, TimeSpan.FromHours(1), stopAfterN: 1));
        });
    }

#pragma warning disable GLOBUS160 // Python 3.x's TimerJob.from_transfer_data, kept obsolete
    // Python 3.x: from_transfer_data calls the environment's Transfer action provider with {"body": transfer_data}.
    [Test]
    public void FromTransferData_calls_the_transfer_action_provider_of_the_environment()
    {
        using var variables = new EnvironmentVariableScope().Set("GLOBUS_SDK_SERVICE_URL_ACTIONS", null).Set("GLOBUS_SDK_ENVIRONMENT", null);
        var data = new TransferData(Source, Destination);
        data.AddItem("/a", "/b");

        var production = TimerJob.FromTransferData(data, Noon, TimeSpan.FromDays(1), name: "t");
        var sandbox = TimerJob.FromTransferData(data, Noon, null, environment: "sandbox");

        Assert.Multiple(() =>
        {
            Assert.That(production.CallbackUrl, Is.EqualTo("https://actions.automate.globus.org/transfer/transfer/run"));
            Assert.That(sandbox.CallbackUrl, Is.EqualTo("https://sandbox.actions.automate.globus.org/transfer/transfer/run"));
            Assert.That(JsonNode.DeepEquals(production.CallbackBody, new JsonObject { ["body"] = JsonNode.Parse(data.ToString()) }), Is.True);
            Assert.That(Json(production), Does.Contain("\"interval\":86400,\"name\":\"t\""));
        });
    }

    [Test]
    public void FromTransferData_refuses_a_document_with_a_submission_id()
    {
        var data = new TransferData(Source, Destination, submissionId: "s");

        Assert.That(Assert.Throws<ArgumentException>(() => TimerJob.FromTransferData(data, Noon, null))!.Message,
            Does.Contain("submission_id"));
    }
#pragma warning restore GLOBUS160
}
