using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk;

/// <summary>
/// Typed reading of answers that are not one model but a collection of them: a top-level JSON array
/// (Groups' <c>my_groups</c>) or an object keyed by id (Groups' preferences by identity). A spec's
/// response names one model, so hand-written operations read these through the generated model's
/// type info, without reflection.
/// </summary>
internal static class ModelCollections
{
    // Options of their own: the descriptions built here resolve nothing through them.
    private static readonly JsonSerializerOptions CollectionOptions = new() { TypeInfoResolver = JsonTypeInfoResolver.Combine() };

    /// <summary>How to read and write a JSON array whose items are <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <param name="item">How to read and write one item.</param>
    public static JsonTypeInfo<IReadOnlyList<T>> ListOf<T>(JsonTypeInfo<T> item) =>
        JsonMetadataServices.CreateValueInfo<IReadOnlyList<T>>(CollectionOptions, new ListConverter<T>(item));

    /// <summary>How to read and write a JSON object whose members are <typeparamref name="T"/>, by member name.</summary>
    /// <typeparam name="T">The member model.</typeparam>
    /// <param name="member">How to read and write one member.</param>
    public static JsonTypeInfo<IReadOnlyDictionary<string, T>> MapOf<T>(JsonTypeInfo<T> member) =>
        JsonMetadataServices.CreateValueInfo<IReadOnlyDictionary<string, T>>(CollectionOptions, new MapConverter<T>(member));

    /// <summary>
    /// The entries of a caller's dictionary as JSON fields, to send as a request model's
    /// <see cref="GlobusModel.AdditionalProperties"/> (a document keyed by ids has no fixed properties).
    /// </summary>
    /// <typeparam name="T">The member model.</typeparam>
    /// <param name="entries">The caller's dictionary.</param>
    /// <param name="member">How to write one member.</param>
    /// <param name="parameterName">The argument the dictionary came in, named by the exceptions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">A key is empty or white space, or a value is null.</exception>
    public static Dictionary<string, JsonElement> ToFields<T>(IReadOnlyDictionary<string, T> entries, JsonTypeInfo<T> member, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entries, parameterName);
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new ArgumentException("A key is empty or white space; keys are ids.", parameterName);
            }

            if (value is null)
            {
                throw new ArgumentException($"The value of '{key}' is null.", parameterName);
            }

            fields[key] = JsonSerializer.SerializeToElement(value, member);
        }

        return fields;
    }

    private static T ReadItem<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> item) =>
        JsonSerializer.Deserialize(ref reader, item)
        ?? throw new JsonException($"An item is JSON null, not a {typeof(T).Name}.");

    private sealed class ListConverter<T>(JsonTypeInfo<T> item) : JsonConverter<IReadOnlyList<T>>
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected a JSON array of {typeof(T).Name}, not {reader.TokenType}.");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(ReadItem(ref reader, item));
            }

            return items.AsReadOnly();
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var entry in value)
            {
                JsonSerializer.Serialize(writer, entry, item);
            }

            writer.WriteEndArray();
        }
    }

    private sealed class MapConverter<T>(JsonTypeInfo<T> member) : JsonConverter<IReadOnlyDictionary<string, T>>
    {
        public override IReadOnlyDictionary<string, T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a JSON object of {typeof(T).Name} by key, not {reader.TokenType}.");
            }

            var members = new Dictionary<string, T>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                members[key] = ReadItem(ref reader, member);
            }

            return new ReadOnlyDictionary<string, T>(members);
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, entry) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, entry, member);
            }

            writer.WriteEndObject();
        }
    }
}
