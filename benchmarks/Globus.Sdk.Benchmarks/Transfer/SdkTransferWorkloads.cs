using Globus.Sdk.Authorizers;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>The same workloads as <see cref="HandWrittenTransferClient"/>, through the SDK's typed client.</summary>
/// <param name="baseUrl">Where the Transfer fake listens.</param>
/// <param name="token">The access token sent.</param>
/// <param name="transport">Sends instead of the network when given (<see cref="GlobusClientOptions.HttpMessageHandler"/>).</param>
internal sealed class SdkTransferWorkloads(Uri baseUrl, string token, HttpMessageHandler? transport = null)
{
    private readonly TransferClient _client = new(
        new AccessTokenAuthorizer(token), new GlobusClientOptions { BaseUrl = baseUrl, HttpMessageHandler = transport });

    /// <summary>One endpoint, as a caller that is done with the response once it has the model: disposed, so its body's array is reused.</summary>
    public async Task<string?> GetEndpointAsync()
    {
        using var response = await _client.GetEndpointAsync(TransferDocuments.EndpointId).ConfigureAwait(false);
        return response.Value.DisplayName;
    }

    /// <summary>The paginated <c>task_list</c>: one page of 1,000 tasks (the service's cap on one walk).</summary>
    public Task<TaskPageSummary> PageTaskListAsync() => SummariseAsync(_client.Paginated.TaskList());

    /// <summary>The same page as one typed call: the whole <see cref="TransferTaskList"/> decoded from the response.</summary>
    public async Task<TaskPageSummary> TypedTaskListAsync()
    {
        using var response = await _client.TaskListAsync(limit: 1000).ConfigureAwait(false);
        var page = response.Value;
        var summary = new TaskPageSummary();
        foreach (var task in page)
        {
            Count(ref summary, task);
        }

        return summary;
    }

    /// <summary>The paginated <c>endpoint_manager/task_list</c>: every page, by last key.</summary>
    public Task<TaskPageSummary> WalkEndpointManagerTasksAsync() => SummariseAsync(_client.Paginated.EndpointManagerTaskList());

    private static async Task<TaskPageSummary> SummariseAsync(IAsyncEnumerable<TransferTask> tasks)
    {
        var summary = new TaskPageSummary();
        await foreach (var task in tasks.ConfigureAwait(false))
        {
            Count(ref summary, task);
        }

        return summary;
    }

    private static void Count(ref TaskPageSummary summary, TransferTask task)
    {
        summary.Tasks++;
        summary.Active += task.Status?.Value == "ACTIVE" ? 1 : 0;
        summary.Bytes += task.BytesTransferred ?? 0;
    }
}
