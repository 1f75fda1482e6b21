namespace Globus.Sdk.Transport;

/// <summary>
/// Two lists of retry checks asked as one, the first list's before the second's. Both are read on every
/// decision, since either may change (a derived client's <c>ServiceRetryChecks</c>); the joined list is made
/// again only when one of them holds other checks than last time, so an answer that changes nothing allocates nothing.
/// </summary>
/// <param name="first">The checks asked first.</param>
/// <param name="second">The checks asked when none of the first decided.</param>
internal sealed class JoinedRetryChecks(Func<IReadOnlyList<RetryCheck>> first, Func<IReadOnlyList<RetryCheck>> second)
{
    private Joined? _last;

    /// <summary>The checks of both lists, in order.</summary>
    public IReadOnlyList<RetryCheck> Read()
    {
        var firstChecks = first();
        var secondChecks = second();
        if (firstChecks.Count == 0)
        {
            return secondChecks;
        }

        if (secondChecks.Count == 0)
        {
            return firstChecks;
        }

        var last = Volatile.Read(ref _last);
        if (last is null || !last.Holds(firstChecks, secondChecks))
        {
            // Threads racing here each make an equal list; whichever is kept is right.
            last = new Joined([.. firstChecks, .. secondChecks]);
            Volatile.Write(ref _last, last);
        }

        return last.Checks;
    }

    private sealed record Joined(RetryCheck[] Checks)
    {
        public bool Holds(IReadOnlyList<RetryCheck> firstChecks, IReadOnlyList<RetryCheck> secondChecks)
        {
            if (Checks.Length != firstChecks.Count + secondChecks.Count)
            {
                return false;
            }

            // By index, and delegates compared by target and method: no enumerator, no allocation.
            for (var i = 0; i < firstChecks.Count; i++)
            {
                if (!Checks[i].Equals(firstChecks[i]))
                {
                    return false;
                }
            }

            for (var i = 0; i < secondChecks.Count; i++)
            {
                if (!Checks[firstChecks.Count + i].Equals(secondChecks[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
