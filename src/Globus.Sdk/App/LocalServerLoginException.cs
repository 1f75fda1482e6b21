namespace Globus.Sdk;

/// <summary>
/// The local-server login failed: Globus Auth redirected with an error, the redirect's <c>state</c> did not
/// match, or no redirect arrived in time. Python's <c>LocalServerLoginError</c>.
/// </summary>
public class LocalServerLoginException : GlobusException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed; never contains the authorization code.</param>
    /// <param name="innerException">The exception that revealed the failure, if any.</param>
    public LocalServerLoginException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
