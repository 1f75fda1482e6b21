// Waiting for a run, as TransferClient waits for a task (TransferClient.TaskWait.cs): both poll the one-request
// get operation and wait on the client's TimeProvider (GlobusClientOptions.TimeProvider), so tests run them on a
// fake clock. The Python SDK has no such helper; its users poll get_run themselves.
namespace Globus.Sdk.Flows;

public partial class FlowsClient
{
    /// <summary>
    /// Waits until a run is no longer <c>ACTIVE</c>: it ended (<see cref="RunStatus.IsEnded"/>) or became
    /// <c>INACTIVE</c> (it waits for the user, for example a consent, and may be resumed with
    /// <see cref="SpecificFlowClient.ResumeRunAsync"/>), asking for it every <paramref name="pollingInterval"/>,
    /// for at most <paramref name="timeout"/>.
    /// </summary>
    /// <param name="runId">The run to wait for.</param>
    /// <param name="timeout">How long to wait in all; at least 1 second, 10 seconds by default.</param>
    /// <param name="pollingInterval">How long to wait between two requests; at least 1 second, 10 seconds by default.</param>
    /// <param name="cancellationToken">Cancels the wait and the request in flight.</param>
    /// <returns>True when the run stopped being <c>ACTIVE</c> in time; false when it was still active when time ran out.</returns>
    /// <remarks>
    /// Time is counted as <see cref="Transfer.TransferClient.TaskWaitAsync"/> counts it for Transfer tasks: the run is asked for
    /// at once, then after each interval until the intervals waited exceed <paramref name="timeout"/> (an interval
    /// longer than the timeout is shortened to it), and no wait follows the last request.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is null, empty or white space; nothing is sent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> or <paramref name="pollingInterval"/> is under 1 second; nothing is sent.</exception>
    /// <exception cref="FlowsApiException">The service refused a request (an unknown run is a 404).</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    /// <example>
    /// <code>
    /// while (!await flowsClient.WaitForRunAsync(runId, timeout: TimeSpan.FromMinutes(1)))
    ///     Console.WriteLine($"Another minute went by without {runId} ending");
    /// </code>
    /// </example>
    public virtual Task<bool> WaitForRunAsync(
        string runId,
        TimeSpan? timeout = null,
        TimeSpan? pollingInterval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var total = StatusPolling.AtLeastOneSecond(timeout ?? StatusPolling.DefaultInterval, nameof(timeout));
        var interval = StatusPolling.AtLeastOneSecond(pollingInterval ?? StatusPolling.DefaultInterval, nameof(pollingInterval));
        return StatusPolling.WaitAsync(
            async ct => (await GetRunAsync(runId, cancellationToken: ct).ConfigureAwait(false)).Value.Status != RunStatus.Active,
            total, interval, TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Follows a run (Python users' polling of <c>get_run</c>): yields the run as first read, then again each
    /// time its <c>status</c> changes, asking for it every <paramref name="pollingInterval"/>; ends after a
    /// status that ends the run (<see cref="RunStatus.IsEnded"/>). <c>INACTIVE</c> is yielded and followed
    /// further, since the run may be resumed; stop early by breaking out of the loop or cancelling.
    /// </summary>
    /// <param name="runId">The run to follow.</param>
    /// <param name="pollingInterval">How long to wait between two requests; at least 1 second, 10 seconds by default.</param>
    /// <param name="cancellationToken">Ends the watch and the request in flight.</param>
    /// <returns>The run at each change of status; the last one has ended.</returns>
    /// <exception cref="ArgumentException"><paramref name="runId"/> is null, empty or white space; nothing is sent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollingInterval"/> is under 1 second; nothing is sent.</exception>
    /// <exception cref="FlowsApiException">The service refused a request.</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    /// <example>
    /// <code>
    /// await foreach (var run in flowsClient.WatchRunAsync(runId, TimeSpan.FromSeconds(5)))
    ///     Console.WriteLine($"{run.Status} ({run.DisplayStatus})");
    /// </code>
    /// </example>
    public virtual IAsyncEnumerable<Run> WatchRunAsync(
        string runId,
        TimeSpan? pollingInterval = null,
        CancellationToken cancellationToken = default)
    {
        // Checked here, not in the iterator, so that a bad argument fails at the call, before any request.
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var interval = StatusPolling.AtLeastOneSecond(pollingInterval ?? StatusPolling.DefaultInterval, nameof(pollingInterval));
        return StatusPolling.WatchAsync(
            async ct => (await GetRunAsync(runId, cancellationToken: ct).ConfigureAwait(false)).Value,
            run => run.Status,
            status => status is { IsEnded: true },
            interval, TimeProvider, cancellationToken);
    }
}
