// Hand-written until Foundation 4 generates models: schema GMetaResult. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>One search result: a subject and those of its entries the caller may see (the service's <c>GMetaResult</c>).</summary>
[JsonConverter(typeof(GMetaResultJsonConverter))]
public sealed partial record GMetaResult : GlobusModel
{
    /// <summary>The document type, <c>GMetaResult</c> (wire name <c>@datatype</c>).</summary>
    public string? DataType { get; init; }

    /// <summary>The version of the document format, such as <c>2019-08-27</c> (wire name <c>@version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>What the entries describe, often a URL (wire name <c>subject</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>The subject's entries that matched and are visible to the caller (wire name <c>entries</c>).</summary>
    public IReadOnlyList<GMetaEntry>? Entries { get; init; }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) =>
        GMetaResultJsonConverter.Instance.Write(writer, this, SearchJsonContext.Default.Options);
}
