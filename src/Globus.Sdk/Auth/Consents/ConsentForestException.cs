namespace Globus.Sdk.Auth;

/// <summary>
/// Consents could not be arranged into a <see cref="ConsentForest"/> (Python's <c>ConsentParseError</c> and
/// <c>ConsentTreeConstructionError</c>): a consent lacks its id or dependency path, or names a parent consent
/// that is not among them.
/// </summary>
public class ConsentForestException : GlobusException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="consents">The consents that were given.</param>
    public ConsentForestException(string message, IReadOnlyList<Consent> consents)
        : base(message)
    {
        Consents = consents;
    }

    /// <summary>The consents that were given, for a closer look.</summary>
    public IReadOnlyList<Consent> Consents { get; }
}
