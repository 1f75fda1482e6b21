using System.Text.Json;

namespace Globus.Sdk;

/// <summary>Reads the service's code, messages and request id out of an error body.</summary>
internal static class ErrorDocumentParser
{
    public static ParsedError Parse(GlobusResponse response)
    {
        var data = response.Data;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return new ParsedError(null, [], null);
        }

        var code = ReadString(data, "code");
        var requestId = ReadString(data, "request_id");
        var messages = new List<string>();
        if (ReadString(data, "message") is { } message)
        {
            messages.Add(message);
        }

        return new ParsedError(code, messages, requestId);
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
