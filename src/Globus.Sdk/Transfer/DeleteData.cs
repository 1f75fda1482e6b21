using System.Text.Json.Nodes;

namespace Globus.Sdk.Transfer;

/// <summary>
/// A delete task document for <see cref="TransferClient.SubmitDeleteAsync(DeleteData, CancellationToken)"/>
/// (the Python SDK's <c>DeleteData</c>): the endpoint, the task's options, and the paths to delete.
/// </summary>
/// <remarks>
/// Add at least one path with <see cref="AddItem"/>. Options are sent only when given. As with
/// <see cref="TransferData"/>, no client is needed: the submit method fetches a submission id when the
/// document has none. The JSON sent: <c>{"DATA_TYPE": "delete", "DATA": [{"DATA_TYPE": "delete_item",
/// "path": ...}], "endpoint": ..., "submission_id": ..., ...}</c>.
/// </remarks>
/// <example>
/// <code>
/// var data = new DeleteData(endpointId, recursive: true);
/// data.AddItem("/dir/to/delete/");
/// data.AddItem("/file/to/delete/file.txt");
/// var result = await tc.SubmitDeleteAsync(data);
/// </code>
/// </example>
public sealed class DeleteData : TaskSubmissionDocument
{
    /// <summary>Creates a delete document.</summary>
    /// <param name="endpoint">The id of the endpoint (collection) to delete on.</param>
    /// <param name="label">A label for the task.</param>
    /// <param name="submissionId">A submission id; fetched when the document is submitted if not given.</param>
    /// <param name="recursive">Whether directories are deleted with their contents (service default: false).</param>
    /// <param name="deadline">When the task is cancelled even if unfinished: a <see cref="DateTimeOffset"/> or an ISO 8601 string.</param>
    /// <param name="ignoreMissing">Whether a path that does not exist is ignored rather than failing the task (default: false).</param>
    /// <param name="interpretGlobs">Whether <c>*</c>, <c>?</c> and <c>[...]</c> in paths are patterns (default: false).</param>
    /// <param name="localUser">The local user to delete as, on endpoints that allow choosing.</param>
    /// <param name="notifyOnSucceeded">Whether the user is emailed when the task succeeds (default: true).</param>
    /// <param name="notifyOnFailed">Whether the user is emailed when the task fails (default: true).</param>
    /// <param name="notifyOnInactive">Whether the user is emailed when the task becomes inactive (default: true).</param>
    /// <param name="additionalFields">Further top-level fields, written last.</param>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is null, empty or white space.</exception>
    public DeleteData(
        string endpoint,
        string? label = null,
        string? submissionId = null,
        bool? recursive = null,
        TaskDeadline? deadline = null,
        bool? ignoreMissing = null,
        bool? interpretGlobs = null,
        string? localUser = null,
        bool? notifyOnSucceeded = null,
        bool? notifyOnFailed = null,
        bool? notifyOnInactive = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
        : base(DeleteDocumentDataType.Delete.Value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        SetIfGiven("endpoint", endpoint);
        SetIfGiven("submission_id", Text(submissionId));
        SetIfGiven("label", Text(label));
        SetIfGiven("recursive", Flag(recursive));
        SetIfGiven("deadline", Deadline(deadline));
        SetIfGiven("ignore_missing", Flag(ignoreMissing));
        SetIfGiven("interpret_globs", Flag(interpretGlobs));
        SetIfGiven("local_user", Text(localUser));
        SetIfGiven("notify_on_succeeded", Flag(notifyOnSucceeded));
        SetIfGiven("notify_on_failed", Flag(notifyOnFailed));
        SetIfGiven("notify_on_inactive", Flag(notifyOnInactive));
        SetAll(additionalFields);
    }

    /// <summary>Adds a file or directory to delete (a <c>delete_item</c>).</summary>
    /// <param name="path">The path; a directory needs <c>recursive</c>.</param>
    /// <param name="additionalFields">Further fields of the item (Python's <c>**params</c>).</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <example><code>data.AddItem("/dir/to/delete/");</code></example>
    public DeleteData AddItem(string path, IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Append("DATA", new JsonObject { ["DATA_TYPE"] = "delete_item", ["path"] = path }, additionalFields);
        return this;
    }
}
