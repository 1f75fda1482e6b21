using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Globus.Sdk.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that records every finite timer the code under test starts (retry
/// delays, attempt timeouts) and lets a test run a call to completion by advancing fake time to each
/// timer in turn: nothing really waits.
/// </summary>
public sealed class TimerRecordingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public TimerRecordingTimeProvider()
        : base(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero))
    {
    }

    /// <summary>The due time of every finite timer started, in order.</summary>
    public List<TimeSpan> Timers { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // The timer exists before it is announced: RunAsync may advance the clock as soon as it hears of
        // it, and a timer created after that advance would be due a whole delay later and never fire.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (Timers)
            {
                Timers.Add(dueTime);
            }

            _started.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>
    /// Lets <paramref name="call"/> finish, advancing fake time to each timer as soon as it starts. Give
    /// clients that really send an infinite HTTP timeout, or the attempt timeout fires at once.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> call)
    {
        while (true)
        {
            var nextTimer = _started.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(call, nextTimer) == call)
            {
                return await call;
            }

            Advance(await nextTimer);
        }
    }

    /// <summary>Waits until the code under test starts its next timer.</summary>
    public async Task<TimeSpan> NextTimerAsync() => await _started.Reader.ReadAsync();
}
