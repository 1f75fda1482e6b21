using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Timers;

/// <summary>
/// A timer for <see cref="TimersClient.CreateJobAsync"/>, the older Timers API (Python's <c>TimerJob</c>): an action
/// provider's URL and the document it is called with, from <c>start</c>, every <c>interval</c> seconds:
/// <c>{"callback_url": ..., "callback_body": {...}, "start": ..., "interval": ..., "name": ..., "stop_after": ..., "stop_after_n": ..., "scope": ...}</c>.
/// </summary>
/// <remarks>
/// <para>For transfers and flows, prefer <see cref="TransferTimer"/> and <see cref="FlowTimer"/> with
/// <see cref="TimersClient.CreateTimerAsync(TimerRequest, CancellationToken)"/>; this document is still the way for other
/// action providers.</para>
/// <para><c>interval</c> is always sent (as whole seconds, or <c>null</c> for a timer that runs once); <c>name</c>,
/// <c>stop_after</c>, <c>stop_after_n</c> and <c>scope</c> only when given. Times are written as Python's
/// <c>isoformat()</c> writes them (<see cref="TimerDateTime"/>).</para>
/// </remarks>
/// <example>
/// <code>
/// var job = new TimerJob(callbackUrl, callbackBody, DateTimeOffset.UtcNow, TimeSpan.FromDays(14), name: "my-timer-job");
/// var created = await timersClient.CreateJobAsync(job);
/// </code>
/// </example>
public sealed class TimerJob
{
    private readonly JsonObject _callbackBody;

