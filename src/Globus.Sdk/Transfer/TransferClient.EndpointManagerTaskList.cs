namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    /// <summary>List the tasks visible to an activity monitor, as an administrator.</summary>
    /// <remarks>
    /// <para>
    /// Returns one page of the tasks on endpoints where the caller has the activity monitor role, as opposed
    /// to the tasks the caller owns. Unless <paramref name="filterStatus"/> is a subset of <c>ACTIVE</c> and
    /// <c>INACTIVE</c>, the service needs <paramref name="filterTaskId"/> or <paramref name="filterEndpoint"/>.
    /// <c>client.Paginated.EndpointManagerTaskList</c> walks every page (each page's <c>last_key</c> until
    /// <c>has_next_page</c> is false), with the same checks.
    /// </para>
    /// <para><c>GET /v0.10/endpoint_manager/task_list</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var page = await transferClient.EndpointManagerTaskListAsync(filterStatus: ["ACTIVE"], filterEndpoint: endpointId, filterEndpointUse: "source");
    /// foreach (var task in page.Value)
    ///     Console.WriteLine($"{task.TaskId} {task.OwnerString}");
    /// </code>
    /// </example>
    /// <param name="filterStatus">Only tasks with one of these statuses (<c>ACTIVE</c>, <c>INACTIVE</c>, <c>SUCCEEDED</c>, <c>FAILED</c>); sent comma-joined. Not sent when null.</param>
    /// <param name="filterTaskId">Only these tasks (at most 50); sent comma-joined. Not sent when null.</param>
    /// <param name="filterOwnerId">Only tasks submitted by this Globus Auth identity id. Not sent when null.</param>
    /// <param name="filterEndpoint">Only tasks whose source or destination (or their host) is this endpoint id. Not sent when null.</param>
    /// <param name="filterEndpointUse">With <paramref name="filterEndpoint"/>: <c>source</c> or <c>destination</c>. Not sent when null.</param>
    /// <param name="filterIsPaused">Only tasks whose <c>is_paused</c> is this; sent <c>True</c> or <c>False</c>. Not sent when null.</param>
    /// <param name="filterCompletionTime">Only tasks completed in this range: <c>start,end</c> text, or a <see cref="TransferTimeRange"/>, which converts to it. Not sent when null.</param>
    /// <param name="filterMinFaults">Only tasks with at least this many faults. Not sent when null.</param>
    /// <param name="filterLocalUser">With <paramref name="filterEndpoint"/>, only tasks that ran as this local user. Not sent when null.</param>
    /// <param name="lastKey">The previous page's <c>last_key</c>, for the next page. Not sent when null.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the typed page of tasks.</returns>
    /// <exception cref="GlobusSdkUsageException"><paramref name="filterEndpointUse"/> is given without <paramref name="filterEndpoint"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filterMinFaults"/> is negative.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/advanced_endpoint_management/#get_tasks">Get tasks as an administrator</seealso>
    public virtual Task<GlobusResponse<EndpointManagerTaskList>> EndpointManagerTaskListAsync(
        IEnumerable<string>? filterStatus = null,
        IEnumerable<string>? filterTaskId = null,
        string? filterOwnerId = null,
        string? filterEndpoint = null,
        string? filterEndpointUse = null,
        bool? filterIsPaused = null,
        string? filterCompletionTime = null,
        int? filterMinFaults = null,
        string? filterLocalUser = null,
        string? lastKey = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        // As in the Python SDK: the service would answer 400, and only after a round trip.
        if (filterEndpointUse is not null && filterEndpoint is null)
        {
            throw new GlobusSdkUsageException("filterEndpointUse needs filterEndpoint: it says which use (source or destination) of that endpoint to keep.");
        }

        return EndpointManagerTaskListCoreAsync(
            filterStatus, filterTaskId, filterOwnerId, filterEndpoint, filterEndpointUse, filterIsPaused, filterCompletionTime,
            filterMinFaults, filterLocalUser, lastKey, queryParams, cancellationToken);
    }
}
