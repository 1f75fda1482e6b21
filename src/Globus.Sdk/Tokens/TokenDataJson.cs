using System.Text.Json;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Reads and writes <see cref="TokenStorageData"/> as the JSON object both the Python SDK and this one
/// store: by hand over <see cref="Utf8JsonWriter"/> and <see cref="JsonElement"/>, so no reflection and
/// nothing for the trimmer to lose.
/// </summary>
internal static class TokenDataJson
{
    private static readonly HashSet<string> KnownNames = new(StringComparer.Ordinal)
    {
        "resource_server", "identity_id", "scope", "access_token", "refresh_token", "expires_at_seconds", "token_type", "extra",
    };

    public static void Write(Utf8JsonWriter writer, TokenStorageData data)
    {
        writer.WriteStartObject();
        writer.WriteString("resource_server", data.ResourceServer);
        writer.WriteString("identity_id", data.IdentityId);
        writer.WriteString("scope", data.Scope);
        writer.WriteString("access_token", data.AccessToken);
        writer.WriteString("refresh_token", data.RefreshToken);
        writer.WriteNumber("expires_at_seconds", data.ExpiresAtSeconds);
        writer.WriteString("token_type", data.TokenType);
        writer.WritePropertyName("extra");
        writer.WriteStartObject();
        foreach (var (name, value) in data.Extra)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static string Serialize(TokenStorageData data)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, data);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one entry; <paramref name="fallbackResourceServer"/> is its key, used when the entry does not name its resource server.</summary>
    /// <exception cref="FormatException">The entry is not token data. The message names fields, never values.</exception>
    public static TokenStorageData Read(JsonElement element, string fallbackResourceServer)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"the entry for '{fallbackResourceServer}' is a JSON {element.ValueKind}, not an object");
        }

        var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("extra") && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var item in property.Value.EnumerateObject())
                {
                    extra[item.Name] = item.Value;
                }
            }
            else if (!KnownNames.Contains(property.Name))
            {
                // Fields an older or newer writer added survive a read-modify-write instead of being dropped.
                extra[property.Name] = property.Value;
            }
        }

        return new TokenStorageData(
            String(element, "resource_server", required: false) ?? fallbackResourceServer,
            String(element, "identity_id", required: false),
            String(element, "scope", required: false) ?? string.Empty,
            String(element, "access_token", required: true)!,
            String(element, "refresh_token", required: false),
            ExpiresAt(element),
            String(element, "token_type", required: false),
            extra);
    }

    private static string? String(JsonElement element, string name, bool required)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new FormatException($"the field '{name}' is missing") : null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"the field '{name}' is a JSON {value.ValueKind}, not a string");
    }

    private static long ExpiresAt(JsonElement element)
    {
        if (!element.TryGetProperty("expires_at_seconds", out var value))
        {
            throw new FormatException("the field 'expires_at_seconds' is missing");
        }

        // Python writes an int; a float from some other writer is accepted and truncated.
        return value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt64(out var seconds) ? seconds : (long)value.GetDouble()
            : throw new FormatException($"the field 'expires_at_seconds' is a JSON {value.ValueKind}, not a number");
    }
}
