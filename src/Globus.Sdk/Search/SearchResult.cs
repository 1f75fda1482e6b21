// Hand-written until Foundation 4 generates models: schema GSearchResult. of specs/search.yaml.
using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>
/// One page of search results (the service's <c>GSearchResult</c> document). Enumerating it yields
/// the page's results, <see cref="GMeta"/>; the page's own fields stay available as properties.
/// </summary>
/// <example>
/// <code>
/// var page = (await search.SearchAsync(indexId, "ocean temperature", limit: 20)).Value;
/// Console.WriteLine($"{page.Count} of {page.Total}, more: {page.HasNextPage}");
/// foreach (var result in page)
///     Console.WriteLine(result.Subject);
/// </code>
/// </example>
/// <seealso href="https://docs.globus.org/api/search/reference/get_query/">Query - GET</seealso>
[JsonConverter(typeof(SearchResultJsonConverter))]
public sealed partial record SearchResult : GlobusModel, IEnumerable<GMetaResult>
{
    /// <summary>The document type, <c>GSearchResult</c> (wire name <c>@datatype</c>).</summary>
    public string? DataType { get; init; }

    /// <summary>The version of the document format (wire name <c>@version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The results of this page, one per subject (wire name <c>gmeta</c>).</summary>
    public IReadOnlyList<GMetaResult>? GMeta { get; init; }

    /// <summary>The counts of the facets the query asked for, if it asked for any (wire name <c>facet_results</c>).</summary>
    public IReadOnlyList<GFacetResult>? FacetResults { get; init; }

    /// <summary>How many results this page holds (wire name <c>count</c>).</summary>
    public int? Count { get; init; }

    /// <summary>How many results match the query in all (wire name <c>total</c>).</summary>
    public long? Total { get; init; }

    /// <summary>The position of this page's first result among all results, from 0 (wire name <c>offset</c>).</summary>
    public int? Offset { get; init; }

    /// <summary>Whether more results follow this page (wire name <c>has_next_page</c>).</summary>
    public bool? HasNextPage { get; init; }

    /// <summary>Enumerates this page's results; none when the service sent no <c>gmeta</c>.</summary>
    /// <returns>An enumerator over <see cref="GMeta"/>.</returns>
    public IEnumerator<GMetaResult> GetEnumerator() => (GMeta ?? []).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) =>
        SearchResultJsonConverter.Instance.Write(writer, this, SearchJsonContext.Default.Options);
}
