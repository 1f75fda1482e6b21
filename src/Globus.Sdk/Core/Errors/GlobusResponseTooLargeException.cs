namespace Globus.Sdk;

/// <summary>
/// A service answered with a body larger than <see cref="GlobusClientOptions.MaxResponseBodySize"/>: the
/// SDK stopped reading instead of holding it all in memory. Not retried (the same request would get the
/// same answer); raise the limit for calls that legitimately return more.
/// </summary>
public class GlobusResponseTooLargeException : NetworkException
{
    /// <summary>Creates the exception for a request whose answer was too large.</summary>
    /// <param name="message">A readable description of the failure.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="url">The URL of the request, without credentials.</param>
    /// <param name="attempts">How many times the request was sent.</param>
    /// <param name="limit">The limit the body exceeded, in bytes.</param>
    public GlobusResponseTooLargeException(string message, string method, Uri url, int attempts, long limit)
        : base(message, method, url, attempts)
    {
        Limit = limit;
    }

    /// <summary>The limit the body exceeded, in bytes.</summary>
    public long Limit { get; }
}
