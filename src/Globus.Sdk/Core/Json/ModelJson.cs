// Runtime support: the shared steps of every model's JSON converter.
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk;

/// <summary>
/// The small, shared steps of every generated <see cref="JsonConverter{T}"/>: read one token of an
/// expected kind (JSON <c>null</c> reads as null), keep an unknown field, and write a property only
/// when it has a value. A token of the wrong kind is a <see cref="JsonException"/> naming the field, what
/// was expected and the byte where it was found.
/// </summary>
internal static class ModelJson
{
    /// <summary>Reads one item of a list; the reader is on the item's first token.</summary>
    public delegate T ItemReader<T>(ref Utf8JsonReader reader, string name);

    /// <summary>Writes one item of a list as a JSON value.</summary>
    public delegate void ItemWriter<T>(Utf8JsonWriter writer, T item);

    public static readonly IReadOnlyDictionary<string, JsonElement> NoAdditionalProperties =
        new ReadOnlyDictionary<string, JsonElement>(new Dictionary<string, JsonElement>());

    public static void ExpectStartObject(this ref Utf8JsonReader reader, string modelName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, modelName, "a JSON object");
        }
    }

    /// <summary>Moves to the next property of the current object: true on its name, false at the end of the object.</summary>
    public static bool NextPropertyName(this ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// The current property's name as unescaped UTF-8, matched by generated converters against <c>u8</c>
    /// literals with no string made; then moves onto the property's value.
    /// </summary>
    /// <remarks>
    /// The name is a slice of the reader's buffer, which stays valid while the converter reads the object; a
    /// name with escapes (or split across buffers) is unescaped into an array of its own.
    /// </remarks>
    public static ReadOnlySpan<byte> PropertyNameThenValue(this ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> name = reader.HasValueSequence || reader.ValueIsEscaped ? UnescapedName(ref reader) : reader.ValueSpan;
        reader.Read();
        return name;
    }

    /// <summary>Keeps an unknown field; the reader is on its value.</summary>
    public static void ReadAdditionalProperty(this ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> name, ref UnknownFields additional) =>
        additional.Add(ref reader, name);

    public static string? ReadString(this ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => RepeatedStrings.Get(ref reader),
        _ => throw Unexpected(ref reader, name, "a string"),
    };

    /// <summary>Reads a secret string (<c>x-globus-secret</c>): never shared through <see cref="RepeatedStrings"/>, so no table keeps it.</summary>
    public static string? ReadSecretString(this ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Unexpected(ref reader, name, "a string"),
    };

    public static int? ReadInt32(this ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
        _ => throw Unexpected(ref reader, name, "a 32-bit integer"),
    };

    public static long? ReadInt64(this ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt64(out var value) => value,
        _ => throw Unexpected(ref reader, name, "an integer"),
    };

    public static bool? ReadBoolean(this ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, name, "true or false"),
    };

    public static double? ReadDouble(this ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetDouble(out var value) => value,
        _ => throw Unexpected(ref reader, name, "a number"),
    };

    /// <summary>Reads any JSON value (free-form content) as an element that outlives the reader's buffer.</summary>
    public static JsonElement? ReadElement(this ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

    public static IReadOnlyList<string>? ReadStringList(this ref Utf8JsonReader reader, string name)
    {
        if (!StartList(ref reader, name, "a list of strings"))
        {
            return null;
        }

        var items = new ListBuilder<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.ReadString(name) ?? throw Unexpected(ref reader, name, "strings, not null,"));
        }

        return items.ToReadOnlyList();
    }

    public static IReadOnlyList<T>? ReadList<T>(
        this ref Utf8JsonReader reader, string name, JsonConverter<T> itemConverter, JsonSerializerOptions options)
    {
        if (!StartList(ref reader, name, $"a list of {typeof(T).Name}"))
        {
            return null;
        }

        var items = new ListBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(itemConverter.Read(ref reader, typeof(T), options)!);
        }

        return items.ToReadOnlyList();
    }

    /// <summary>Reads a list whose items are not models: numbers, booleans, free-form values or lists of them.</summary>
    public static IReadOnlyList<T>? ReadList<T>(this ref Utf8JsonReader reader, string name, ItemReader<T> readItem)
    {
        if (!StartList(ref reader, name, "a list"))
        {
            return null;
        }

        var items = new ListBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(readItem(ref reader, name));
        }

        return items.ToReadOnlyList();
    }

    public static string StringItem(ref Utf8JsonReader reader, string name) =>
        reader.ReadString(name) ?? throw Unexpected(ref reader, name, "strings, not null,");

    public static int Int32Item(ref Utf8JsonReader reader, string name) =>
        reader.ReadInt32(name) ?? throw Unexpected(ref reader, name, "32-bit integers, not null,");

    public static long Int64Item(ref Utf8JsonReader reader, string name) =>
        reader.ReadInt64(name) ?? throw Unexpected(ref reader, name, "integers, not null,");

    public static double DoubleItem(ref Utf8JsonReader reader, string name) =>
        reader.ReadDouble(name) ?? throw Unexpected(ref reader, name, "numbers, not null,");

    public static bool BooleanItem(ref Utf8JsonReader reader, string name) =>
        reader.ReadBoolean(name) ?? throw Unexpected(ref reader, name, "true or false, not null,");

    // A null item of a free-form list is kept as a JSON null, so the list writes back as it came.
    public static JsonElement ElementItem(ref Utf8JsonReader reader, string name) => JsonElement.ParseValue(ref reader);

    public static ItemReader<IReadOnlyList<T>> ListReader<T>(ItemReader<T> readItem) =>
        (ref Utf8JsonReader reader, string name) => reader.ReadList(name, readItem) ?? throw Unexpected(ref reader, name, "lists, not null,");

    /// <summary>Reads a nested model; JSON <c>null</c> reads as null.</summary>
    public static T? ReadModel<T>(this ref Utf8JsonReader reader, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : converter.Read(ref reader, typeof(T), options);

    /// <summary>
    /// Copies unknown fields into a dictionary nobody else holds, with each value cloned, so a model
    /// never changes after it is built and never depends on a document someone may dispose.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Freeze(IEnumerable<KeyValuePair<string, JsonElement>>? fields)
    {
        var copy = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in fields ?? [])
        {
            copy[name] = value.Clone();
        }

        return copy.Count == 0 ? NoAdditionalProperties : new ReadOnlyDictionary<string, JsonElement>(copy);
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, JsonElement? value)
    {
        if (value is { } element)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }

    public static void WriteOptional(this Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is not null)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }

    public static void WriteOptional<T>(
        this Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, JsonConverter<T> itemConverter, JsonSerializerOptions options)
    {
        if (items is not null)
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                itemConverter.Write(writer, item, options);
            }

            writer.WriteEndArray();
        }
    }

    public static void WriteOptional<T>(this Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, ItemWriter<T> writeItem)
    {
        if (items is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteList(items, writeItem);
        }
    }

    public static void WriteModel<T>(
        this Utf8JsonWriter writer, string name, T? item, JsonConverter<T> converter, JsonSerializerOptions options)
        where T : class
    {
        if (item is not null)
        {
            writer.WritePropertyName(name);
            converter.Write(writer, item, options);
        }
    }

    public static void WriteStringItem(Utf8JsonWriter writer, string item) => writer.WriteStringValue(item);

    public static void WriteInt32Item(Utf8JsonWriter writer, int item) => writer.WriteNumberValue(item);

    public static void WriteInt64Item(Utf8JsonWriter writer, long item) => writer.WriteNumberValue(item);

    public static void WriteDoubleItem(Utf8JsonWriter writer, double item) => writer.WriteNumberValue(item);

    public static void WriteBooleanItem(Utf8JsonWriter writer, bool item) => writer.WriteBooleanValue(item);

    public static void WriteElementItem(Utf8JsonWriter writer, JsonElement item) => item.WriteTo(writer);

    public static ItemWriter<IReadOnlyList<T>> ListWriter<T>(ItemWriter<T> writeItem) =>
        (writer, items) => writer.WriteList(items, writeItem);

    public static void WriteList<T>(this Utf8JsonWriter writer, IReadOnlyList<T> items, ItemWriter<T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    public static void WriteAdditionalProperties(this Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> additional)
    {
        foreach (var (name, value) in additional)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    private static byte[] UnescapedName(ref Utf8JsonReader reader)
    {
        var name = new byte[reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length];
        return name.AsSpan(0, reader.CopyString(name)).ToArray();
    }

    private static bool StartList(ref Utf8JsonReader reader, string name, string expected) => reader.TokenType switch
    {
        JsonTokenType.Null => false,
        JsonTokenType.StartArray => true,
        _ => throw Unexpected(ref reader, name, expected),
    };

    // Names the field and the byte, since the serializer's own path stops at the model being read.
    private static JsonException Unexpected(ref Utf8JsonReader reader, string name, string expected) =>
        new($"'{name}' should be {expected}, found {reader.TokenType} at byte {reader.TokenStartIndex}.");
}
