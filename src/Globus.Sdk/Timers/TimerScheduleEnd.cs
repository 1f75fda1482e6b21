// The generator emits TimerScheduleEnd (the request model); this part adds the two end conditions Python's
// documentation shows, built so that they cannot be malformed, and the check RecurringTimerSchedule makes.
namespace Globus.Sdk.Timers;

public sealed partial record TimerScheduleEnd
{
    /// <summary>The end condition <c>{"condition": "time", "datetime": ...}</c>: the timer stops after this time.</summary>
    /// <param name="datetime">The time (ISO 8601 text with a time zone, or a moment, written to the second as Python formats a <c>datetime</c> in <c>end</c>).</param>
    /// <returns>The condition.</returns>
    /// <example><code>var end = TimerScheduleEnd.AtTime(DateTimeOffset.UtcNow.AddDays(10));</code></example>
    public static TimerScheduleEnd AtTime(TimerDateTime datetime) => new() { Condition = "time", Datetime = datetime.ScheduleText() };

    /// <summary>The end condition <c>{"condition": "iterations", "iterations": n}</c>: the timer stops after <paramref name="iterations"/> runs.</summary>
    /// <param name="iterations">How many times the timer runs (at least 1).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is below 1.</exception>
    /// <example><code>var end = TimerScheduleEnd.AfterIterations(10);</code></example>
    public static TimerScheduleEnd AfterIterations(long iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        return new() { Condition = "iterations", Iterations = iterations };
    }

    /// <summary>Refuses the two known conditions without what they need; another condition is the service's to judge.</summary>
    internal void CheckCondition(string parameterName)
    {
        switch (Condition)
        {
            case "time" when string.IsNullOrWhiteSpace(Datetime):
                throw new ArgumentException("An end condition \"time\" needs a \"datetime\".", parameterName);
            case "iterations" when Iterations is not >= 1:
                throw new ArgumentException("An end condition \"iterations\" needs \"iterations\" of at least 1.", parameterName);
        }
    }
}
