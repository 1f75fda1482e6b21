namespace Globus.Sdk;

/// <summary>
/// The command-line login read the end of its input where the authorization code was expected (the
/// program is not running in an interactive terminal). Python's <c>CommandLineLoginFlowEOFError</c>.
/// </summary>
public class CommandLineLoginFlowEofException : GlobusException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    public CommandLineLoginFlowEofException(string message)
        : base(message)
    {
    }
}
