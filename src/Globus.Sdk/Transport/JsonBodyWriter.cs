using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Transport;

/// <summary>
/// Writes a request body given as plain .NET values (dictionaries, lists, strings, numbers, booleans,
/// GUIDs, dates, <see cref="JsonNode"/> and <see cref="JsonElement"/>, the SDK's models and its value types)
/// as JSON, without reflection, so the SDK stays trimming- and AOT-safe. Every value is written as the
/// service reads it: the SDK's enum-like types as their wire value (<see cref="IJsonWireValue"/>). A C# enum
/// is refused, since only its wire value could be right and no C# enum carries one the SDK can read without
/// reflection; anything else unknown is refused too, before a request is sent.
/// </summary>
internal static class JsonBodyWriter
{
    private const int MaxDepth = 64;

    public static byte[] Write(object? data, string parameterName)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer, data, parameterName, depth: 0);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, string parameterName, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The JSON body is nested more than {MaxDepth} levels deep (a cycle?).", parameterName);
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case IJsonBody body:
                body.WriteTo(writer);
                break;
            case IJsonWireValue wireValue:
                wireValue.WriteWireValue(writer, parameterName);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonDocument document:
                document.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Guid guid:
                writer.WriteStringValue(guid);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment);
                break;
            case DateTime moment:
                writer.WriteStringValue(moment);
                break;
            case Enum enumValue:
                throw new ArgumentException(
                    $"The {enumValue.GetType().Name} value {enumValue} is a C# enum, whose JSON value the SDK cannot know: "
                    + "send the value the service expects, as a string or number.",
                    parameterName);
            case int or long or short or sbyte or byte or ushort or uint or ulong or decimal:
                writer.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key as string
                        ?? throw new ArgumentException("JSON object keys must be strings.", parameterName));
                    WriteValue(writer, entry.Value, parameterName, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item, parameterName, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item, parameterName, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"A value of type {value.GetType()} cannot be sent as JSON. Use a dictionary, a list, a JsonNode, "
                    + "a JsonElement, a primitive value or an SDK model.",
                    parameterName);
        }
    }
}
