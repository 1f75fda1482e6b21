using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Demo;

/// <summary>
/// What the demo does, the same against the fake and against Globus: log in as the app, search, transfer
/// what was found, follow a task to the end, and page through the task list.
/// </summary>
internal sealed class DemoFlow(DemoSettings settings, TextWriter output, bool interactive)
{
    public async Task<DemoOutcome> RunAsync(CancellationToken cancellationToken)
    {
        // 1. Log in with client credentials: the app's own tokens, renewed by the authorizers when they expire.
        var auth = new ConfidentialAppAuthClient(settings.ClientId, settings.ClientSecret, settings.OptionsFor("auth"));
        var search = new SearchClient(new ClientCredentialsAuthorizer(auth, [SearchScopes.All]), settings.OptionsFor("search"));
        var transfer = new TransferClient(new ClientCredentialsAuthorizer(auth, [TransferScopes.All]), settings.OptionsFor("transfer"));
        output.WriteLine($"Logged in as app {settings.ClientId} (client credentials).");

        // 2. Search an index.
        SearchResult found = await search.SearchAsync(settings.IndexId, settings.Query, limit: 10, cancellationToken: cancellationToken);
        output.WriteLine($"Search for \"{settings.Query}\": {found.Total} result(s).");
        var subjects = found.Select(result => result.Subject!).ToList();
        foreach (var subject in subjects)
        {
            output.WriteLine($"  {subject}");
        }

        // 3. Submit one transfer per result.
        var taskIds = new List<string>();
        foreach (var subject in subjects)
        {
            var data = new TransferData(settings.SourceEndpoint, settings.DestinationEndpoint, label: "demo: " + Path.GetFileName(subject.TrimEnd('/')));
            foreach (var part in new[] { "data.nc", "metadata.json", "README.txt", "checksums.sha256" })
            {
                data.AddItem($"/~/{subject.TrimStart('/')}/{part}", $"/~/demo/{subject.TrimStart('/')}/{part}");
            }

            TaskSubmissionResult submitted = await transfer.SubmitTransferAsync(data, cancellationToken);
            taskIds.Add(submitted.TaskId!);
            output.WriteLine($"Submitted transfer {submitted.TaskId} ({submitted.Code}).");
        }

        // 4. Follow the first task to the end.
        var final = taskIds.Count > 0 ? await FollowAsync(transfer, taskIds[0], cancellationToken) : null;

        // 5. Page through the task list, two tasks a page.
        var pages = 0;
        var listed = 0;
        await foreach (var page in transfer.Paginated.TaskList(pageSize: 2, maxTotalResults: 10).AsPages().WithCancellation(cancellationToken))
        {
            pages++;
            foreach (var task in page.Value)
            {
                listed++;
                output.WriteLine($"  page {pages}: {task.TaskId} {task.Status} {task.Label}");
            }
        }

        output.WriteLine($"Task list: {listed} task(s) in {pages} page(s).");
        return new DemoOutcome(subjects, taskIds, final?.Status?.Value, listed, pages);
    }

    private async Task<TransferTask> FollowAsync(TransferClient transfer, string taskId, CancellationToken cancellationToken)
    {
        var progress = new ProgressDisplay(output, interactive);
        while (true)
        {
            TransferTask task = await transfer.GetTaskAsync(taskId, cancellationToken: cancellationToken);
            progress.Show(task);
            if (task.Status?.Value is "SUCCEEDED" or "FAILED")
            {
                progress.Finish(task);
                return task;
            }

            await Task.Delay(settings.PollingInterval, settings.TimeProvider, cancellationToken);
        }
    }
}
