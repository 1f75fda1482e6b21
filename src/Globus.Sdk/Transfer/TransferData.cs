using System.Text.Json.Nodes;

namespace Globus.Sdk.Transfer;

/// <summary>
/// A transfer task document for <see cref="TransferClient.SubmitTransferAsync(TransferData, CancellationToken)"/>
/// (the Python SDK's <c>TransferData</c>): the two endpoints, the task's options, and the items to copy.
/// </summary>
/// <remarks>
/// <para>Add at least one item with <see cref="AddItem"/> (or <see cref="AddSymlinkItem"/>). Options are sent only
/// when given; the service's defaults are noted on each parameter.</para>
/// <para>The Python v3.0 constructor took the client first, to fetch a submission id at once; here the submit
/// method fetches it when the document has none, so no client is needed (as in Python 4.x).</para>
/// <para>The JSON sent: <c>{"DATA_TYPE": "transfer", "DATA": [{"DATA_TYPE": "transfer_item", "source_path": ...,
/// "destination_path": ...}], "source_endpoint": ..., "destination_endpoint": ..., "submission_id": ..., ...}</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var data = new TransferData(sourceEndpointId, destinationEndpointId, label: "SDK example", syncLevel: "checksum");
/// data.AddItem("/source/path/dir/", "/dest/path/dir/", recursive: true);
/// data.AddItem("/source/path/file.txt", "/dest/path/file.txt");
/// var result = await tc.SubmitTransferAsync(data);
/// Console.WriteLine($"task_id = {result.Value.TaskId}");
/// </code>
/// </example>
public sealed class TransferData : TaskSubmissionDocument
{
    /// <summary>Creates a transfer document.</summary>
    /// <param name="sourceEndpoint">The id of the endpoint (collection) to copy from.</param>
    /// <param name="destinationEndpoint">The id of the endpoint (collection) to copy to.</param>
    /// <param name="label">A label for the task.</param>
    /// <param name="submissionId">A submission id from <see cref="TransferClient.GetSubmissionIdAsync"/>; fetched when the document is submitted if not given.</param>
    /// <param name="syncLevel">How files present on both sides are compared: <see cref="SyncLevel.Exists"/> (0), <see cref="SyncLevel.Size"/> (1), <see cref="SyncLevel.Mtime"/> (2) or <see cref="SyncLevel.Checksum"/> (3), an integer or a name; without it every file is copied.</param>
    /// <param name="verifyChecksum">Whether to compare checksums after copying and copy again on a mismatch (service default: false).</param>
    /// <param name="preserveTimestamp">Whether to give destination files the source's modification times (default: false).</param>
    /// <param name="encryptData">Whether to encrypt the data in transit (default: false).</param>
    /// <param name="deadline">When the task is cancelled even if unfinished: a <see cref="DateTimeOffset"/> or an ISO 8601 string.</param>
    /// <param name="skipSourceErrors">Whether source paths that cannot be read or are missing are skipped rather than failing the task (default: false).</param>
    /// <param name="failOnQuotaErrors">Whether a quota error fails the task rather than being retried (default: false).</param>
    /// <param name="recursiveSymlinks">What a recursive copy does with symlinks: <c>ignore</c> (the default), <c>keep</c> or <c>copy</c>.</param>
    /// <param name="deleteDestinationExtra">Whether files at the destination that are not at the source are deleted (default: false).</param>
    /// <param name="notifyOnSucceeded">Whether the user is emailed when the task succeeds (default: true).</param>
    /// <param name="notifyOnFailed">Whether the user is emailed when the task fails (default: true).</param>
    /// <param name="notifyOnInactive">Whether the user is emailed when the task becomes inactive (default: true).</param>
    /// <param name="sourceLocalUser">The local user to read the source as, on endpoints that allow choosing.</param>
    /// <param name="destinationLocalUser">The local user to write the destination as.</param>
    /// <param name="additionalFields">Further top-level fields, written last (Python's <c>**kwargs</c>, later <c>additional_fields</c>).</param>
    /// <exception cref="ArgumentException">An endpoint id is null, empty or white space, or <paramref name="syncLevel"/> is not one of the four levels.</exception>
    public TransferData(
        string sourceEndpoint,
        string destinationEndpoint,
        string? label = null,
        string? submissionId = null,
        SyncLevel? syncLevel = null,
        bool? verifyChecksum = null,
        bool? preserveTimestamp = null,
        bool? encryptData = null,
        TaskDeadline? deadline = null,
        bool? skipSourceErrors = null,
        bool? failOnQuotaErrors = null,
        string? recursiveSymlinks = null,
        bool? deleteDestinationExtra = null,
        bool? notifyOnSucceeded = null,
        bool? notifyOnFailed = null,
        bool? notifyOnInactive = null,
        string? sourceLocalUser = null,
        string? destinationLocalUser = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
        : base(TransferDocumentDataType.Transfer.Value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceEndpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationEndpoint);
        // Checked first, so that a bad level leaves no half-built document behind.
        int? level = syncLevel is { } given ? given.ToWireValue(nameof(syncLevel)) : null;
        SetIfGiven("source_endpoint", sourceEndpoint);
        SetIfGiven("destination_endpoint", destinationEndpoint);
        SetIfGiven("submission_id", Text(submissionId));
        SetIfGiven("label", Text(label));
        SetIfGiven("sync_level", level is { } number ? JsonValue.Create(number) : null);
        SetIfGiven("verify_checksum", Flag(verifyChecksum));
        SetIfGiven("preserve_timestamp", Flag(preserveTimestamp));
        SetIfGiven("encrypt_data", Flag(encryptData));
        SetIfGiven("deadline", Deadline(deadline));
        SetIfGiven("skip_source_errors", Flag(skipSourceErrors));
        SetIfGiven("fail_on_quota_errors", Flag(failOnQuotaErrors));
        SetIfGiven("recursive_symlinks", Text(recursiveSymlinks));
        SetIfGiven("delete_destination_extra", Flag(deleteDestinationExtra));
        SetIfGiven("notify_on_succeeded", Flag(notifyOnSucceeded));
        SetIfGiven("notify_on_failed", Flag(notifyOnFailed));
        SetIfGiven("notify_on_inactive", Flag(notifyOnInactive));
        SetIfGiven("source_local_user", Text(sourceLocalUser));
        SetIfGiven("destination_local_user", Text(destinationLocalUser));
        SetAll(additionalFields);
    }

