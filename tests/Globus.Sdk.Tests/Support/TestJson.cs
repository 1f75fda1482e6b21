using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Tests.Support;

/// <summary>Type infos for typed responses in tests that need no SDK model.</summary>
public static class TestJson
{
    /// <summary>Decodes any JSON object; anything else is a decoding failure.</summary>
    public static JsonTypeInfo<JsonElement> ObjectTypeInfo { get; } = JsonMetadataServices.CreateValueInfo<JsonElement>(
        new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, new ObjectOnlyConverter());

    private sealed class ObjectOnlyConverter : System.Text.Json.Serialization.JsonConverter<JsonElement>
    {
        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.StartObject
                ? JsonElement.ParseValue(ref reader)
                : throw new JsonException($"Expected a JSON object, found {reader.TokenType}.");

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
