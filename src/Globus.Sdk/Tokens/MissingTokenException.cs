namespace Globus.Sdk.Tokens;

/// <summary>No usable token is stored for a resource server (none at all, or no refresh token when refresh tokens are required). Python's <c>MissingTokenError</c>.</summary>
public class MissingTokenException : TokenValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="resourceServer">The resource server without a token.</param>
    public MissingTokenException(string message, string resourceServer)
        : base(message)
    {
        ResourceServer = resourceServer;
    }

    /// <summary>The resource server without a token.</summary>
    public string ResourceServer { get; }
}
