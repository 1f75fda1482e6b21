using System.Text.Json.Nodes;

namespace Globus.Sdk.Search;

/// <summary>
/// The Python SDK v3.0's <c>SearchQuery</c>: a query document for
/// <see cref="SearchClient.PostSearchAsync"/>, built by chained calls, with the service's field names
/// (<c>q</c>, <c>limit</c>, <c>offset</c>, <c>advanced</c>, <c>filters</c>, <c>facets</c>, <c>boosts</c>,
/// <c>sort</c>). Only fields that were set are sent; any other field can be set with the indexer.
/// </summary>
/// <remarks>
/// The document carries no <c>@version</c>, so the service reads it in its original (2017-09-01) query format,
/// as it reads the Python SDK's. <see cref="SearchQueryV1"/> builds the current (<c>query#1.0.0</c>) format.
/// </remarks>
/// <example>
/// <code>
/// var query = new SearchQuery(q: "example query")
///     .SetLimit(100)
///     .SetOffset(10)
///     .AddFilter("path.to.field1", ["foo", "bar"]);
/// var result = await searchClient.PostSearchAsync(indexId, query);
/// </code>
/// </example>
public sealed class SearchQuery : SearchQueryBase<SearchQuery>
{
    /// <summary>Creates a query document with the given fields set; a null argument leaves its field unset.</summary>
    /// <param name="q">The query string (<c>q</c>).</param>
    /// <param name="limit">How many results one page holds (<c>limit</c>, the service's default is 10).</param>
    /// <param name="offset">How many results to skip (<c>offset</c>, the service's default is 0).</param>
    /// <param name="advanced">Whether <paramref name="q"/> uses the advanced query syntax (<c>advanced</c>).</param>
    /// <param name="additionalFields">Further top-level fields, set last, so they win over the arguments above.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> or <paramref name="offset"/> is negative.</exception>
    /// <example><code>var query = new SearchQuery("ocean", limit: 20, advanced: true);</code></example>
    public SearchQuery(
        string? q = null,
        int? limit = null,
        int? offset = null,
        bool? advanced = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        SetIfGiven("q", q);
        SetIfGiven("limit", NotNegative(limit, nameof(limit)));
        SetIfGiven("offset", NotNegative(offset, nameof(offset)));
        SetIfGiven("advanced", advanced);
        SetAll(additionalFields);
    }

    /// <summary>Sets how many results to skip (<c>offset</c>).</summary>
    /// <param name="offset">The offset into all the results.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    /// <example><code>query.SetOffset(10);</code></example>
    public SearchQuery SetOffset(int offset) => With("offset", NotNegative(offset, nameof(offset)));

    /// <summary>
    /// Adds a facet to <c>facets</c>: <c>{"name", "field_name", "type"}</c>, then <paramref name="additionalFields"/>,
    /// then whichever of <c>size</c>, <c>date_interval</c> and <c>histogram_range</c> (<c>{"low", "high"}</c>) are given.
    /// </summary>
    /// <param name="name">The facet's name in the results.</param>
    /// <param name="fieldName">The field the facet counts over.</param>
    /// <param name="type">The facet type: <c>terms</c>, <c>date_histogram</c>, <c>numeric_histogram</c>, ...</param>
    /// <param name="size">How many buckets a <c>terms</c> facet returns; not sent when null.</param>
    /// <param name="dateInterval">The bucket width of a <c>date_histogram</c> facet (<c>year</c>, <c>month</c>, ...); not sent when null.</param>
    /// <param name="histogramRange">The low and high bounds of a histogram facet; not sent when null.</param>
    /// <param name="additionalFields">Further fields of the facet.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/>, <paramref name="fieldName"/> or <paramref name="type"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
    /// <exception cref="GlobusSdkUsageException">The <c>facets</c> field was set to something other than a JSON array.</exception>
    /// <example><code>query.AddFacet("Publication Date", "path.to.date", type: "date_histogram", dateInterval: "year");</code></example>
    public SearchQuery AddFacet(
        string name,
        string fieldName,
        string type = "terms",
        int? size = null,
        string? dateInterval = null,
        (JsonNode? Low, JsonNode? High)? histogramRange = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var facet = WithAdditional(new JsonObject { ["name"] = name, ["field_name"] = fieldName, ["type"] = type }, additionalFields);
        if (size is { } sizeValue)
        {
            facet["size"] = NotNegative(sizeValue, nameof(size));
        }

        if (dateInterval is not null)
        {
            facet["date_interval"] = dateInterval;
        }

        if (histogramRange is var (low, high))
        {
            facet["histogram_range"] = new JsonObject { ["low"] = Adopt(low), ["high"] = Adopt(high) };
        }

        return Appending("facets", facet);
    }

