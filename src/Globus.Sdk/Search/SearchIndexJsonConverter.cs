// Hand-written until Foundation 4 generates models: schema GSearchIndex. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>Reads and writes <see cref="SearchIndex"/> in one pass over the JSON, without reflection.</summary>
public sealed class SearchIndexJsonConverter : JsonConverter<SearchIndex>
{
    internal static readonly SearchIndexJsonConverter Instance = new();

    /// <inheritdoc/>
    public override SearchIndex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.ExpectStartObject(nameof(SearchIndex));
        string? dataType = null, version = null, id = null, displayName = null, description = null, creationDate = null;
        string? subscriptionId = null, status = null;
        bool? isTrial = null;
        long? maxSizeInMb = null, sizeInMb = null, numSubjects = null, numEntries = null;
        IReadOnlyList<string>? permissions = null;
        Dictionary<string, JsonElement>? additional = null;
        while (reader.NextProperty() is { } wireName)
        {
            switch (wireName)
            {
                case "@datatype": dataType = reader.ReadString(wireName); break;
                case "@version": version = reader.ReadString(wireName); break;
                case "id": id = reader.ReadString(wireName); break;
                case "display_name": displayName = reader.ReadString(wireName); break;
                case "description": description = reader.ReadString(wireName); break;
                case "creation_date": creationDate = reader.ReadString(wireName); break;
                case "is_trial": isTrial = reader.ReadBoolean(wireName); break;
                case "subscription_id": subscriptionId = reader.ReadString(wireName); break;
                case "max_size_in_mb": maxSizeInMb = reader.ReadInt64(wireName); break;
                case "size_in_mb": sizeInMb = reader.ReadInt64(wireName); break;
                case "num_subjects": numSubjects = reader.ReadInt64(wireName); break;
                case "num_entries": numEntries = reader.ReadInt64(wireName); break;
                case "status": status = reader.ReadString(wireName); break;
                case "permissions": permissions = reader.ReadStringList(wireName); break;
                default: reader.ReadAdditionalProperty(wireName, ref additional); break;
            }
        }

        return new SearchIndex
        {
            DataType = dataType,
            Version = version,
            Id = id,
            DisplayName = displayName,
            Description = description,
            CreationDate = creationDate,
            IsTrial = isTrial,
            SubscriptionId = subscriptionId,
            MaxSizeInMb = maxSizeInMb,
            SizeInMb = sizeInMb,
            NumSubjects = numSubjects,
            NumEntries = numEntries,
            Status = status is null ? default(SearchIndexStatus?) : new SearchIndexStatus(status),
            Permissions = permissions,
            AdditionalProperties = additional ?? ModelJson.NoAdditionalProperties,
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SearchIndex value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteOptional("@datatype", value.DataType);
        writer.WriteOptional("@version", value.Version);
        writer.WriteOptional("id", value.Id);
        writer.WriteOptional("display_name", value.DisplayName);
        writer.WriteOptional("description", value.Description);
        writer.WriteOptional("creation_date", value.CreationDate);
        writer.WriteOptional("is_trial", value.IsTrial);
        writer.WriteOptional("subscription_id", value.SubscriptionId);
        writer.WriteOptional("max_size_in_mb", value.MaxSizeInMb);
        writer.WriteOptional("size_in_mb", value.SizeInMb);
        writer.WriteOptional("num_subjects", value.NumSubjects);
        writer.WriteOptional("num_entries", value.NumEntries);
        writer.WriteOptional("status", value.Status?.Value);
        writer.WriteOptional("permissions", value.Permissions);
        writer.WriteAdditionalProperties(value.AdditionalProperties);
        writer.WriteEndObject();
    }
}
