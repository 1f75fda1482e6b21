namespace Globus.Sdk.Transport;

/// <summary>The cancellation of one attempt: the caller's token, or the attempt timeout, whichever comes first.</summary>
/// <remarks>
/// One source per attempt: the timer's source, which the caller's token cancels through a registration
/// (no linked source beside it); none at all when there is no timeout.
/// </remarks>
internal readonly struct AttemptTimeout : IDisposable
{
    private readonly CancellationTokenSource? _timer;
    private readonly CancellationTokenRegistration _callerRegistration;

    private AttemptTimeout(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            Token = cancellationToken;
            return;
        }

        _timer = new CancellationTokenSource(timeout, timeProvider);
        if (cancellationToken.CanBeCanceled)
        {
            _callerRegistration = cancellationToken.UnsafeRegister(static timer => ((CancellationTokenSource)timer!).Cancel(), _timer);
        }

        Token = _timer.Token;
    }

    public CancellationToken Token { get; }

    public static AttemptTimeout Start(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        new(timeout, timeProvider, cancellationToken);

    public void Dispose()
    {
        // The registration goes first, so the caller's token never cancels a disposed source.
        _callerRegistration.Dispose();
        _timer?.Dispose();
    }
}
