namespace Globus.Sdk.Tests.Support;

/// <summary>
/// A transport whose first <c>failures</c> sends throw (as a reset connection does), after which
/// requests go to the real server.
/// </summary>
public sealed class FailingHandler(int failures, Func<Exception> failure) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _calls;

    public int Calls => _calls;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _calls) <= failures
            ? Task.FromException<HttpResponseMessage>(failure())
            : base.SendAsync(request, cancellationToken);
}
