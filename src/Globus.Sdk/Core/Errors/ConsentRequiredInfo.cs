using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// The scopes named by a <c>ConsentRequired</c> error: the user must consent to them (in a new login
/// flow that requests them) before the request can succeed.
/// </summary>
/// <remarks>
/// Always available: when the error was not a <c>ConsentRequired</c> error naming at least one scope,
/// <see cref="IsPresent"/> is false and <see cref="RequiredScopes"/> is empty.
/// </remarks>
public sealed class ConsentRequiredInfo
{
    private ConsentRequiredInfo(IReadOnlyList<string> requiredScopes)
    {
        RequiredScopes = requiredScopes;
    }

    /// <summary>Whether the error had the code <c>ConsentRequired</c> and named the scopes to consent to.</summary>
    public bool IsPresent => RequiredScopes.Count > 0;

    /// <summary>The scopes the user must consent to; empty when <see cref="IsPresent"/> is false.</summary>
    public IReadOnlyList<string> RequiredScopes { get; }

    internal static ConsentRequiredInfo Absent { get; } = new([]);

    /// <summary>
    /// The consent requirement of one error document: its <c>required_scopes</c> list, else its single
    /// <c>required_scope</c> (older action providers), else the scopes in its authorization parameters.
    /// </summary>
    internal static ConsentRequiredInfo From(JsonElement document)
    {
        if (ErrorJson.String(document, "code") != "ConsentRequired")
        {
            return Absent;
        }

        var scopes = ErrorJson.Strings(document, "required_scopes");
        if (scopes.Count == 0 && ErrorJson.String(document, "required_scope") is { } single)
        {
            scopes = [single];
        }

        if (scopes.Count == 0)
        {
            scopes = AuthorizationParameterInfo.From(document).RequiredScopes;
        }

        return scopes.Count == 0 ? Absent : new(scopes);
    }
}