    /// <summary>
    /// Adds a file or directory to copy (a <c>transfer_item</c>). A symlink is followed: its target is copied.
    /// For a file, give the full destination file path, not its parent directory.
    /// </summary>
    /// <param name="sourcePath">The source file or directory.</param>
    /// <param name="destinationPath">Where it is copied to.</param>
    /// <param name="recursive">True for a directory; sent only when given.</param>
    /// <param name="externalChecksum">A checksum both copies are verified against after the copy (files only); MD5 unless <paramref name="checksumAlgorithm"/> says otherwise.</param>
    /// <param name="checksumAlgorithm">The checksum algorithm for <paramref name="externalChecksum"/>, <c>verify_checksum</c> or sync level 3.</param>
    /// <param name="additionalFields">Further fields of the item.</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    /// <example><code>data.AddItem("/source/path/dir/", "/dest/path/dir/", recursive: true);</code></example>
    public TransferData AddItem(
        string sourcePath,
        string destinationPath,
        bool? recursive = null,
        string? externalChecksum = null,
        string? checksumAlgorithm = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        ArgumentException.ThrowIfNullOrEmpty(destinationPath);
        var item = new JsonObject { ["DATA_TYPE"] = "transfer_item", ["source_path"] = sourcePath, ["destination_path"] = destinationPath };
        if (recursive is { } flag)
        {
            item["recursive"] = flag;
        }

        if (externalChecksum is not null)
        {
            item["external_checksum"] = externalChecksum;
        }

        if (checksumAlgorithm is not null)
        {
            item["checksum_algorithm"] = checksumAlgorithm;
        }

        Append("DATA", item, additionalFields);
        return this;
    }

    /// <summary>Adds a symlink to copy as a symlink rather than as its target (a <c>transfer_symlink_item</c>).</summary>
    /// <param name="sourcePath">The source symlink.</param>
    /// <param name="destinationPath">Where the symlink is created.</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    /// <example><code>data.AddSymlinkItem("/source/link", "/dest/link");</code></example>
    public TransferData AddSymlinkItem(string sourcePath, string destinationPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        ArgumentException.ThrowIfNullOrEmpty(destinationPath);
        Append("DATA", new JsonObject
        {
            ["DATA_TYPE"] = "transfer_symlink_item",
            ["source_path"] = sourcePath,
            ["destination_path"] = destinationPath,
        });
        return this;
    }

    /// <summary>
    /// Adds a rule to <c>filter_rules</c> that includes or excludes, in recursive copies, the entries whose
    /// name matches <paramref name="name"/> (a pattern such as <c>*.tmp</c>). Rules are applied in order.
    /// </summary>
    /// <param name="name">The name pattern.</param>
    /// <param name="method"><c>exclude</c> (the default) or <c>include</c>.</param>
    /// <param name="type">Only entries of this type: <c>file</c> or <c>dir</c>; both when null (not sent).</param>
    /// <returns>This document, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty, or <paramref name="method"/> or <paramref name="type"/> has another value.</exception>
    /// <example><code>data.AddFilterRule("*.tmp").AddFilterRule("keep", method: "include", type: "dir");</code></example>
    public TransferData AddFilterRule(string name, string method = "exclude", string? type = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (method is not ("include" or "exclude"))
        {
            throw new ArgumentException($"A filter rule's method is \"include\" or \"exclude\", not \"{method}\".", nameof(method));
        }

        if (type is not (null or "file" or "dir"))
        {
            throw new ArgumentException($"A filter rule's type is \"file\" or \"dir\", not \"{type}\".", nameof(type));
        }

        var rule = new JsonObject { ["DATA_TYPE"] = "filter_rule", ["method"] = method };
        if (type is not null)
        {
            rule["type"] = type;
        }

        rule["name"] = name;
        Append("filter_rules", rule);
        return this;
    }
}
