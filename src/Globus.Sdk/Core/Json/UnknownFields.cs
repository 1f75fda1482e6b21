// Runtime support: the fields a generated converter does not know, kept as their JSON text.
using System.Buffers;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Collects the fields a model does not know while its converter reads, as the UTF-8 text of one JSON
/// object (<c>{"is_ok":true,...}</c>) copied from the body: no document, dictionary or string per field.
/// <see cref="GlobusModel.AdditionalProperties"/> builds its dictionary from that text only when asked.
/// </summary>
/// <remarks>A mutable struct held in a converter's local; it rents its buffer from the shared pool and returns it in <see cref="ToJson"/>.</remarks>
internal struct UnknownFields
{
    private byte[]? _buffer;
    private int _length;

    /// <summary>Keeps the field <paramref name="name"/>; the reader is on its value and is left on the value's last token.</summary>
    public void Add(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name)
    {
        Append(_length == 0 ? "{\""u8 : ",\""u8);
        // The name is unescaped; writing it back as JSON needs escaping only for what JSON forbids raw.
        AppendEscaped(name);
        Append("\":"u8);
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.HasValueSequence:
                // The value's text as sent, escapes and all: still a valid JSON string between quotes.
                Append("\""u8);
                Append(reader.ValueSpan);
                Append("\""u8);
                break;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null when !reader.HasValueSequence:
                Append(reader.ValueSpan);
                break;
            default:
                // Objects and arrays (and values split across buffers): rare, so they take the general road.
                AppendElement(JsonElement.ParseValue(ref reader));
                break;
        }
    }

    /// <summary>The fields as one JSON object, or null when there were none; the pooled buffer goes back.</summary>
    public byte[]? ToJson()
    {
        if (_buffer is null)
        {
            return null;
        }

        Append("}"u8);
        var json = _buffer.AsSpan(0, _length).ToArray();
        ArrayPool<byte>.Shared.Return(_buffer, clearArray: true);
        _buffer = null;
        _length = 0;
        return json;
    }

    /// <summary>The dictionary view of <see cref="ToJson"/>'s text: values in one document of their own, in the order received.</summary>
    public static IReadOnlyDictionary<string, JsonElement> View(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in JsonElement.ParseValue(ref reader).EnumerateObject())
        {
            // A name sent twice keeps its last value, as the dictionary filled while reading did.
            fields[field.Name] = field.Value;
        }

        return new ReadOnlyDictionary<string, JsonElement>(fields);
    }

    private void AppendElement(JsonElement element)
    {
        var writer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(writer))
        {
            element.WriteTo(json);
        }

        Append(writer.WrittenSpan);
    }

    private void AppendEscaped(ReadOnlySpan<byte> name)
    {
        if (name.IndexOfAny("\"\\"u8) < 0 && !ContainsControl(name))
        {
            Append(name);
            return;
        }

        var writer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(writer))
        {
            json.WriteStringValue(name);
        }

        // Without the quotes the writer put around it.
        Append(writer.WrittenSpan[1..^1]);
    }

    private static bool ContainsControl(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b < 0x20)
            {
                return true;
            }
        }

        return false;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var needed = _length + bytes.Length + 1;
        if (_buffer is null || needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(256, needed * 2));
            if (_buffer is not null)
            {
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer, clearArray: true);
            }

            _buffer = larger;
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }
}
