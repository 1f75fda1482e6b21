namespace Globus.Sdk;

/// <summary>
/// An attempt took longer than the client's HTTP timeout (<see cref="GlobusClientOptions.HttpTimeout"/>,
/// 60 seconds unless configured). The caller's own cancellation is never reported this way: it is an
/// <see cref="OperationCanceledException"/>.
/// </summary>
public class GlobusTimeoutException : NetworkException
{
    /// <inheritdoc cref="NetworkException(string, string, Uri, int, Exception?)"/>
    public GlobusTimeoutException(string message, string method, Uri url, int attempts, Exception? innerException = null)
        : base(message, method, url, attempts, innerException)
    {
    }
}
