// Hand-written until Foundation 4 generates models: schema GMetaResult. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>Reads and writes <see cref="GMetaResult"/> in one pass over the JSON, without reflection.</summary>
public sealed class GMetaResultJsonConverter : JsonConverter<GMetaResult>
{
    internal static readonly GMetaResultJsonConverter Instance = new();

    /// <inheritdoc/>
    public override GMetaResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.ExpectStartObject(nameof(GMetaResult));
        string? dataType = null, version = null, subject = null;
        IReadOnlyList<GMetaEntry>? entries = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.NextProperty() is { } wireName)
        {
            switch (wireName)
            {
                case "@datatype": dataType = reader.ReadString(wireName); break;
                case "@version": version = reader.ReadString(wireName); break;
                case "subject": subject = reader.ReadString(wireName); break;
                case "entries": entries = reader.ReadList(wireName, GMetaEntryJsonConverter.Instance, options); break;
                default: reader.ReadAdditionalProperty(wireName, ref additional); break;
            }
        }

        return new GMetaResult
        {
            DataType = dataType,
            Version = version,
            Subject = subject,
            Entries = entries,
            AdditionalProperties = additional ?? ModelJson.NoAdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, GMetaResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteOptional("@datatype", value.DataType);
        writer.WriteOptional("@version", value.Version);
        writer.WriteOptional("subject", value.Subject);
        writer.WriteOptional("entries", value.Entries, GMetaEntryJsonConverter.Instance, options);
        writer.WriteAdditionalProperties(value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
