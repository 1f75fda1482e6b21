// Hand-written until Foundation 4 generates models: schema GSearchIndex. of specs/search.yaml.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Globus.Sdk.Search;

/// <summary>
/// A Search index: where metadata is stored and searched (the service's <c>GSearchIndex</c>
/// document, with the caller's <c>permissions</c> when the service includes them).
/// </summary>
/// <remarks>Named <c>SearchIndex</c> because <c>Index</c> would collide with <see cref="System.Index"/>.</remarks>
/// <seealso href="https://docs.globus.org/api/search/reference/index_show/">Index Show</seealso>
[JsonConverter(typeof(SearchIndexJsonConverter))]
public sealed partial record SearchIndex : GlobusModel
{
    /// <summary>The document type, <c>GSearchIndex</c> (wire name <c>@datatype</c>).</summary>
    public string? DataType { get; init; }

    /// <summary>The version of the document format, such as <c>2017-09-01</c> (wire name <c>@version</c>).</summary>
    public string? Version { get; init; }

    /// <summary>The index's id, usually a UUID (wire name <c>id</c>).</summary>
    public string? Id { get; init; }

    /// <summary>A name for the index, suitable for display (wire name <c>display_name</c>).</summary>
    public string? DisplayName { get; init; }

    /// <summary>A description of the index (wire name <c>description</c>).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// When the index was created, in UTC, as the service writes it: <c>2021-04-05 15:05:18</c>
    /// (wire name <c>creation_date</c>).
    /// </summary>
    public string? CreationDate { get; init; }

    /// <summary>
    /// Whether the index is a trial: no durability guarantee, and it may be deleted automatically
    /// (wire name <c>is_trial</c>).
    /// </summary>
    public bool? IsTrial { get; init; }

    /// <summary>The subscription the index belongs to, if any (wire name <c>subscription_id</c>).</summary>
    public string? SubscriptionId { get; init; }

    /// <summary>The largest size the index may grow to, in megabytes of 1,000,000 bytes (wire name <c>max_size_in_mb</c>).</summary>
    public long? MaxSizeInMb { get; init; }

    /// <summary>The current size, rounded down to whole megabytes (wire name <c>size_in_mb</c>).</summary>
    public long? SizeInMb { get; init; }

    /// <summary>How many distinct subjects the index holds (wire name <c>num_subjects</c>).</summary>
    public long? NumSubjects { get; init; }

    /// <summary>How many entries the index holds (wire name <c>num_entries</c>).</summary>
    public long? NumEntries { get; init; }

    /// <summary>The index's state, such as <see cref="SearchIndexStatus.Open"/> (wire name <c>status</c>).</summary>
    public SearchIndexStatus? Status { get; init; }

    /// <summary>The caller's roles on the index: <c>owner</c>, <c>admin</c>, <c>writer</c> (wire name <c>permissions</c>).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) =>
        SearchIndexJsonConverter.Instance.Write(writer, this, SearchJsonContext.Default.Options);
}
