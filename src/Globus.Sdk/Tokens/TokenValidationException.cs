namespace Globus.Sdk.Tokens;

/// <summary>
/// Stored tokens cannot serve a request as they are: none is stored, it expired, it lacks a required
/// scope, or it belongs to another identity. Python's <c>TokenValidationError</c>. A
/// <see cref="GlobusApp"/> usually resolves it by logging in again (see
/// <see cref="GlobusAppConfig.TokenValidationErrorHandler"/>).
/// </summary>
public class TokenValidationException : GlobusException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed validation and what to do; never contains a token.</param>
    public TokenValidationException(string message)
        : base(message)
    {
    }
}
