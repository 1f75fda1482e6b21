using Globus.Sdk;
using Globus.Sdk.Search;
using Globus.Sdk.Transfer;

namespace MyApp;

/// <summary>
/// "User code" under test: copies every dataset a Search query finds from one collection to another and
/// waits for the copies, the kind of code an application builds on Globus.Sdk.
/// </summary>
public sealed class DatasetMirror(SearchClient search, TransferClient transfer, TimeProvider time)
{
    /// <summary>Submits one transfer per dataset found and returns the task ids.</summary>
    public async Task<IReadOnlyList<string>> MirrorAsync(string indexId, string query, string source, string destination, CancellationToken cancellationToken = default)
    {
        SearchResult found;
        try
        {
            found = await search.SearchAsync(indexId, query, cancellationToken: cancellationToken);
        }
        catch (SearchApiException e) when (e.HttpStatus == 404)
        {
            throw new InvalidOperationException($"The index {indexId} does not exist.", e);
        }

        var taskIds = new List<string>();
        foreach (var result in found)
        {
            var data = new TransferData(source, destination, label: "mirror " + result.Subject);
            data.AddItem("/" + result.Subject, "/mirror/" + result.Subject, recursive: true);
            TaskSubmissionResult submitted = await transfer.SubmitTransferAsync(data, cancellationToken);
            taskIds.Add(submitted.TaskId!);
        }

        return taskIds;
    }

    /// <summary>Polls each task until it is no longer active; returns the final statuses.</summary>
    public async Task<IReadOnlyList<string>> WaitAsync(IEnumerable<string> taskIds, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        var statuses = new List<string>();
        foreach (var taskId in taskIds)
        {
            while (true)
            {
                TransferTask task = await transfer.GetTaskAsync(taskId, cancellationToken: cancellationToken);
                if (task.Status?.Value != "ACTIVE")
                {
                    statuses.Add(task.Status?.Value ?? "?");
                    break;
                }

                await Task.Delay(interval, time, cancellationToken);
            }
        }

        return statuses;
    }

    /// <summary>How many tasks the user has, over every page.</summary>
    public async Task<int> CountTasksAsync(CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var _ in transfer.Paginated.TaskList().WithCancellation(cancellationToken))
        {
            count++;
        }

        return count;
    }
}
