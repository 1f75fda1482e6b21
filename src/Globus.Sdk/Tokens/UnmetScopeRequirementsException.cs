namespace Globus.Sdk.Tokens;

/// <summary>The stored token lacks a scope the app requires. Python's <c>UnmetScopeRequirementsError</c>.</summary>
public class UnmetScopeRequirementsException : TokenValidationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which resource server's requirements are unmet.</param>
    /// <param name="scopeRequirements">The app's scope requirements when the check failed.</param>
    public UnmetScopeRequirementsException(string message, IReadOnlyDictionary<string, IReadOnlyList<Scope>> scopeRequirements)
        : base(message)
    {
        ScopeRequirements = scopeRequirements;
    }

    /// <summary>The app's scope requirements when the check failed, by resource server.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Scope>> ScopeRequirements { get; }
}
