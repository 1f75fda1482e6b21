using System.Text.Json.Nodes;

namespace Globus.Sdk.Search;

/// <summary>
/// The Python SDK's <c>SearchQueryV1</c>: a query document in the current format (<c>"@version": "query#1.0.0"</c>)
/// for <see cref="SearchClient.PostSearchAsync"/>. Each property is one top-level field with the service's name;
/// a field that was never set is not sent, and one set to null is sent as <c>null</c>.
/// </summary>
/// <remarks>
/// Filters, facets, boosts and sorts are JSON objects with the service's field names (<c>GFilter</c>,
/// <c>GFacet</c>, <c>GBoost</c>, <c>GSort</c>); any other field can be set with the indexer.
/// <see cref="PayloadDocument.Remove(string)"/> unsets a field again.
/// </remarks>
/// <example>
/// <code>
/// var query = new SearchQueryV1(
///     q: "temperature",
///     limit: 20,
///     filters: [new JsonObject { ["type"] = "match_any", ["field_name"] = "station", ["values"] = new JsonArray("46042") }],
///     sort: [new JsonObject { ["field_name"] = "date", ["order"] = "desc" }]);
/// query.BypassVisibleTo = true;
/// var page = await searchClient.PostSearchAsync(indexId, query);
/// </code>
/// </example>
public sealed class SearchQueryV1 : SearchQueryDocument
{
    /// <summary>The value of the <c>@version</c> field this document is created with.</summary>
    public const string QueryVersion = "query#1.0.0";

    /// <summary>
    /// Creates a query document with <c>@version</c> and the given fields set; a null argument leaves its field unset.
    /// </summary>
    /// <param name="q">The query string (<c>q</c>); required by the service unless there are filters.</param>
    /// <param name="limit">How many results one page holds (<c>limit</c>, the service's default is 10).</param>
    /// <param name="offset">How many results to skip (<c>offset</c>, the service's default is 0).</param>
    /// <param name="advanced">Whether <paramref name="q"/> uses the advanced query syntax (<c>advanced</c>).</param>
    /// <param name="filters">Filters applied to the results (<c>filters</c>).</param>
    /// <param name="facets">Facets counted over the results (<c>facets</c>).</param>
    /// <param name="postFacetFilters">Filters applied after the facets were counted (<c>post_facet_filters</c>).</param>
    /// <param name="boosts">Field weights for ranking (<c>boosts</c>).</param>
    /// <param name="sort">Fields the results are ordered by (<c>sort</c>).</param>
    /// <param name="additionalFields">Further top-level fields, set last, so they win over the arguments above.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> or <paramref name="offset"/> is negative.</exception>
    /// <example><code>var query = new SearchQueryV1(q: "ocean", limit: 5, advanced: true);</code></example>
    public SearchQueryV1(
        string? q = null,
        int? limit = null,
        int? offset = null,
        bool? advanced = null,
        JsonArray? filters = null,
        JsonArray? facets = null,
        JsonArray? postFacetFilters = null,
        JsonArray? boosts = null,
        JsonArray? sort = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        SetField("@version", QueryVersion);
        SetIfGiven("q", q);
        SetIfGiven("limit", NotNegative(limit, nameof(limit)));
        SetIfGiven("offset", NotNegative(offset, nameof(offset)));
        SetIfGiven("advanced", advanced);
        SetIfGiven("filters", Adopt(filters));
        SetIfGiven("facets", Adopt(facets));
        SetIfGiven("post_facet_filters", Adopt(postFacetFilters));
        SetIfGiven("boosts", Adopt(boosts));
        SetIfGiven("sort", Adopt(sort));
        SetAll(additionalFields);
    }

    /// <summary>The query string (<c>q</c>).</summary>
    /// <example><code>query.Q = "author: \"Ada Lovelace\"";</code></example>
    public string? Q { get => GetString("q"); set => SetField("q", value); }

    /// <summary>How many results one page holds (<c>limit</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    /// <example><code>query.Limit = 50;</code></example>
    public int? Limit { get => GetValue<int>("limit"); set => SetField("limit", NotNegative(value, nameof(value))); }

    /// <summary>How many results to skip (<c>offset</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    /// <example><code>query.Offset = 100;</code></example>
    public int? Offset { get => GetValue<int>("offset"); set => SetField("offset", NotNegative(value, nameof(value))); }

