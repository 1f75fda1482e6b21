using System.Text.Json.Nodes;

namespace Globus.Sdk.Search;

/// <summary>
/// The Python SDK's <c>SearchScrollQuery</c>: a query document for <see cref="SearchClient.ScrollAsync"/>,
/// which walks every result of an index. A scroll may have a query string and filters, but no facets, boosts or
/// sorting. Only fields that were set are sent (<c>q</c>, <c>limit</c>, <c>advanced</c>, <c>marker</c>,
/// <c>filters</c>); any other field, such as <c>filter_principal_sets</c>, can be set with the indexer.
/// </summary>
/// <remarks>
/// Like the Python SDK's, the document carries no <c>@version</c>, so the service reads it in its original
/// (2017-09-01) format; set <c>query["@version"] = "scroll#1.0.0"</c> for the current one.
/// </remarks>
/// <example>
/// <code>
/// var scroll = new SearchScrollQuery("*", limit: 100).AddFilter("type", ["dataset"]);
/// var page = await searchClient.ScrollAsync(indexId, scroll);
/// </code>
/// </example>
public sealed class SearchScrollQuery : SearchQueryBase<SearchScrollQuery>
{
    /// <summary>Creates a scroll query with the given fields set; a null argument leaves its field unset.</summary>
    /// <param name="q">The query string (<c>q</c>).</param>
    /// <param name="limit">How many results one page holds (<c>limit</c>, the service's default is 10).</param>
    /// <param name="advanced">Whether <paramref name="q"/> uses the advanced query syntax (<c>advanced</c>).</param>
    /// <param name="marker">The previous page's <c>marker</c>, to fetch the next page; unset for the first page.</param>
    /// <param name="additionalFields">Further top-level fields, set last, so they win over the arguments above.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    /// <example><code>var scroll = new SearchScrollQuery("ocean", limit: 500);</code></example>
    public SearchScrollQuery(
        string? q = null,
        int? limit = null,
        bool? advanced = null,
        string? marker = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        SetIfGiven("q", q);
        SetIfGiven("limit", NotNegative(limit, nameof(limit)));
        SetIfGiven("advanced", advanced);
        SetIfGiven("marker", marker);
        SetAll(additionalFields);
    }

    /// <summary>Sets the marker of the previous page (<c>marker</c>), so that the scroll fetches the next page.</summary>
    /// <param name="marker">The <c>marker</c> of the previous page's answer.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="marker"/> is null.</exception>
    /// <example><code>scroll.SetMarker(page["marker"].GetString()!);</code></example>
    public SearchScrollQuery SetMarker(string marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return With("marker", marker);
    }

    /// <summary>
    /// The query as the request document <see cref="SearchClient.ScrollAsync"/> sends: every field, those
    /// <see cref="GScrollRequest"/> has no property for in its <see cref="GlobusModel.AdditionalProperties"/>.
    /// </summary>
    /// <param name="query">The query; null gives null.</param>
    /// <returns>A copy of the query's fields: a later change to the query does not change it.</returns>
    /// <exception cref="System.Text.Json.JsonException">A field the model knows holds a value of another type (set through the indexer).</exception>
    /// <example><code>await searchClient.ScrollAsync(indexId, new SearchScrollQuery("*"));</code></example>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(query))]
    public static implicit operator GScrollRequest?(SearchScrollQuery? query) => query?.ToRequest();

    /// <summary>The query as the request document <see cref="SearchClient.ScrollAsync"/> sends (the conversion's named form).</summary>
    /// <returns>A copy of the query's fields: a later change to the query does not change it.</returns>
    /// <exception cref="System.Text.Json.JsonException">A field the model knows holds a value of another type (set through the indexer).</exception>
    /// <example><code>GScrollRequest request = query.ToRequest();</code></example>
    public GScrollRequest ToRequest() => GScrollRequest.FromJson(Fields);
}
