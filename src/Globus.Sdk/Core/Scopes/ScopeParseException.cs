namespace Globus.Sdk;

/// <summary>
/// A scope string could not be parsed (Python's <c>ScopeParseError</c>). It is a
/// <see cref="FormatException"/>, as .NET's own <c>Parse</c> methods raise, and names the position
/// (0-based, in characters) where the text stops making sense.
/// </summary>
public class ScopeParseException : FormatException
{
    /// <summary>Creates the exception for a problem at a position of the parsed text.</summary>
    /// <param name="problem">What is wrong, without the position (it is appended).</param>
    /// <param name="position">The 0-based character position of the problem in the parsed text.</param>
    public ScopeParseException(string problem, int position)
        : base($"Cannot parse the scopes: {problem} (at position {position}).")
    {
        Problem = problem;
        Position = position;
    }

    /// <summary>What is wrong with the text.</summary>
    public string Problem { get; }

    /// <summary>The 0-based character position of the problem in the parsed text.</summary>
    public int Position { get; }
}
