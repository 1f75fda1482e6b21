using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Keeps credentials that a service echoed in an error body (an <c>access_token</c>, a
/// <c>client_secret</c>, ...) out of text built from that body, such as an exception's message:
/// a service message may quote the very value it rejected.
/// </summary>
internal static class BodySecretRedaction
{
    // Shorter values are not credentials, and replacing them would garble the rest of the text.
    private const int MinimumSecretLength = 8;

    public static string Redact(string text, JsonElement body, IEnumerable<string>? moreSecrets = null)
    {
        var secrets = SecretValues(body).Concat(moreSecrets?.Where(s => s.Length >= MinimumSecretLength) ?? []);
        foreach (var secret in secrets.Distinct(StringComparer.Ordinal).OrderByDescending(value => value.Length))
        {
            text = text.Replace(secret, SecretRedaction.Redacted, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<string> SecretValues(JsonElement body)
    {
        // An explicit stack: the body's nesting is the server's choice, not bounded by this code.
        var pending = new Stack<JsonElement>([body]);
        while (pending.TryPop(out var element))
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (SecretRedaction.IsSecretName(ErrorJson.Name(property)) && ErrorJson.Text(property.Value) is { Length: >= MinimumSecretLength } secret)
                    {
                        yield return secret;
                    }

                    pending.Push(property.Value);
                }
            }
        }
    }
}
