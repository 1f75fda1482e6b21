namespace Globus.Sdk;

/// <summary>
/// The root of every exception the Globus SDK raises on its own account: an error answer from a
/// service (<see cref="GlobusApiException"/>), a failure to reach it (<see cref="NetworkException"/>),
/// or a misuse of the SDK (<see cref="GlobusSdkUsageException"/>).
/// </summary>
/// <remarks>
/// A single bad argument is reported with the standard <see cref="ArgumentException"/> family
/// instead, naming the parameter, before any request is sent.
/// </remarks>
public abstract class GlobusException : Exception
{
    /// <summary>Creates an exception with a message and, optionally, the exception that caused it.</summary>
    /// <param name="message">A readable description of what went wrong.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    protected GlobusException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
