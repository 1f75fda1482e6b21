namespace Globus.Sdk.Tests.Support;

/// <summary>
/// Passes requests to a real socket handler and records the exact request-target each one was sent
/// with (WireMock reports paths unescaped, so escaping is checked here).
/// </summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    public List<string> PathsAndQueries { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (PathsAndQueries)
        {
            PathsAndQueries.Add(request.RequestUri!.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
