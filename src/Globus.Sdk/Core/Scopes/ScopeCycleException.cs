namespace Globus.Sdk;

/// <summary>
/// A parsed scope depends on itself, directly or through its dependencies
/// (<c>a[b[a]]</c>; Python's <c>ScopeCycleError</c>).
/// </summary>
public class ScopeCycleException : ScopeParseException
{
    /// <summary>Creates the exception for a scope string that repeats one of its ancestors.</summary>
    /// <param name="scopeString">The scope string that depends on itself.</param>
    /// <param name="position">The 0-based character position where it appears again.</param>
    public ScopeCycleException(string scopeString, int position)
        : base($"'{scopeString}' depends on itself", position)
    {
        ScopeString = scopeString;
    }

    /// <summary>The scope string that depends on itself.</summary>
    public string ScopeString { get; }
}
