namespace Globus.Sdk.Tokens;

/// <summary>The identity behind a token response is unknown or not the one whose tokens are stored. Python's <c>IdentityValidationError</c>.</summary>
public class IdentityValidationException : TokenValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the identity.</param>
    public IdentityValidationException(string message)
        : base(message)
    {
    }
}
