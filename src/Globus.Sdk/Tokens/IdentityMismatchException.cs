namespace Globus.Sdk.Tokens;

/// <summary>
/// A login returned tokens of another identity than the one whose tokens are stored. Logging in again
/// cannot fix it: log out first (<see cref="GlobusApp.LogoutAsync"/>), or use another storage namespace.
/// Python's <c>IdentityMismatchError</c>.
/// </summary>
public class IdentityMismatchException : IdentityValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="storedId">The identity id of the stored tokens.</param>
    /// <param name="newId">The identity id of the new tokens.</param>
    public IdentityMismatchException(string message, string storedId, string newId)
        : base(message)
    {
        StoredId = storedId;
        NewId = newId;
    }

    /// <summary>The identity id of the stored tokens.</summary>
    public string StoredId { get; }

    /// <summary>The identity id of the new tokens.</summary>
    public string NewId { get; }
}
