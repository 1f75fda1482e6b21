// Hand-written until Foundation 4 generates models: schema GBucket. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>Reads and writes <see cref="GBucket"/> in one pass over the JSON, without reflection.</summary>
public sealed class GBucketJsonConverter : JsonConverter<GBucket>
{
    internal static readonly GBucketJsonConverter Instance = new();

    /// <inheritdoc/>
    public override GBucket Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.ExpectStartObject(nameof(GBucket));
        string? dataType = null, version = null;
        JsonElement? value = null;
        long? count = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.NextProperty() is { } wireName)
        {
            switch (wireName)
            {
                case "@datatype": dataType = reader.ReadString(wireName); break;
                case "@version": version = reader.ReadString(wireName); break;
                case "value": value = reader.ReadElement(); break;
                case "count": count = reader.ReadInt64(wireName); break;
                default: reader.ReadAdditionalProperty(wireName, ref additional); break;
            }
        }

        return new GBucket
        {
            DataType = dataType,
            Version = version,
            Value = value,
            Count = count,
            AdditionalProperties = additional ?? ModelJson.NoAdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, GBucket value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteOptional("@datatype", value.DataType);
        writer.WriteOptional("@version", value.Version);
        writer.WriteOptional("value", value.Value);
        writer.WriteOptional("count", value.Count);
        writer.WriteAdditionalProperties(value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
