// Hand-written until Foundation 4 generates models: schema GSearchResult. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>Reads and writes <see cref="SearchResult"/> in one pass over the JSON, without reflection.</summary>
public sealed class SearchResultJsonConverter : JsonConverter<SearchResult>
{
    internal static readonly SearchResultJsonConverter Instance = new();

    /// <inheritdoc/>
    public override SearchResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.ExpectStartObject(nameof(SearchResult));
        string? dataType = null, version = null;
        IReadOnlyList<GMetaResult>? gmeta = null;
        IReadOnlyList<GFacetResult>? facetResults = null;
        int? count = null, offset = null;
        long? total = null;
        bool? hasNextPage = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.NextProperty() is { } wireName)
        {
            switch (wireName)
            {
                case "@datatype": dataType = reader.ReadString(wireName); break;
                case "@version": version = reader.ReadString(wireName); break;
                case "gmeta": gmeta = reader.ReadList(wireName, GMetaResultJsonConverter.Instance, options); break;
                case "facet_results": facetResults = reader.ReadList(wireName, GFacetResultJsonConverter.Instance, options); break;
                case "count": count = reader.ReadInt32(wireName); break;
                case "total": total = reader.ReadInt64(wireName); break;
                case "offset": offset = reader.ReadInt32(wireName); break;
                case "has_next_page": hasNextPage = reader.ReadBoolean(wireName); break;
                default: reader.ReadAdditionalProperty(wireName, ref additional); break;
            }
        }

        return new SearchResult
        {
            DataType = dataType,
            Version = version,
            GMeta = gmeta,
            FacetResults = facetResults,
            Count = count,
            Total = total,
            Offset = offset,
            HasNextPage = hasNextPage,
            AdditionalProperties = additional ?? ModelJson.NoAdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SearchResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteOptional("@datatype", value.DataType);
        writer.WriteOptional("@version", value.Version);
        writer.WriteOptional("gmeta", value.GMeta, GMetaResultJsonConverter.Instance, options);
        writer.WriteOptional("facet_results", value.FacetResults, GFacetResultJsonConverter.Instance, options);
        writer.WriteOptional("count", value.Count);
        writer.WriteOptional("total", value.Total);
        writer.WriteOptional("offset", value.Offset);
        writer.WriteOptional("has_next_page", value.HasNextPage);
        writer.WriteAdditionalProperties(value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
