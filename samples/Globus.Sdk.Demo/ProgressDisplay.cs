using Globus.Sdk.Transfer;

namespace Globus.Sdk.Demo;

/// <summary>A task's progress: a bar redrawn in place in a terminal, one plain line per change when output is redirected.</summary>
internal sealed class ProgressDisplay(TextWriter output, bool interactive)
{
    private const int Width = 30;
    private string? _last;

    public void Show(TransferTask task)
    {
        var files = task.Files ?? 0;
        var done = task.FilesTransferred ?? 0;
        var line = $"{task.TaskId} {task.Status}: {done}/{files} files, {task.BytesTransferred ?? 0} bytes";
        if (interactive)
        {
            var filled = files == 0 ? 0 : (int)(Width * done / files);
            output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {line}   ");
        }
        else if (line != _last)
        {
            output.WriteLine(line);
        }

        _last = line;
    }

    public void Finish(TransferTask task)
    {
        if (interactive)
        {
            output.WriteLine();
        }

        output.WriteLine($"Task {task.TaskId} {task.Status} at {task.CompletionTime}.");
    }
}
