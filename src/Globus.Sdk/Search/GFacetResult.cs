// Hand-written until Foundation 4 generates models: schema GFacetResult. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>The outcome of one facet the query asked for: its buckets, or one value for a metric facet such as a sum.</summary>
[JsonConverter(typeof(GFacetResultJsonConverter))]
public sealed partial record GFacetResult : GlobusModel
{
    /// <summary>The document type, <c>GFacetResult</c> (wire name <c>@datatype</c>).</summary>
    public string? DataType { get; init; }

    /// <summary>The version of the document format (wire name <c>@version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The facet's name, as the query gave it (wire name <c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The computed value of a metric facet (<c>sum</c>, <c>avg</c>); null for bucketed facets (wire name <c>value</c>).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The buckets of a bucketed facet, each with its count (wire name <c>buckets</c>).</summary>
    public IReadOnlyList<GBucket>? Buckets { get; init; }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) =>
        GFacetResultJsonConverter.Instance.Write(writer, this, SearchJsonContext.Default.Options);
}
