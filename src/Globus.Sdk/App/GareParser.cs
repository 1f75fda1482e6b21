using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Reads a Globus Auth Requirements Error (GARE) out of an error document, in every shape the Python
/// SDK's <c>to_gare</c> accepts, first match wins: the canonical one (<c>code</c> and
/// <c>authorization_parameters</c>), legacy <c>authorization_parameters</c> alone, Transfer's
/// <c>ConsentRequired</c> (<c>required_scopes</c>, the <c>message</c> as session message), Action
/// Providers' <c>ConsentRequired</c> (<c>required_scope</c>, the <c>description</c>), and Globus Auth's
/// <c>dependent_consent_required</c> (the first error's <c>unapproved_scopes</c>). The body is tried
/// first, then each entry of its <c>errors</c> array.
/// </summary>
internal static class GareParser
{
    public static GlobusAuthorizationParameters? Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return FromDocument(body) ?? ErrorJson.Objects(body, "errors").Select(FromDocument).FirstOrDefault(p => p is not null);
    }

    private static GlobusAuthorizationParameters? FromDocument(JsonElement document)
    {
        if (ErrorJson.Object(document, "authorization_parameters") is { } parameters)
        {
            // The canonical GARE and the legacy authorization parameters error read the same fields.
            return new GlobusAuthorizationParameters
            {
                SessionMessage = ErrorJson.String(parameters, "session_message"),
                SessionRequiredIdentities = NullWhenEmpty(ErrorJson.Strings(parameters, "session_required_identities")),
                SessionRequiredPolicies = NullWhenEmpty(ErrorJson.Strings(parameters, "session_required_policies", commaSeparated: true)),
                SessionRequiredSingleDomain = NullWhenEmpty(ErrorJson.Strings(parameters, "session_required_single_domain", commaSeparated: true)),
                SessionRequiredMfa = ErrorJson.Boolean(parameters, "session_required_mfa"),
                RequiredScopes = NullWhenEmpty(ErrorJson.Strings(parameters, "required_scopes")),
                Prompt = ErrorJson.String(parameters, "prompt"),
            };
        }

        if (ErrorJson.String(document, "code") == "ConsentRequired")
        {
            if (ErrorJson.Strings(document, "required_scopes") is { Count: > 0 } scopes)
            {
                return new GlobusAuthorizationParameters { RequiredScopes = scopes, SessionMessage = ErrorJson.String(document, "message") };
            }

            if (ErrorJson.String(document, "required_scope") is { } scope)
            {
                return new GlobusAuthorizationParameters { RequiredScopes = [scope], SessionMessage = ErrorJson.String(document, "description") };
            }
        }

        if (ErrorJson.String(document, "error") == "dependent_consent_required"
            && ErrorJson.Objects(document, "errors") is { Count: > 0 } errors)
        {
            return new GlobusAuthorizationParameters { RequiredScopes = ErrorJson.Strings(errors[0], "unapproved_scopes") };
        }

        return null;
    }

    private static IReadOnlyList<string>? NullWhenEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
