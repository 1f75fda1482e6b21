// Hand-written until Foundation 4 generates models: schema GMetaEntry. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>One entry of a search result: the metadata stored for a subject under one entry id.</summary>
[JsonConverter(typeof(GMetaEntryJsonConverter))]
public sealed partial record GMetaEntry : GlobusModel
{
    /// <summary>The metadata as it was ingested: any JSON, usually an object (wire name <c>content</c>).</summary>
    public JsonElement? Content { get; init; }

    /// <summary>The entry's id; null for a subject's default entry (wire name <c>entry_id</c>).</summary>
    public string? EntryId { get; init; }

    /// <summary>The principal sets of the caller that matched the query's principal-set filter (wire name <c>matched_principal_sets</c>).</summary>
    public IReadOnlyList<string>? MatchedPrincipalSets { get; init; }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) =>
        GMetaEntryJsonConverter.Instance.Write(writer, this, SearchJsonContext.Default.Options);
}
