using System.Runtime.CompilerServices;

namespace Globus.Sdk;

/// <summary>
/// Polls a resource that changes status on the service (a Transfer task, a Flows run) for the wait and watch
/// helpers of the clients, waiting on the client's <see cref="TimeProvider"/> so that tests use a fake clock.
/// </summary>
internal static class StatusPolling
{
    /// <summary>The default timeout and polling interval, as in Python's <c>task_wait</c>.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    /// <summary>Refuses an interval under one second (a caller's mistake that would flood the service).</summary>
    public static TimeSpan AtLeastOneSecond(TimeSpan value, string parameterName)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.FromSeconds(1), parameterName);
        return value;
    }

    /// <summary>
    /// Python's <c>task_wait</c> rule: asks at once, then after each interval until the intervals waited exceed
    /// <paramref name="timeout"/> (an interval longer than the timeout is shortened to it), and waits no
    /// interval after the last request. True when <paramref name="stopped"/> said so in time.
    /// </summary>
    /// <remarks>The arguments are checked by the caller, before any request.</remarks>
    public static async Task<bool> WaitAsync(
        Func<CancellationToken, Task<bool>> stopped,
        TimeSpan timeout,
        TimeSpan pollingInterval,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromTicks(Math.Min(timeout.Ticks, pollingInterval.Ticks));
        var waited = TimeSpan.Zero;
        while (true)
        {
            if (await stopped(cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            // Checked before waiting, so that no interval is waited after the last request.
            waited += interval;
            if (waited > timeout)
            {
                return false;
            }

            await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the resource every <paramref name="interval"/>, yielding it as first read and at each change of
    /// status, until a final status. A missing status (<c>null</c>) counts as a status of its own.
    /// </summary>
    public static async IAsyncEnumerable<T> WatchAsync<T, TStatus>(
        Func<CancellationToken, Task<T>> read,
        Func<T, TStatus?> statusOf,
        Func<TStatus?, bool> isFinal,
        TimeSpan interval,
        TimeProvider timeProvider,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TStatus : struct
    {
        var first = true;
        TStatus? lastStatus = null;
        while (true)
        {
            if (!first)
            {
                await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var item = await read(cancellationToken).ConfigureAwait(false);
            var status = statusOf(item);
            if (first || !Nullable.Equals(lastStatus, status))
            {
                lastStatus = status;
                yield return item;
            }

            first = false;
            if (isFinal(status))
            {
                yield break;
            }
        }
    }
}
