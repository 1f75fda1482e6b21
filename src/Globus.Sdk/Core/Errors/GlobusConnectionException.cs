namespace Globus.Sdk;

/// <summary>
/// The service could not be reached or the connection broke: refused, reset, a DNS failure, or a
/// TLS certificate that was not trusted.
/// </summary>
public class GlobusConnectionException : NetworkException
{
    /// <inheritdoc cref="NetworkException(string, string, Uri, int, Exception?)"/>
    public GlobusConnectionException(string message, string method, Uri url, int attempts, Exception? innerException = null)
        : base(message, method, url, attempts, innerException)
    {
    }
}
