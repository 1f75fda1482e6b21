namespace Globus.Sdk.Transport;

/// <summary>
/// Marks the requests an item walk makes for its pages, so that a page over 64 KiB is read into one array from
/// <see cref="BodyPiecePool"/> instead of a chain of pieces: of its <c>Content-Length</c>, or, without one (a
/// compressed answer), as large as the walk's previous page, a longer page going on in pieces. The walk gives that
/// array back when it is done with the page, so it never lingers on the large-object heap, and the items are read
/// from one span: faster, and steadier from run to run, than a reader crossing pieces.
/// </summary>
/// <remarks>
/// The mark is ambient (an <see cref="AsyncLocal{T}"/>) because the walk fetches through the client's public
/// operation, which has no way to carry it. It is set only for the fetch: any other large body read under it
/// (none is today) would only be an array the pool never gets back.
/// </remarks>
internal static class ItemWalkFetch
{
    // Zero outside a walk's fetch; inside it, one more than the length of the walk's previous page (so 1 for its first).
    private static readonly AsyncLocal<long> Marked = new();

    /// <summary>True while an item walk's page is being fetched.</summary>
    public static bool IsActive => Marked.Value > 0;

    /// <summary>While a walk's page is fetched, the length of the walk's previous page; 0 for its first, or outside a walk.</summary>
    public static long PreviousPageLength => Math.Max(Marked.Value - 1, 0);

    /// <summary>Fetches one page of an item walk; the mark is gone again once the fetch returns.</summary>
    /// <typeparam name="TResponse">The page's response.</typeparam>
    /// <param name="fetch">The walk's fetch of one page.</param>
    /// <param name="request">Which page.</param>
    /// <param name="previousPageLength">The body length of the walk's previous page; 0 for its first page.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    public static async Task<TResponse> RunAsync<TResponse>(
        Func<PageRequest, CancellationToken, Task<TResponse>> fetch, PageRequest request, long previousPageLength, CancellationToken cancellationToken)
    {
        // Set inside an async method: its caller's context never sees the change.
        Marked.Value = previousPageLength + 1;
        return await fetch(request, cancellationToken).ConfigureAwait(false);
    }
}
