namespace Globus.Sdk.Tests.Support;

/// <summary>
/// A transport that never answers: each request waits until its cancellation token fires. <see cref="Received"/>
/// completes when a request arrives, so a test knows the attempt (and its timeout timer) has started.
/// </summary>
public sealed class StallingHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Received => _received.Task;

    public int Requests { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        _received.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
