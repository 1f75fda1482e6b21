// Hand-written until Foundation 4 generates models: one resolver per service. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Search;

/// <summary>
/// Describes the Search models to <see cref="JsonSerializer"/> without reflection, so they can be
/// read and written in trimmed and native AOT applications, with the service's field names.
/// </summary>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(index, SearchJsonContext.Default.SearchIndex);
/// var again = JsonSerializer.Deserialize(json, SearchJsonContext.Default.SearchIndex);
/// // Beside your own source-generated context:
/// var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(SearchJsonContext.Default, MyAppJsonContext.Default) };
/// </code>
/// </example>
public sealed class SearchJsonContext : IJsonTypeInfoResolver
{
    private SearchJsonContext()
    {
        Options = new JsonSerializerOptions { TypeInfoResolver = this };
        Options.MakeReadOnly();
    }

    /// <summary>The shared instance.</summary>
    public static SearchJsonContext Default { get; } = new();

    /// <summary>Read-only options that resolve the Search models through this context.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>How to read and write <see cref="Search.SearchIndex"/>.</summary>
    public JsonTypeInfo<SearchIndex> SearchIndex => Get<SearchIndex>();

    /// <summary>How to read and write <see cref="Search.SearchResult"/>.</summary>
    public JsonTypeInfo<SearchResult> SearchResult => Get<SearchResult>();

    /// <summary>How to read and write <see cref="Search.GMetaResult"/>.</summary>
    public JsonTypeInfo<GMetaResult> GMetaResult => Get<GMetaResult>();

    /// <summary>How to read and write <see cref="Search.GMetaEntry"/>.</summary>
    public JsonTypeInfo<GMetaEntry> GMetaEntry => Get<GMetaEntry>();

    /// <summary>How to read and write <see cref="Search.GFacetResult"/>.</summary>
    public JsonTypeInfo<GFacetResult> GFacetResult => Get<GFacetResult>();

    /// <summary>How to read and write <see cref="Search.GBucket"/>.</summary>
    public JsonTypeInfo<GBucket> GBucket => Get<GBucket>();

    /// <summary>Describes a Search model for the given options; null for any other type.</summary>
    /// <param name="type">The type to describe.</param>
    /// <param name="options">The options the description is for.</param>
    /// <returns>The description, or null when <paramref name="type"/> is not a Search model.</returns>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(SearchIndex) ? JsonMetadataServices.CreateValueInfo<SearchIndex>(options, SearchIndexJsonConverter.Instance)
        : type == typeof(SearchResult) ? JsonMetadataServices.CreateValueInfo<SearchResult>(options, SearchResultJsonConverter.Instance)
        : type == typeof(GMetaResult) ? JsonMetadataServices.CreateValueInfo<GMetaResult>(options, GMetaResultJsonConverter.Instance)
        : type == typeof(GMetaEntry) ? JsonMetadataServices.CreateValueInfo<GMetaEntry>(options, GMetaEntryJsonConverter.Instance)
        : type == typeof(GFacetResult) ? JsonMetadataServices.CreateValueInfo<GFacetResult>(options, GFacetResultJsonConverter.Instance)
        : type == typeof(GBucket) ? JsonMetadataServices.CreateValueInfo<GBucket>(options, GBucketJsonConverter.Instance)
        : null;

    // Options cache what they resolve, so each description is built once.
    private JsonTypeInfo<T> Get<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
