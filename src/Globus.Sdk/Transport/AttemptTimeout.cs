namespace Globus.Sdk.Transport;

/// <summary>The cancellation of one attempt: the caller's token, or the attempt timeout, whichever comes first.</summary>
internal sealed class AttemptTimeout : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenSource? _linked;

    private AttemptTimeout(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            Token = cancellationToken;
            return;
        }

        _timer = new CancellationTokenSource(timeout, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
        Token = _linked.Token;
    }

    public CancellationToken Token { get; }

    public static AttemptTimeout Start(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(timeout, timeProvider, cancellationToken);

    public void Dispose()
    {
        _linked?.Dispose();
        _timer?.Dispose();
    }
}
