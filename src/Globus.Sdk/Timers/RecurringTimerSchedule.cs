using System.Diagnostics.CodeAnalysis;

namespace Globus.Sdk.Timers;

/// <summary>
/// A schedule for a timer that runs every <c>interval_seconds</c> until an end condition, or indefinitely
/// (Python's <c>RecurringTimerSchedule</c>): <c>{"type": "recurring", "interval_seconds": 600, "start": ..., "end": ...}</c>,
/// with <c>start</c> and <c>end</c> only when given. It converts to the <see cref="TimerSchedule"/> that
/// <see cref="TransferTimer"/> and <see cref="FlowTimer"/> take.
/// </summary>
/// <remarks>
/// Arguments that the service would refuse are refused here, before any request: an interval below one second,
/// an end condition <c>time</c> without a <c>datetime</c>, and <c>iterations</c> without a positive count.
/// </remarks>
/// <example>
/// <code>
/// var every10Minutes = new RecurringTimerSchedule(600);
/// var until = new RecurringTimerSchedule(300, end: TimerScheduleEnd.AtTime(DateTimeOffset.UtcNow.AddDays(10)));
/// var tenTimes = new RecurringTimerSchedule(1800, end: TimerScheduleEnd.AfterIterations(10));
/// </code>
/// </example>
public sealed class RecurringTimerSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="intervalSeconds">The seconds between runs (at least 1).</param>
    /// <param name="start">When the first run is (ISO 8601 text with a time zone, or a moment, written to the second); at once when null (not sent).</param>
    /// <param name="end">When the timer stops (<see cref="TimerScheduleEnd.AtTime"/>, <see cref="TimerScheduleEnd.AfterIterations"/>); never when null (not sent).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intervalSeconds"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is a <c>time</c> condition without a <c>datetime</c>, or an <c>iterations</c> condition without a count of at least 1.</exception>
    public RecurringTimerSchedule(long intervalSeconds, TimerDateTime? start = null, TimerScheduleEnd? end = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalSeconds, 1);
        end?.CheckCondition(nameof(end));
        IntervalSeconds = intervalSeconds;
        Start = start;
        End = end;
    }

    /// <summary>The seconds between runs.</summary>
    public long IntervalSeconds { get; }

    /// <summary>When the first run is, or null for at once.</summary>
    public TimerDateTime? Start { get; }

    /// <summary>When the timer stops, or null for never.</summary>
    public TimerScheduleEnd? End { get; }

    /// <summary>The schedule as the model a timer document holds.</summary>
    /// <param name="schedule">The schedule; null gives null.</param>
    [return: NotNullIfNotNull(nameof(schedule))]
    public static implicit operator TimerSchedule?(RecurringTimerSchedule? schedule) => schedule?.ToSchedule();

    /// <summary>The schedule as the model a timer document holds: <c>type</c>, <c>interval_seconds</c>, then <c>start</c> and <c>end</c> when given.</summary>
    /// <returns>A new model.</returns>
    public TimerSchedule ToSchedule()
    {
        var schedule = new TimerSchedule { Type = "recurring", IntervalSeconds = IntervalSeconds };
        if (Start is { } start)
        {
            schedule = schedule with { Start = start.ScheduleText() };
        }

        return End is { } end ? schedule with { End = end } : schedule;
    }
}
