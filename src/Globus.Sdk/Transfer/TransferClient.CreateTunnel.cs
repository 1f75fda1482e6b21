using System.Text.Json;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    /// <summary>Create a Globus Streams tunnel between two stream access points (Beta).</summary>
    /// <remarks>
    /// <para>
    /// <c>POST /v2/tunnels</c>. <see cref="CreateTunnelData"/> builds the document (it converts to
    /// <see cref="TunnelRequest"/>). As the Python SDK does, a document without <c>data</c> is refused
    /// before any request, and a random <c>submission_id</c> is added to the attributes when they have
    /// none; the caller's document is not changed.
    /// </para>
    /// <code>
    /// var tunnel = (await transferClient.CreateTunnelAsync(
    ///     new CreateTunnelData(initiatorId, listenerId, label: "to the cluster", lifetimeMins: 60))).Value.Data!;
    /// </code>
    /// </remarks>
    /// <param name="data">The tunnel document.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the new tunnel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The document has no <c>data</c> object, or its <c>attributes</c> are not an object.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/streams/">Globus Streams</seealso>
    public virtual Task<GlobusResponse<TunnelResponse>> CreateTunnelAsync(TunnelRequest data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return CreateTunnelCoreAsync(WithSubmissionId(data), cancellationToken);
    }

    private static TunnelRequest WithSubmissionId(TunnelRequest request)
    {
        if (request.Data is not { ValueKind: JsonValueKind.Object } element)
        {
            throw new GlobusSdkUsageException(
                "CreateTunnelAsync needs a document with a 'data' object (JSON:API); build it with CreateTunnelData.");
        }

        var data = JsonObject.Create(element)!;
        var attributes = data["attributes"] switch
        {
            null => (JsonObject)(data["attributes"] = new JsonObject()),
            JsonObject found => found,
            _ => throw new GlobusSdkUsageException("The tunnel document's 'data.attributes' must be an object."),
        };
        if (attributes["submission_id"] is not null)
        {
            return request;
        }

        attributes["submission_id"] = Guid.NewGuid().ToString();
        // The model reads the changed object back; the caller's other fields are kept as they were.
        return request with { Data = TunnelRequest.FromJson(new JsonObject { ["data"] = data }).Data };
    }
}
