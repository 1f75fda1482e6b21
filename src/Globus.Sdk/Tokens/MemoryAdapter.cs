namespace Globus.Sdk.Tokens;

/// <summary>
/// An adapter that keeps tokens in memory only, for the life of the object: a thin name over
/// <see cref="MemoryTokenStorage"/> (Python's <c>MemoryAdapter</c>), for tests and short-lived programs.
/// </summary>
public class MemoryAdapter : StorageAdapter
{
    /// <summary>Creates an empty adapter.</summary>
    public MemoryAdapter()
        : base(new MemoryTokenStorage())
    {
    }

    /// <inheritdoc/>
    public override string ToString() => nameof(MemoryAdapter);
}
