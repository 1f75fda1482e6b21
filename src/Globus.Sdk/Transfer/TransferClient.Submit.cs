// The generator emits SubmitTransferCoreAsync and SubmitDeleteCoreAsync (x-globus-hand-written); the public
// methods here add the step no spec key can say: a submission id is fetched and written into the document
// before the first send, so that every later send of it (a retry by the pipeline, or by the caller) is
// the same submission and the service creates one task.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    /// <summary>
    /// Submits a transfer task (<c>POST /v0.10/transfer</c>). When the document has no submission id,
    /// one is fetched with <see cref="GetSubmissionIdAsync"/> and written into it first.
    /// </summary>
    /// <param name="data">The transfer document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result: <c>task_id</c>, <c>submission_id</c>, and <c>code</c> (<c>Accepted</c>, or <c>Duplicate</c> for a submission already made).</returns>
    /// <exception cref="TransferApiException">The service refused the submission (or the submission id).</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    /// <example>
    /// <code>
    /// var data = new TransferData(src, dst, label: "SDK example", syncLevel: "checksum");
    /// data.AddItem("/source/path/dir/", "/dest/path/dir/", recursive: true);
    /// var result = await tc.SubmitTransferAsync(data);
    /// Console.WriteLine($"task_id = {result.Value.TaskId}");
    /// </code>
    /// </example>
    public virtual async Task<GlobusResponse<TaskSubmissionResult>> SubmitTransferAsync(
        TransferData data,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.SubmissionId ??= await FetchSubmissionIdAsync(cancellationToken).ConfigureAwait(false);
        return await SubmitTransferCoreAsync(TransferDocument.FromJson(data.Fields), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Submits a transfer document given as JSON (as Python accepts a <c>dict</c>). When it has no
    /// <c>submission_id</c>, one is fetched and written into <paramref name="data"/> first.
    /// </summary>
    /// <param name="data">The transfer document; it gains a <c>submission_id</c> when it had none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submission's result.</returns>
    /// <exception cref="TransferApiException">The service refused the submission.</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    public virtual async Task<GlobusResponse<TaskSubmissionResult>> SubmitTransferAsync(
        JsonObject data,
        CancellationToken cancellationToken = default)
    {
        await EnsureSubmissionIdAsync(data, cancellationToken).ConfigureAwait(false);
        return await SubmitTransferCoreAsync(TransferDocument.FromJson(data), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Submits a delete task (<c>POST /v0.10/delete</c>). When the document has no submission id, one is
    /// fetched with <see cref="GetSubmissionIdAsync"/> and written into it first.
    /// </summary>
    /// <param name="data">The delete document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result: <c>task_id</c>, <c>submission_id</c>, <c>code</c>.</returns>
    /// <exception cref="TransferApiException">The service refused the submission.</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    /// <example>
    /// <code>
    /// var data = new DeleteData(endpointId, recursive: true);
    /// data.AddItem("/dir/to/delete/");
    /// var result = await tc.SubmitDeleteAsync(data);
    /// </code>
    /// </example>
    public virtual async Task<GlobusResponse<TaskSubmissionResult>> SubmitDeleteAsync(
        DeleteData data,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.SubmissionId ??= await FetchSubmissionIdAsync(cancellationToken).ConfigureAwait(false);
        return await SubmitDeleteCoreAsync(DeleteDocument.FromJson(data.Fields), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Submits a delete document given as JSON. When it has no <c>submission_id</c>, one is fetched and
    /// written into <paramref name="data"/> first.
    /// </summary>
    /// <param name="data">The delete document; it gains a <c>submission_id</c> when it had none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submission's result.</returns>
    /// <exception cref="TransferApiException">The service refused the submission.</exception>
    /// <exception cref="NetworkException">The service could not be reached.</exception>
    public virtual async Task<GlobusResponse<TaskSubmissionResult>> SubmitDeleteAsync(
        JsonObject data,
        CancellationToken cancellationToken = default)
    {
        await EnsureSubmissionIdAsync(data, cancellationToken).ConfigureAwait(false);
        return await SubmitDeleteCoreAsync(DeleteDocument.FromJson(data), cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureSubmissionIdAsync(JsonObject data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data["submission_id"] is null)
        {
            data["submission_id"] = await FetchSubmissionIdAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string> FetchSubmissionIdAsync(CancellationToken cancellationToken)
    {
        var response = await GetSubmissionIdAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Value.Value is { Length: > 0 } submissionId
            ? submissionId
            : throw new GlobusResponseDecodingException(
                response, typeof(SubmissionId), new JsonException("The submission id answer has no \"value\" string, so no task was submitted."));
    }
}