    /// <summary>Creates the document.</summary>
    /// <param name="callbackUrl">The URL of the action provider's run endpoint.</param>
    /// <param name="callbackBody">The document the action provider is called with on each run.</param>
    /// <param name="start">When the timer first runs (a moment, or ISO 8601 text sent as given).</param>
    /// <param name="interval">The time between runs, sent as whole seconds; null for a timer that runs once (sent as <c>null</c>).</param>
    /// <param name="name">A name for the timer (not necessarily unique).</param>
    /// <param name="stopAfter">The time after which the timer stops.</param>
    /// <param name="stopAfterN">How many times the timer runs (at least 1).</param>
    /// <param name="scope">The scope the timer calls the action provider with; Timers uses Transfer's <c>all</c> scope when null.</param>
    /// <exception cref="ArgumentException"><paramref name="callbackUrl"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="callbackBody"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is negative, or <paramref name="stopAfterN"/> is below 1.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="stopAfterN"/> is 1 and an <paramref name="interval"/> is given: a timer that runs once has no interval.</exception>
    public TimerJob(
        string callbackUrl,
        JsonObject callbackBody,
        TimerDateTime start,
        TimeSpan? interval,
        string? name = null,
        TimerDateTime? stopAfter = null,
        long? stopAfterN = null,
        string? scope = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callbackUrl);
        ArgumentNullException.ThrowIfNull(callbackBody);
        if (interval is { } every)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(every, TimeSpan.Zero, nameof(interval));
        }

        if (stopAfterN is { } runs)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1, nameof(stopAfterN));
            if (runs == 1 && interval is not null)
            {
                throw new GlobusSdkUsageException("A TimerJob with stop_after_n 1 runs once: its interval must be null.");
            }
        }

        CallbackUrl = callbackUrl;
        _callbackBody = (JsonObject)callbackBody.DeepClone();
        Start = start;
        // Python's int(interval.total_seconds()): whole seconds, the fraction dropped.
        IntervalSeconds = interval is { } given ? given.Ticks / TimeSpan.TicksPerSecond : null;
        Name = name;
        StopAfter = stopAfter;
        StopAfterN = stopAfterN;
        Scope = scope;
    }

    /// <summary>The URL of the action provider's run endpoint.</summary>
    public string CallbackUrl { get; }

    /// <summary>A copy of the document the action provider is called with.</summary>
    public JsonObject CallbackBody => (JsonObject)_callbackBody.DeepClone();

    /// <summary>When the timer first runs.</summary>
    public TimerDateTime Start { get; }

    /// <summary>The whole seconds between runs, or null for a timer that runs once.</summary>
    public long? IntervalSeconds { get; }

    /// <summary>The timer's name, or null.</summary>
    public string? Name { get; }

    /// <summary>The time after which the timer stops, or null.</summary>
    public TimerDateTime? StopAfter { get; }

    /// <summary>How many times the timer runs, or null.</summary>
    public long? StopAfterN { get; }

    /// <summary>The scope the timer calls the action provider with, or null.</summary>
    public string? Scope { get; }

    /// <summary>The document as the model <see cref="TimersClient.CreateJobAsync"/> takes.</summary>
    /// <param name="job">The document; null gives null.</param>
    [return: NotNullIfNotNull(nameof(job))]
    public static implicit operator JobCreate?(TimerJob? job) => job?.ToRequest();

    /// <summary>
    /// A timer that runs a transfer through the Transfer action provider (Python 3.x's <c>TimerJob.from_transfer_data</c>):
    /// <c>callback_url</c> is the environment's <c>actions</c> service URL + <c>transfer/transfer/run</c>, and
    /// <c>callback_body</c> is <c>{"body": {...the transfer document...}}</c>.
    /// </summary>
    /// <param name="transferData">The transfer document; it must have no <c>submission_id</c> and no <c>skip_activation_check</c>.</param>
    /// <param name="start">When the timer first runs.</param>
    /// <param name="interval">The time between runs; null for a timer that runs once.</param>
    /// <param name="name">A name for the timer.</param>
    /// <param name="stopAfter">The time after which the timer stops.</param>
    /// <param name="stopAfterN">How many times the timer runs.</param>
    /// <param name="scope">The scope the timer calls the Transfer action provider with.</param>
    /// <param name="environment">The Globus environment whose action provider is called (<c>GLOBUS_SDK_ENVIRONMENT</c>, else production, when null); <c>GLOBUS_SDK_SERVICE_URL_ACTIONS</c> replaces its URL.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transferData"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="transferData"/> has a <c>submission_id</c> or <c>skip_activation_check</c>, or <paramref name="environment"/> is unknown.</exception>
    [Obsolete("TimerJob.FromTransferData was deprecated in the Python SDK 3.x and removed in 4.0; use new TransferTimer(schedule, transferData) with CreateTimerAsync.", DiagnosticId = "GLOBUS160")]
    public static TimerJob FromTransferData(
        TransferData transferData,
        TimerDateTime start,
        TimeSpan? interval,
        string? name = null,
        TimerDateTime? stopAfter = null,
        long? stopAfterN = null,
        string? scope = null,
        string? environment = null)
    {
        ArgumentNullException.ThrowIfNull(transferData);
        foreach (var key in new[] { "submission_id", "skip_activation_check" })
        {
            if (transferData.ContainsKey(key))
            {
                throw new ArgumentException($"cannot create TimerJob from TransferData which has {key} set", nameof(transferData));
            }
        }

        var actions = ClientSettingsResolver.Resolve("actions", new GlobusClientOptions { Environment = environment }).BaseUrl;
        var callbackBody = new JsonObject { ["body"] = transferData.Fields.DeepClone() };
        return new TimerJob(new Uri(actions, "transfer/transfer/run").ToString(), callbackBody, start, interval, name, stopAfter, stopAfterN, scope);
    }

    /// <summary>The document as the request model, in Python's field order.</summary>
    /// <returns>A new model.</returns>
    public JobCreate ToRequest()
    {
        var request = new JobCreate
        {
            CallbackUrl = CallbackUrl,
            CallbackBody = TimerDocuments.ToElement(_callbackBody),
            Start = Start.IsoText(),
            Interval = IntervalSeconds,
        };
        if (Name is not null)
        {
            request = request with { Name = Name };
        }

        if (StopAfter is { } stopAfter)
        {
            request = request with { StopAfter = stopAfter.IsoText() };
        }

        if (StopAfterN is { } stopAfterN)
        {
            request = request with { StopAfterN = stopAfterN };
        }

        return Scope is null ? request : request with { Scope = Scope };
    }
}
