// Hand-written until Foundation 4 generates models: schema GBucket. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>One bucket of a facet: a value (or range) and how many results fall in it.</summary>
[JsonConverter(typeof(GBucketJsonConverter))]
public sealed partial record GBucket : GlobusModel
{
    /// <summary>The document type, <c>GBucket</c> (wire name <c>@datatype</c>).</summary>
    public string? DataType { get; init; }

    /// <summary>The version of the document format (wire name <c>@version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>
    /// The bucket's value: a term, a number, a date, or a range object with <c>from</c> and <c>to</c>
    /// (wire name <c>value</c>).
    /// </summary>
    public JsonElement? Value { get; init; }

    /// <summary>How many results fall in the bucket (wire name <c>count</c>).</summary>
    public long? Count { get; init; }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) =>
        GBucketJsonConverter.Instance.Write(writer, this, SearchJsonContext.Default.Options);
}