    /// <summary>Whether the query string uses the advanced query syntax (<c>advanced</c>).</summary>
    /// <example><code>query.Advanced = true;</code></example>
    public bool? Advanced { get => GetValue<bool>("advanced"); set => SetField("advanced", value); }

    /// <summary>Filters applied to the results (<c>filters</c>): <c>GFilter</c> objects.</summary>
    /// <example><code>query.Filters = [new JsonObject { ["type"] = "exists", ["field_name"] = "doi" }];</code></example>
    public JsonArray? Filters { get => GetArray("filters"); set => SetNode("filters", value); }

    /// <summary>Facets counted over the results (<c>facets</c>): <c>GFacet</c> objects.</summary>
    /// <example><code>query.Facets = [new JsonObject { ["type"] = "terms", ["field_name"] = "station", ["size"] = 5 }];</code></example>
    public JsonArray? Facets { get => GetArray("facets"); set => SetNode("facets", value); }

    /// <summary>Filters applied after the facets were counted (<c>post_facet_filters</c>): <c>GFilter</c> objects.</summary>
    /// <example><code>query.PostFacetFilters = [new JsonObject { ["type"] = "match_any", ["field_name"] = "station", ["values"] = new JsonArray("46042") }];</code></example>
    public JsonArray? PostFacetFilters { get => GetArray("post_facet_filters"); set => SetNode("post_facet_filters", value); }

    /// <summary>Field weights for ranking (<c>boosts</c>): <c>GBoost</c> objects.</summary>
    /// <example><code>query.Boosts = [new JsonObject { ["field_name"] = "title", ["factor"] = 2 }];</code></example>
    public JsonArray? Boosts { get => GetArray("boosts"); set => SetNode("boosts", value); }

    /// <summary>Fields the results are ordered by (<c>sort</c>): <c>GSort</c> objects.</summary>
    /// <example><code>query.Sort = [new JsonObject { ["field_name"] = "date", ["order"] = "asc" }];</code></example>
    public JsonArray? Sort { get => GetArray("sort"); set => SetNode("sort", value); }

    /// <summary>Whether <c>visible_to</c> restrictions are ignored (<c>bypass_visible_to</c>; index admins and owners only).</summary>
    /// <example><code>query.BypassVisibleTo = true;</code></example>
    public bool? BypassVisibleTo { get => GetValue<bool>("bypass_visible_to"); set => SetField("bypass_visible_to", value); }

    /// <summary>Only results that match these principal sets of the index (<c>filter_principal_sets</c>).</summary>
    /// <example><code>query.FilterPrincipalSets = ["curators"];</code></example>
    public JsonArray? FilterPrincipalSets { get => GetArray("filter_principal_sets"); set => SetNode("filter_principal_sets", value); }

    /// <summary>How the query string is parsed (<c>q_settings</c>): <c>mode</c> and <c>default_operator</c>.</summary>
    /// <example><code>query.QSettings = new JsonObject { ["mode"] = "query_string", ["default_operator"] = "AND" };</code></example>
    public JsonObject? QSettings { get => (JsonObject?)this["q_settings"]; set => SetNode("q_settings", value); }

    /// <summary>
    /// The query as the request document <see cref="SearchClient.PostSearchAsync"/> sends: every field, those
    /// <see cref="GSearchRequest"/> has no property for in its <see cref="GlobusModel.AdditionalProperties"/>.
    /// </summary>
    /// <param name="query">The query; null gives null.</param>
    /// <returns>A copy of the query's fields: a later change to the query does not change it.</returns>
    /// <exception cref="System.Text.Json.JsonException">A field the model knows holds a value of another type (set through the indexer).</exception>
    /// <example><code>await searchClient.PostSearchAsync(indexId, new SearchQueryV1(q: "ocean"));</code></example>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(query))]
    public static implicit operator GSearchRequest?(SearchQueryV1? query) => query?.ToRequest();

    /// <summary>The query as the request document <see cref="SearchClient.PostSearchAsync"/> sends (the conversion's named form).</summary>
    /// <returns>A copy of the query's fields: a later change to the query does not change it.</returns>
    /// <exception cref="System.Text.Json.JsonException">A field the model knows holds a value of another type (set through the indexer).</exception>
    /// <example><code>GSearchRequest request = query.ToRequest();</code></example>
    public GSearchRequest ToRequest() => GSearchRequest.FromJson(Fields);
}
