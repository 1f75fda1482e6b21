using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// The <c>authorization_parameters</c> of an error: what the user's session must gain (another
/// identity, a policy, multi-factor authentication, more scopes) before the request can succeed.
/// Pass them to a new login flow to let the user meet them.
/// </summary>
/// <remarks>
/// Always available, also when the error carried none: <see cref="IsPresent"/> is then false, the
/// lists are empty and the single values are null. A field of an unexpected type reads as absent.
/// </remarks>
public sealed class AuthorizationParameterInfo
{
    private AuthorizationParameterInfo()
    {
    }

    private AuthorizationParameterInfo(JsonElement parameters)
    {
        IsPresent = true;
        SessionMessage = ErrorJson.String(parameters, "session_message");
        SessionRequiredIdentities = ErrorJson.Strings(parameters, "session_required_identities");
        SessionRequiredPolicies = ErrorJson.Strings(parameters, "session_required_policies", commaSeparated: true);
        SessionRequiredSingleDomain = ErrorJson.Strings(parameters, "session_required_single_domain", commaSeparated: true);
        SessionRequiredMfa = ErrorJson.Boolean(parameters, "session_required_mfa");
        RequiredScopes = ErrorJson.Strings(parameters, "required_scopes");
        Prompt = ErrorJson.String(parameters, "prompt");
    }

    /// <summary>Whether the error carried an <c>authorization_parameters</c> object.</summary>
    public bool IsPresent { get; }

    /// <summary>A message from the service to show the user when asking them to log in again, or null.</summary>
    public string? SessionMessage { get; }

    /// <summary>Ids of the identities the session must include; empty when none is required.</summary>
    public IReadOnlyList<string> SessionRequiredIdentities { get; } = [];

    /// <summary>Ids of the authentication policies the session must satisfy; empty when none is required.</summary>
    public IReadOnlyList<string> SessionRequiredPolicies { get; } = [];

    /// <summary>Domains of which the session must include an identity (the user picks one); empty when none is required.</summary>
    public IReadOnlyList<string> SessionRequiredSingleDomain { get; } = [];

    /// <summary>Whether the session must have used multi-factor authentication, or null when the service did not say.</summary>
    public bool? SessionRequiredMfa { get; }

    /// <summary>Scopes the user must consent to; empty when none is named.</summary>
    public IReadOnlyList<string> RequiredScopes { get; } = [];

    /// <summary>The <c>prompt</c> to send to Globus Auth with the new login (such as <c>login</c>), or null.</summary>
    public string? Prompt { get; }

    internal static AuthorizationParameterInfo Absent { get; } = new();

    /// <summary>The parameters of one error document, or <see cref="Absent"/> when it has none.</summary>
    internal static AuthorizationParameterInfo From(JsonElement document) =>
        ErrorJson.Object(document, "authorization_parameters") is { } parameters ? new(parameters) : Absent;
}
