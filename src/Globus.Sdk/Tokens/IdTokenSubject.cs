using System.Text.Json;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Reads the <c>sub</c> claim (the identity id) of an id_token without checking its signature. That is
/// acceptable here because the token came straight from Globus Auth's token endpoint over TLS
/// (OpenID Connect Core 1.0, section 3.1.3.7), and it keeps storing tokens free of network calls;
/// code that must trust the claims should use <c>DecodeIdTokenAsync</c>.
/// </summary>
internal static class IdTokenSubject
{
    /// <returns>The subject, or null when there is no id_token or it cannot be read.</returns>
    public static string? Read(string? idToken)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var document = JsonDocument.Parse(Convert.FromBase64String(payload));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("sub", out var sub)
                && sub.ValueKind == JsonValueKind.String
                    ? sub.GetString()
                    : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // An unreadable id_token only costs the identity id; the tokens are still worth storing.
            return null;
        }
    }
}
