using System.Globalization;

namespace Globus.Sdk.Tokens;

/// <summary>The stored access token has expired and there is no refresh token to renew it. Python's <c>ExpiredTokenError</c>.</summary>
public class ExpiredTokenException : TokenValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expiresAtSeconds">When the token expired, in seconds since the Unix epoch.</param>
    public ExpiredTokenException(long expiresAtSeconds)
        : base($"Token expired at {DateTimeOffset.FromUnixTimeSeconds(expiresAtSeconds).ToString("O", CultureInfo.InvariantCulture)}.")
    {
        Expiration = DateTimeOffset.FromUnixTimeSeconds(expiresAtSeconds);
    }

    /// <summary>When the token expired.</summary>
    public DateTimeOffset Expiration { get; }
}
