using System.Diagnostics.CodeAnalysis;

namespace Globus.Sdk.Timers;

/// <summary>
/// A schedule for a timer that runs exactly once, now or at a given time (Python's <c>OnceTimerSchedule</c>):
/// <c>{"type": "once"}</c> or <c>{"type": "once", "datetime": "2023-09-22T00:00:00+00:00"}</c>. It converts to the
/// <see cref="TimerSchedule"/> that <see cref="TransferTimer"/> and <see cref="FlowTimer"/> take.
/// </summary>
/// <example>
/// <code>
/// var now = new OnceTimerSchedule();
/// var later = new OnceTimerSchedule(DateTimeOffset.UtcNow.AddHours(2));
/// var given = new OnceTimerSchedule("2023-09-22T00:00:00Z");
/// </code>
/// </example>
public sealed class OnceTimerSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="datetime">When the timer runs (ISO 8601 text with a time zone, or a moment, written to the second); at once when null (not sent).</param>
    public OnceTimerSchedule(TimerDateTime? datetime = null)
    {
        Datetime = datetime;
    }

    /// <summary>When the timer runs, or null for at once.</summary>
    public TimerDateTime? Datetime { get; }

    /// <summary>The schedule as the model a timer document holds.</summary>
    /// <param name="schedule">The schedule; null gives null.</param>
    [return: NotNullIfNotNull(nameof(schedule))]
    public static implicit operator TimerSchedule?(OnceTimerSchedule? schedule) => schedule?.ToSchedule();

    /// <summary>The schedule as the model a timer document holds: <c>type</c>, then <c>datetime</c> when given.</summary>
    /// <returns>A new model.</returns>
    public TimerSchedule ToSchedule() => Datetime is { } at
        ? new TimerSchedule { Type = "once", Datetime = at.ScheduleText() }
        : new TimerSchedule { Type = "once" };
}
