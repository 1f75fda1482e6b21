namespace Globus.Sdk.Transport;

/// <summary>What the retry machinery remembers across the attempts of one call.</summary>
internal sealed class RetryCallState(TimeProvider timeProvider)
{
    private readonly HashSet<RegisteredRetryCheck> _ranOnce = new(ReferenceEqualityComparer.Instance);

    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Records that a run-once check ran; false when it already had.</summary>
    public bool MarkRun(RegisteredRetryCheck check)
    {
        lock (_ranOnce)
        {
            return _ranOnce.Add(check);
        }
    }
}