    /// <summary>Adds a boost to <c>boosts</c>: <c>{"field_name", "factor"}</c>, then <paramref name="additionalFields"/>.</summary>
    /// <param name="fieldName">The field whose weight in ranking changes.</param>
    /// <param name="factor">The field's weight, where 1.0 is the default.</param>
    /// <param name="additionalFields">Further fields of the boost.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldName"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not a finite number, which JSON cannot carry.</exception>
    /// <exception cref="GlobusSdkUsageException">The <c>boosts</c> field was set to something other than a JSON array.</exception>
    /// <example><code>query.AddBoost("title", 2.5);</code></example>
    public SearchQuery AddBoost(string fieldName, double factor, IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        if (!double.IsFinite(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A boost factor must be a finite number.");
        }

        return Appending("boosts", WithAdditional(new JsonObject { ["field_name"] = fieldName, ["factor"] = factor }, additionalFields));
    }

    /// <summary>Adds a sort to <c>sort</c>: <c>{"field_name"}</c>, then <paramref name="additionalFields"/>, then <c>order</c> when given.</summary>
    /// <param name="fieldName">The field results are ordered by.</param>
    /// <param name="order"><c>asc</c> or <c>desc</c>; not sent when null (the service's default applies).</param>
    /// <param name="additionalFields">Further fields of the sort.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldName"/> is null, empty or white space.</exception>
    /// <exception cref="GlobusSdkUsageException">The <c>sort</c> field was set to something other than a JSON array.</exception>
    /// <example><code>query.AddSort("path.to.date", order: "asc");</code></example>
    public SearchQuery AddSort(string fieldName, string? order = null, IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        var sort = WithAdditional(new JsonObject { ["field_name"] = fieldName }, additionalFields);
        if (order is not null)
        {
            sort["order"] = order;
        }

        return Appending("sort", sort);
    }

    /// <summary>
    /// The query as the request document <see cref="SearchClient.PostSearchAsync"/> sends: every field, those
    /// <see cref="GSearchRequest"/> has no property for in its <see cref="GlobusModel.AdditionalProperties"/>.
    /// </summary>
    /// <param name="query">The query; null gives null.</param>
    /// <returns>A copy of the query's fields: a later change to the query does not change it.</returns>
    /// <exception cref="System.Text.Json.JsonException">A field the model knows holds a value of another type (set through the indexer).</exception>
    /// <example><code>await searchClient.PostSearchAsync(indexId, new SearchQuery("ocean").SetLimit(5));</code></example>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(query))]
    public static implicit operator GSearchRequest?(SearchQuery? query) => query?.ToRequest();

    /// <summary>The query as the request document <see cref="SearchClient.PostSearchAsync"/> sends (the conversion's named form).</summary>
    /// <returns>A copy of the query's fields: a later change to the query does not change it.</returns>
    /// <exception cref="System.Text.Json.JsonException">A field the model knows holds a value of another type (set through the indexer).</exception>
    /// <example><code>GSearchRequest request = query.ToRequest();</code></example>
    public GSearchRequest ToRequest() => GSearchRequest.FromJson(Fields);
}
