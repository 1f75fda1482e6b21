namespace Globus.Sdk.Tokens;

/// <summary>A user's token response has no id_token, so the identity cannot be checked: the login did not request <c>openid</c>. Python's <c>MissingIdentityError</c>.</summary>
public class MissingIdentityException : IdentityValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing and how to get it.</param>
    public MissingIdentityException(string message)
        : base(message)
    {
    }
}
