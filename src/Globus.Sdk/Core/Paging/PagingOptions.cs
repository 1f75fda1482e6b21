namespace Globus.Sdk;

/// <summary>How one paginated operation walks its pages.</summary>
/// <param name="Style">The paging style.</param>
/// <param name="PageSize">The number of items asked for per request (the <c>limit</c>).</param>
/// <param name="MaxTotalResults">Stop after this many items; null for no cap.</param>
/// <param name="SizeKey">The page field that counts the page's results for the next offset (Search's <c>count</c>); null to count the items.</param>
/// <param name="MarkerKey">The page field holding the next marker (<c>marker</c>, <c>next_marker</c>, <c>last_key</c>, <c>next_token</c>).</param>
internal sealed record PagingOptions(
    PagingStyle Style,
    int PageSize,
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
}
