namespace Globus.Sdk.Auth;

/// <summary>
/// An id token failed a check when it was decoded: its signature, issuer, audience or lifetime, or it is not a
/// JWT at all. The check's own exception (a <c>Microsoft.IdentityModel.Tokens.SecurityTokenException</c>, such as
/// <c>SecurityTokenExpiredException</c>) is the <see cref="Exception.InnerException"/>; neither message contains the token.
/// </summary>
public class IdTokenValidationException : GlobusException
{
    /// <summary>Creates the exception for a failed check.</summary>
    /// <param name="message">Which check failed.</param>
    /// <param name="innerException">The exception of the check that failed.</param>
    public IdTokenValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
