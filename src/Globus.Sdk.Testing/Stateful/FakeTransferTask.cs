using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>A transfer or delete task of <see cref="FakeTransferTasks"/>.</summary>
public sealed class FakeTransferTask
{
    internal FakeTransferTask(string taskId, string submissionId, JsonObject submitted, DateTimeOffset requestTime)
    {
        TaskId = taskId;
        SubmissionId = submissionId;
        Submitted = submitted;
        RequestTime = requestTime;
    }

    /// <summary>The task's id.</summary>
    public string TaskId { get; }

    /// <summary>The submission id the task was created with.</summary>
    public string SubmissionId { get; }

    /// <summary>The document that was submitted (a <c>TransferData</c> or <c>DeleteData</c> as JSON).</summary>
    public JsonObject Submitted { get; }

    /// <summary><c>TRANSFER</c> or <c>DELETE</c>.</summary>
    public string Type => string.Equals((string?)Submitted["DATA_TYPE"], "delete", StringComparison.Ordinal) ? "DELETE" : "TRANSFER";

    /// <summary>The task's label, or null.</summary>
    public string? Label => (string?)Submitted["label"];

    /// <summary>How many items (files or folders) the document names.</summary>
    public int Items => (Submitted["DATA"] as JsonArray)?.Count ?? 0;

    /// <summary>When the task was submitted, on the fake's clock.</summary>
    public DateTimeOffset RequestTime { get; }

    /// <summary>How many times the task was fetched.</summary>
    public int Polls { get; internal set; }

    /// <summary><c>ACTIVE</c>, <c>SUCCEEDED</c> or <c>FAILED</c> (after a cancel).</summary>
    public string Status { get; internal set; } = "ACTIVE";

    /// <summary>When the task finished, on the fake's clock, or null while it is active.</summary>
    public DateTimeOffset? CompletionTime { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {TaskId}: {Status}";
}
