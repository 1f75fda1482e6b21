using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// A transport that answers in memory, at once, with the bodies the loopback fake serves: the endpoint document
/// and a <c>task_list</c> of one page of 1,000 tasks (its total, so a walk stops after it). With no socket and no
/// server in the measurement, what remains is each client's own work per call.
/// </summary>
internal sealed class InMemoryTransfer : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly byte[] _taskPage = Encoding.UTF8.GetBytes(
        TransferDocuments.TaskListPrefix(TransferFake.PageSize, 0, TransferFake.PageSize)
        + Encoding.UTF8.GetString(TransferDocuments.TaskItems(TransferFake.PageSize)) + "]}");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = path.StartsWith("/v0.10/endpoint/", StringComparison.Ordinal) ? TransferDocuments.Endpoint
            : path == "/v0.10/task_list" ? _taskPage
            : null;
        if (body is null)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        content.Headers.ContentLength = body.Length;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
