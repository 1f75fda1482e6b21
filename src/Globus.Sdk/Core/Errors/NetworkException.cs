namespace Globus.Sdk;

/// <summary>
/// A request could not be completed because of the network: no answer arrived, or the connection
/// failed part way. <see cref="GlobusConnectionException"/> and <see cref="GlobusTimeoutException"/>
/// name the two common causes; the original exception is kept as <see cref="Exception.InnerException"/>.
/// </summary>
public class NetworkException : GlobusException
{
    /// <summary>Creates a network exception for a request.</summary>
    /// <param name="message">A readable description of the failure.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="url">The URL of the request, without credentials.</param>
    /// <param name="attempts">How many times the request was sent before the SDK gave up.</param>
    /// <param name="innerException">The exception raised by the HTTP stack.</param>
    public NetworkException(string message, string method, Uri url, int attempts, Exception? innerException = null)
        : base(message, innerException)
    {
        Method = method;
        Url = url;
        Attempts = attempts;
    }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The URL of the failed request.</summary>
    public Uri Url { get; }

    /// <summary>How many times the request was sent (1 when it was not retried).</summary>
    public int Attempts { get; }
}
