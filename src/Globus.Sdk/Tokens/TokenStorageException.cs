namespace Globus.Sdk.Tokens;

/// <summary>
/// Stored tokens could not be read or written: the file or database is corrupted, was written by
/// something else, uses a format this SDK does not know, or could not be locked. The message names the
/// file and never contains a token.
/// </summary>
public class TokenStorageException : GlobusException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the file or database.</param>
    /// <param name="path">The file or database concerned, when there is one.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public TokenStorageException(string message, string? path = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The file or database concerned, or null.</summary>
    public string? Path { get; }
}
