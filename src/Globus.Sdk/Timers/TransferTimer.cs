using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Timers;

/// <summary>
/// A timer that runs a transfer on a schedule (Python's <c>TransferTimer</c>), for
/// <see cref="TimersClient.CreateTimerAsync(TimerRequest, CancellationToken)"/>:
/// <c>{"timer_type": "transfer", "name": ..., "schedule": {...}, "body": {...}}</c>.
/// </summary>
/// <remarks>
/// The body is a copy of the transfer document taken when the timer is made, without <c>submission_id</c> and
/// <c>skip_activation_check</c>, which timers do not accept (each run is a new submission); the caller's document
/// is not changed. <c>name</c> is sent only when given. Only <c>CreateTimerAsync</c> takes this document;
/// <c>CreateJobAsync</c> (the older API) takes a <see cref="TimerJob"/>.
/// </remarks>
/// <example>
/// <code>
/// var data = new TransferData(sourceCollection, destinationCollection);
/// data.AddItem("/staging/", "/active/", recursive: true);
/// var timer = new TransferTimer(new RecurringTimerSchedule(24 * 60 * 60), data, name: "daily sync");
/// var created = await timersClient.CreateTimerAsync(timer);
/// </code>
/// </example>
public sealed class TransferTimer
{
    private static readonly string[] UnsupportedFields = ["submission_id", "skip_activation_check"];

    private readonly JsonObject _body;

    /// <summary>Creates the timer document from a transfer document.</summary>
    /// <param name="schedule">When the timer runs: a <see cref="OnceTimerSchedule"/> or <see cref="RecurringTimerSchedule"/> (they convert), or a <see cref="TimerSchedule"/>.</param>
    /// <param name="body">The transfer to run.</param>
    /// <param name="name">A name for the timer; not sent when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="body"/> is null.</exception>
    public TransferTimer(TimerSchedule schedule, TransferData body, string? name = null)
        : this(schedule, (body ?? throw new ArgumentNullException(nameof(body))).Fields, name)
    {
    }

    /// <summary>Creates the timer document from a transfer document given as JSON (Python's <c>dict</c> body).</summary>
    /// <param name="schedule">When the timer runs: a <see cref="OnceTimerSchedule"/> or <see cref="RecurringTimerSchedule"/> (they convert), or a <see cref="TimerSchedule"/>.</param>
    /// <param name="body">The transfer document (<c>DATA_TYPE</c>, <c>source_endpoint</c>, <c>DATA</c>, ...).</param>
    /// <param name="name">A name for the timer; not sent when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="body"/> is null.</exception>
    public TransferTimer(TimerSchedule schedule, JsonObject body, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(body);
        Schedule = schedule;
        Name = name;
        _body = (JsonObject)body.DeepClone();
        foreach (var field in UnsupportedFields)
        {
            _body.Remove(field);
        }
    }

    /// <summary>The timer's name, or null.</summary>
    public string? Name { get; }

    /// <summary>When the timer runs.</summary>
    public TimerSchedule Schedule { get; }

    /// <summary>A copy of the transfer document the timer runs, as it is sent.</summary>
    public JsonObject Body => (JsonObject)_body.DeepClone();

    /// <summary>The timer as the document <see cref="TimersClient.CreateTimerAsync(TimerRequest, CancellationToken)"/> takes.</summary>
    /// <param name="timer">The timer; null gives null.</param>
    [return: NotNullIfNotNull(nameof(timer))]
    public static implicit operator TimerRequest?(TransferTimer? timer) => timer?.ToRequest();

    /// <summary>The timer as the request model: <c>timer_type</c> <c>transfer</c>, <c>name</c> when given, <c>schedule</c>, <c>body</c>.</summary>
    /// <returns>A new model.</returns>
    public TimerRequest ToRequest()
    {
        var request = new TimerRequest { TimerType = "transfer", Schedule = Schedule, Body = TimerDocuments.ToElement(_body) };
        return Name is null ? request : request with { Name = Name };
    }
}
