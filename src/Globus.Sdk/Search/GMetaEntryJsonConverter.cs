// Hand-written until Foundation 4 generates models: schema GMetaEntry. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>Reads and writes <see cref="GMetaEntry"/> in one pass over the JSON, without reflection.</summary>
public sealed class GMetaEntryJsonConverter : JsonConverter<GMetaEntry>
{
    internal static readonly GMetaEntryJsonConverter Instance = new();

    /// <inheritdoc/>
    public override GMetaEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.ExpectStartObject(nameof(GMetaEntry));
        JsonElement? content = null;
        string? entryId = null;
        IReadOnlyList<string>? matchedPrincipalSets = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.NextProperty() is { } wireName)
        {
            switch (wireName)
            {
                case "content": content = reader.ReadElement(); break;
                case "entry_id": entryId = reader.ReadString(wireName); break;
                case "matched_principal_sets": matchedPrincipalSets = reader.ReadStringList(wireName); break;
                default: reader.ReadAdditionalProperty(wireName, ref additional); break;
            }
        }

        return new GMetaEntry
        {
            Content = content,
            EntryId = entryId,
            MatchedPrincipalSets = matchedPrincipalSets,
            AdditionalProperties = additional ?? ModelJson.NoAdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, GMetaEntry value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteOptional("content", value.Content);
        writer.WriteOptional("entry_id", value.EntryId);
        writer.WriteOptional("matched_principal_sets", value.MatchedPrincipalSets);
        writer.WriteAdditionalProperties(value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
