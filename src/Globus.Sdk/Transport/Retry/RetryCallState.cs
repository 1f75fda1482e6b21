namespace Globus.Sdk.Transport;

/// <summary>What the retry machinery remembers across the attempts of one call.</summary>
internal sealed class RetryCallState(TimeProvider timeProvider)
{
    // Most calls mark one run-once check (the expired-authorization check, on their first answer): it is kept
    // in a field, and a set is made only for a second one.
    private RegisteredRetryCheck? _first;
    private HashSet<RegisteredRetryCheck>? _more;

    public TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>Records that a run-once check ran; false when it already had.</summary>
    public bool MarkRun(RegisteredRetryCheck check)
    {
        lock (this)
        {
            if (_first is null)
            {
                _first = check;
                return true;
            }

            if (ReferenceEquals(_first, check))
            {
                return false;
            }

            _more ??= new HashSet<RegisteredRetryCheck>(ReferenceEqualityComparer.Instance);
            return _more.Add(check);
        }
    }
}
