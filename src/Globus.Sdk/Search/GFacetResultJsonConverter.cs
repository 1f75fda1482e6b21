// Hand-written until Foundation 4 generates models: schema GFacetResult. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>Reads and writes <see cref="GFacetResult"/> in one pass over the JSON, without reflection.</summary>
public sealed class GFacetResultJsonConverter : JsonConverter<GFacetResult>
{
    internal static readonly GFacetResultJsonConverter Instance = new();

    /// <inheritdoc/>
    public override GFacetResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.ExpectStartObject(nameof(GFacetResult));
        string? dataType = null, version = null, name = null;
        JsonElement? value = null;
        IReadOnlyList<GBucket>? buckets = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.NextProperty() is { } wireName)
        {
            switch (wireName)
            {
                case "@datatype": dataType = reader.ReadString(wireName); break;
                case "@version": version = reader.ReadString(wireName); break;
                case "name": name = reader.ReadString(wireName); break;
                case "value": value = reader.ReadElement(); break;
                case "buckets": buckets = reader.ReadList(wireName, GBucketJsonConverter.Instance, options); break;
                default: reader.ReadAdditionalProperty(wireName, ref additional); break;
            }
        }

        return new GFacetResult
        {
            DataType = dataType,
            Version = version,
            Name = name,
            Value = value,
            Buckets = buckets,
            AdditionalProperties = additional ?? ModelJson.NoAdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, GFacetResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteOptional("@datatype", value.DataType);
        writer.WriteOptional("@version", value.Version);
        writer.WriteOptional("name", value.Name);
        writer.WriteOptional("value", value.Value);
        writer.WriteOptional("buckets", value.Buckets, GBucketJsonConverter.Instance, options);
        writer.WriteAdditionalProperties(value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
