using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// What an error says the caller must do to succeed next time: authorization parameters for a new
/// login, or scopes to consent to. Read through <see cref="GlobusApiException.Info"/>.
/// </summary>
/// <remarks>
/// Both parts are always available; check their <c>IsPresent</c>. Each is taken from the body's top
/// level when it is there, else from the first entry of its <c>errors</c> array that has it.
/// </remarks>
public sealed class GlobusErrorInfo
{
    private GlobusErrorInfo(AuthorizationParameterInfo authorizationParameters, ConsentRequiredInfo consentRequired)
    {
        AuthorizationParameters = authorizationParameters;
        ConsentRequired = consentRequired;
    }

    /// <summary>The authorization parameters for a new login; not present when the error carried none.</summary>
    public AuthorizationParameterInfo AuthorizationParameters { get; }

    /// <summary>The scopes of a <c>ConsentRequired</c> error; not present for any other error.</summary>
    public ConsentRequiredInfo ConsentRequired { get; }

    internal static GlobusErrorInfo None { get; } = new(AuthorizationParameterInfo.Absent, ConsentRequiredInfo.Absent);

    /// <summary>Looks in the body first, then in each error entry, keeping the first of each part found.</summary>
    internal static GlobusErrorInfo From(JsonElement body, IReadOnlyList<JsonElement> entries)
    {
        IEnumerable<JsonElement> documents = [body, .. entries];
        return new(
            documents.Select(AuthorizationParameterInfo.From).FirstOrDefault(info => info.IsPresent, AuthorizationParameterInfo.Absent),
            documents.Select(ConsentRequiredInfo.From).FirstOrDefault(info => info.IsPresent, ConsentRequiredInfo.Absent));
    }
}
