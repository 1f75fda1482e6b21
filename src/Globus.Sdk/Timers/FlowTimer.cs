using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Timers;

/// <summary>
/// A timer that runs a flow on a schedule (Python's <c>FlowTimer</c>), for
/// <see cref="TimersClient.CreateTimerAsync(TimerRequest, CancellationToken)"/>:
/// <c>{"timer_type": "flow", "flow_id": ..., "name": ..., "schedule": {...}, "body": {...}}</c>.
/// </summary>
/// <remarks>
/// The body is the flow's run document (<c>body</c> holds the flow's input; <c>run_managers</c>, <c>tags</c>, ... may
/// sit beside it), copied when the timer is made. <c>name</c> is sent only when given. The app that creates the timer
/// needs the flow's user scope: <see cref="TimersClient.AddAppFlowUserScope(string)"/>.
/// </remarks>
/// <example>
/// <code>
/// var timer = new FlowTimer(
///     flowId,
///     new RecurringTimerSchedule(24 * 60 * 60),
///     new JsonObject { ["body"] = new JsonObject { ["input_key"] = "input_value" } },
///     name: "my flow timer");
/// await timersClient.CreateTimerAsync(timer);
/// </code>
/// </example>
public sealed class FlowTimer
{
    private readonly JsonObject _body;

    /// <summary>Creates the timer document.</summary>
    /// <param name="flowId">The flow to run.</param>
    /// <param name="schedule">When the timer runs: a <see cref="OnceTimerSchedule"/> or <see cref="RecurringTimerSchedule"/> (they convert), or a <see cref="TimerSchedule"/>.</param>
    /// <param name="body">The run document (<c>{"body": {...input...}}</c>, with <c>run_managers</c> and such when wanted).</param>
    /// <param name="name">A name for the timer; not sent when null.</param>
    /// <exception cref="ArgumentException"><paramref name="flowId"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="body"/> is null.</exception>
    public FlowTimer(string flowId, TimerSchedule schedule, JsonObject body, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flowId);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(body);
        FlowId = flowId;
        Schedule = schedule;
        Name = name;
        _body = (JsonObject)body.DeepClone();
    }

    /// <summary>The flow the timer runs.</summary>
    public string FlowId { get; }

    /// <summary>The timer's name, or null.</summary>
    public string? Name { get; }

    /// <summary>When the timer runs.</summary>
    public TimerSchedule Schedule { get; }

    /// <summary>A copy of the run document, as it is sent.</summary>
    public JsonObject Body => (JsonObject)_body.DeepClone();

    /// <summary>The timer as the document <see cref="TimersClient.CreateTimerAsync(TimerRequest, CancellationToken)"/> takes.</summary>
    /// <param name="timer">The timer; null gives null.</param>
    [return: NotNullIfNotNull(nameof(timer))]
    public static implicit operator TimerRequest?(FlowTimer? timer) => timer?.ToRequest();

    /// <summary>The timer as the request model: <c>timer_type</c> <c>flow</c>, <c>flow_id</c>, <c>name</c> when given, <c>schedule</c>, <c>body</c>.</summary>
    /// <returns>A new model.</returns>
    public TimerRequest ToRequest()
    {
        var request = new TimerRequest { TimerType = "flow", FlowId = FlowId, Schedule = Schedule, Body = TimerDocuments.ToElement(_body) };
        return Name is null ? request : request with { Name = Name };
    }
}
