// Python's task_wait, and a watch for progress displays: both poll GetTaskAsync and wait on the client's
// TimeProvider (GlobusClientOptions.TimeProvider), so tests run them on a fake clock.
namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    /// <summary>
    /// Waits until a task is no longer <c>ACTIVE</c> (it succeeded, failed, or became <c>INACTIVE</c>, as in
    /// Python), asking for it every <paramref name="pollingInterval"/>, for at most <paramref name="timeout"/>.
    /// </summary>
    /// <param name="taskId">The task to wait for.</param>
    /// <param name="timeout">How long to wait in all; at least 1 second, 10 seconds by default.</param>
    /// <param name="pollingInterval">How long to wait between two requests; at least 1 second, 10 seconds by default.</param>
    /// <param name="cancellationToken">Cancels the wait and the request in flight.</param>
    /// <returns>True when the task stopped being <c>ACTIVE</c> in time; false when it was still active when time ran out.</returns>
    /// <remarks>
    /// As in Python, the time waited is counted in polling intervals, and an interval longer than
    /// <paramref name="timeout"/> is shortened to it: the task is asked for at once, then after each interval
    /// until the intervals waited exceed <paramref name="timeout"/>, and no wait follows the last request
    /// (a 10 second timeout with a 10 second interval sends two requests, 10 seconds apart; so does a 5 second
    /// timeout with a 10 second interval, 5 seconds apart).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> or <paramref name="pollingInterval"/> is under 1 second; nothing is sent.</exception>
    /// <exception cref="TransferApiException">The service refused a request (an unknown task is a 404).</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    /// <example>
    /// <code>
    /// while (!await tc.TaskWaitAsync(taskId, timeout: TimeSpan.FromSeconds(60)))
    ///     Console.WriteLine($"Another minute went by without {taskId} terminating");
    /// </code>
    /// </example>
    public virtual Task<bool> TaskWaitAsync(
        string taskId,
        TimeSpan? timeout = null,
        TimeSpan? pollingInterval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var total = StatusPolling.AtLeastOneSecond(timeout ?? StatusPolling.DefaultInterval, nameof(timeout));
        var interval = StatusPolling.AtLeastOneSecond(pollingInterval ?? StatusPolling.DefaultInterval, nameof(pollingInterval));
        return StatusPolling.WaitAsync(
            async ct => !IsActive((await GetTaskAsync(taskId, cancellationToken: ct).ConfigureAwait(false)).Value),
            total, interval, TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Follows a task for a progress display: yields the task as first read, then again each time its
    /// <c>status</c> changes, asking for it every <paramref name="pollingInterval"/>; ends after a final
    /// status (<c>SUCCEEDED</c> or <c>FAILED</c>). <c>INACTIVE</c> is yielded and followed further, since the
    /// task may become active again; stop early by breaking out of the loop or cancelling.
    /// </summary>
    /// <param name="taskId">The task to follow.</param>
    /// <param name="pollingInterval">How long to wait between two requests; at least 1 second, 10 seconds by default.</param>
    /// <param name="cancellationToken">Ends the watch and the request in flight.</param>
    /// <returns>The task at each change of status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollingInterval"/> is under 1 second; nothing is sent.</exception>
    /// <exception cref="TransferApiException">The service refused a request.</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    /// <example>
    /// <code>
    /// await foreach (var task in tc.WatchTaskAsync(taskId, TimeSpan.FromSeconds(5)))
    ///     Console.WriteLine($"{task.Status}: {task.FilesTransferred} files");
    /// </code>
    /// </example>
    public virtual IAsyncEnumerable<TransferTask> WatchTaskAsync(
        string taskId,
        TimeSpan? pollingInterval = null,
        CancellationToken cancellationToken = default)
    {
        // Checked here, not in the iterator, so that a bad argument fails at the call, before any request.
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        var interval = StatusPolling.AtLeastOneSecond(pollingInterval ?? StatusPolling.DefaultInterval, nameof(pollingInterval));
        return StatusPolling.WatchAsync(
            async ct => (await GetTaskAsync(taskId, cancellationToken: ct).ConfigureAwait(false)).Value,
            task => task.Status,
            status => status == TransferTaskStatus.Succeeded || status == TransferTaskStatus.Failed,
            interval, TimeProvider, cancellationToken);
    }

    // Python's task_wait treats every status but ACTIVE as stopped, INACTIVE included.
    private static bool IsActive(TransferTask task) => task.Status == TransferTaskStatus.Active;
}
