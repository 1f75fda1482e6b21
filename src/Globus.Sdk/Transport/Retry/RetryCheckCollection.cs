using System.Collections;

namespace Globus.Sdk.Transport;

/// <summary>
/// The ordered checks of a <see cref="RetryPolicy"/>. After each attempt they are asked in order and
/// the first <see cref="RetryCheckResult.DoRetry"/> or <see cref="RetryCheckResult.DoNotRetry"/> wins;
/// when every check says <see cref="RetryCheckResult.NoDecision"/>, the request is not retried.
/// </summary>
/// <remarks>
/// Change the collection before the policy is given to a client: the client freezes it, and a change after
/// that raises a <see cref="GlobusSdkUsageException"/>.
/// </remarks>
public sealed class RetryCheckCollection : IReadOnlyList<RegisteredRetryCheck>
{
    private readonly List<RegisteredRetryCheck> _checks = [];
    private volatile bool _frozen;

    /// <inheritdoc/>
    public int Count => _checks.Count;

    /// <inheritdoc/>
    public RegisteredRetryCheck this[int index] => _checks[index];

    /// <summary>Adds a check after the existing ones.</summary>
    /// <param name="check">The check.</param>
    /// <param name="flags">How it is run.</param>
    public void Register(RetryCheck check, RetryCheckFlags flags = RetryCheckFlags.None)
    {
        ArgumentNullException.ThrowIfNull(check);
        Writable().Add(new RegisteredRetryCheck(check, flags));
    }

    /// <summary>Adds a check at a position, for example 0 to be asked before every other check.</summary>
    /// <param name="index">The position.</param>
    /// <param name="check">The check.</param>
    /// <param name="flags">How it is run.</param>
    public void Insert(int index, RetryCheck check, RetryCheckFlags flags = RetryCheckFlags.None)
    {
        ArgumentNullException.ThrowIfNull(check);
        Writable().Insert(index, new RegisteredRetryCheck(check, flags));
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="existing"/> was, keeping its flags.</summary>
    /// <param name="existing">The check to replace, such as <see cref="RetryPolicy.DefaultCheckTransientError"/>.</param>
    /// <param name="replacement">The check to run in its place.</param>
    /// <exception cref="ArgumentException"><paramref name="existing"/> is not in the collection.</exception>
    public void Replace(RetryCheck existing, RetryCheck replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        Writable();
        var index = IndexOf(existing);
        if (index < 0)
        {
            throw new ArgumentException("The check to replace is not registered.", nameof(existing));
        }

        _checks[index] = _checks[index] with { Check = replacement };
    }

    /// <summary>Removes a check.</summary>
    /// <param name="check">The check to remove.</param>
    /// <returns>True when it was registered.</returns>
    public bool Remove(RetryCheck check)
    {
        Writable();
        var index = IndexOf(check);
        if (index < 0)
        {
            return false;
        }

        _checks.RemoveAt(index);
        return true;
    }

    /// <summary>Removes every check; no request is then retried.</summary>
    public void Clear() => Writable().Clear();

    /// <inheritdoc/>
    public IEnumerator<RegisteredRetryCheck> GetEnumerator() => _checks.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Freeze() => _frozen = true;

    private List<RegisteredRetryCheck> Writable() => _frozen ? throw RetryPolicy.FrozenError() : _checks;

    // Delegates compare equal when they name the same method on the same target, so a method
    // group such as policy.DefaultCheckTransientError finds the registered one.
    private int IndexOf(RetryCheck check) => _checks.FindIndex(c => c.Check.Equals(check));
}
