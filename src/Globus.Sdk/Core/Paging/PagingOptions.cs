namespace Globus.Sdk;

/// <summary>How one paginated operation walks its pages.</summary>
/// <param name="Style">The paging style.</param>
/// <param name="PageSize">The number of items asked for per request (the <c>limit</c>); null to send no <c>limit</c>.</param>
/// <param name="MaxTotalResults">Stop after this many items; null for no cap.</param>
/// <param name="SizeKey">The page field that counts the page's results for the next offset (Search's <c>count</c>); null to count the items.</param>
/// <param name="MarkerKey">The page field holding the next marker (<c>marker</c>, <c>next_marker</c>, <c>last_key</c>, <c>next_token</c>).</param>
internal sealed record PagingOptions(
    PagingStyle Style,
    int? PageSize,
    int? MaxTotalResults = null,
    string? SizeKey = null,
    string? MarkerKey = null)
{
    public string EffectiveMarkerKey => MarkerKey ?? Style switch
    {
        PagingStyle.LastKey => "last_key",
        PagingStyle.NextToken => "next_token",
        _ => "marker",
    };

    /// <summary>
    /// The options of a generated paginated method: the caller's page size and cap checked, then
    /// filled in from the spec's <c>page-size</c> and <c>max-total</c>.
    /// </summary>
    /// <param name="style">The spec's paging style.</param>
    /// <param name="pageSize">The caller's page size; null for the spec's.</param>
    /// <param name="defaultPageSize">The spec's <c>page-size</c>.</param>
    /// <param name="maxTotalResults">The caller's cap; null for the spec's.</param>
    /// <param name="maxTotal">The spec's <c>max-total</c>, which no cap may pass.</param>
    /// <param name="sizeKey">The spec's <c>size-key</c>.</param>
    /// <param name="markerKey">The spec's <c>marker-key</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is less than 1, or <paramref name="maxTotalResults"/> is negative.</exception>
    public static PagingOptions For(
        PagingStyle style, int? pageSize, int? defaultPageSize, int? maxTotalResults, int? maxTotal, string? sizeKey, string? markerKey)
    {
        if (pageSize is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(pageSize));
        }

        if (maxTotalResults is { } cap)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cap, nameof(maxTotalResults));
        }

        // The service refuses to page past its own cap, so a larger one from the caller cannot be honoured.
        var effectiveCap = maxTotalResults is { } asked && maxTotal is { } limit ? Math.Min(asked, limit) : maxTotalResults ?? maxTotal;
        return new PagingOptions(style, pageSize ?? defaultPageSize, effectiveCap, sizeKey, markerKey);
    }
}
