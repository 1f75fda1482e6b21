using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Finds the credentials a JSON document carries in fields named as secrets (an <c>access_token</c>, a
/// <c>client_secret</c>, ...), at any depth: those a service echoed in an error body, and those of a JSON
/// request body. <see cref="Redactor"/> keeps them out of rendered text.
/// </summary>
internal static class BodySecretRedaction
{
    /// <summary>Shorter values are not credentials, and replacing them would garble the rest of the text.</summary>
    public const int MinimumSecretLength = 8;

    public static IEnumerable<string> SecretValues(JsonElement body)
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
