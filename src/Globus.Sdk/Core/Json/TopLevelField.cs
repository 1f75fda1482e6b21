using System.Buffers;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Reads one top-level string field of a JSON object body without building a document: what
/// <c>response.Data.GetProperty(name)</c> gives, for a caller that needs only that field of a large body (the
/// request id a log line quotes for every answer, a page of a thousand tasks included).
/// </summary>
/// <remarks>
/// Nested values are skipped token by token, with nothing allocated but the value found. The rules are those of
/// <see cref="JsonElement"/>: a field sent twice gives its last value, and a body that is not one JSON object
/// (malformed, truncated, content after it) has no fields.
/// </remarks>
internal static class TopLevelField
{
    /// <summary>The field's string value; null when it is absent, not a string, or the body is not a JSON object.</summary>
    public static string? ReadString(ReadOnlySequence<byte> body, ReadOnlySpan<byte> name)
    {
        try
        {
            var reader = body.IsSingleSegment ? new Utf8JsonReader(body.FirstSpan) : new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var matches = reader.ValueTextEquals(name);
                reader.Read();
                if (matches)
                {
                    value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            // Anything after the object means the body is not a JSON document.
            return reader.Read() ? null : value;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
