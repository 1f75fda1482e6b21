namespace Globus.Sdk.Testing;

/// <summary>How an operation pages, from its spec's <c>x-globus-paging</c> (see <c>specs/README.md</c>).</summary>
/// <param name="Style">The paging style: <c>offset-has-next</c>, <c>offset-total</c>, <c>marker</c>, <c>nullable-marker</c>, <c>last-key</c> or <c>next-token</c>.</param>
/// <param name="InBody">Whether the paging values travel in the request body rather than the query.</param>
/// <param name="SizeKey">The answer's key holding the page size, or null when it is the number of items.</param>
/// <param name="MarkerKey">The answer's key holding the next marker, for the marker styles.</param>
public sealed record SpecPaging(string Style, bool InBody, string? SizeKey, string MarkerKey)
{
    /// <summary>Whether pages are found by <c>offset</c> rather than by a marker or token.</summary>
    public bool UsesOffset => Style is "offset-has-next" or "offset-total";
}
