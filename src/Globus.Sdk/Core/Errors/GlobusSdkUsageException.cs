namespace Globus.Sdk;

/// <summary>
/// The SDK was used in a way that cannot work: two arguments that exclude each other, calls in the
/// wrong order (exchanging a code before starting a flow), or a configuration value (for example
/// an environment variable) that cannot be understood. Raised before any request is sent.
/// </summary>
public class GlobusSdkUsageException : GlobusException
{
    /// <summary>Creates a usage exception.</summary>
    /// <param name="message">What was misused and how to use it instead.</param>
    /// <param name="innerException">The exception that revealed the misuse, if any.</param>
    public GlobusSdkUsageException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
