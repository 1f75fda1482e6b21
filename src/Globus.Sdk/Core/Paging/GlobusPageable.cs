using System.Runtime.CompilerServices;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// Every page of a paginated Globus operation, fetched one request at a time as you go:
/// <c>await foreach</c> over it yields the items of each page in turn, and <see cref="AsPages"/>
/// yields the typed pages themselves, with their top-level fields.
/// <code>
/// await foreach (var result in search.Paginated.Search(indexId, "*", maxTotalResults: 500))
///     Console.WriteLine(result.Subject);
/// </code>
/// </summary>
/// <typeparam name="TPage">The operation's response: one page.</typeparam>
/// <typeparam name="TItem">The items of a page.</typeparam>
/// <remarks>
/// <para>
/// Nothing is fetched until you enumerate, and each enumeration walks the pages again from the
/// start. An error on any page is raised where it happens; no page is skipped. Cancellation (the
/// token given to the paginated method, or to the enumeration) stops the walk between pages and
/// during a request.
/// </para>
/// <para>
/// Enumerating the items of a generated paginated method reads each item from the page's body when
/// the walk reaches it, in the same pass that finds the next page: no page model is built, and an
/// item you are done with is not kept alive by its page. An item the body cannot give
/// (a field of the wrong type, say) raises <see cref="GlobusResponseDecodingException"/> there, after
/// the items before it; the exception's response is the whole page. The pages <see cref="AsPages"/>
/// yields are yours to keep, as every response is.
/// </para>
/// </remarks>
public class GlobusPageable<TPage, TItem> : IAsyncEnumerable<TItem>
{
    private readonly Func<PageRequest, CancellationToken, Task<GlobusResponse<TPage>>>? _fetch;
    private readonly Func<TPage, IEnumerable<TItem>> _itemsOf;
    private readonly PagingOptions? _options;
    private readonly IReadOnlyList<GlobusResponse<TPage>>? _fixedPages;
    private readonly CancellationToken _cancellationToken;
    private readonly PageItems<TItem>? _items;

    /// <param name="fetch">Sends the request for one page.</param>
    /// <param name="itemsOf">The items of a typed page.</param>
    /// <param name="options">How the operation pages.</param>
    /// <param name="cancellationToken">The paginated method's token.</param>
    /// <param name="items">
    /// Where a page's items are and how one is read, so the item walk decodes them one at a time from the
    /// body instead of building each page; null to walk the typed pages.
    /// </param>
    internal GlobusPageable(
        Func<PageRequest, CancellationToken, Task<GlobusResponse<TPage>>> fetch,
        Func<TPage, IEnumerable<TItem>> itemsOf,
        PagingOptions options,
        CancellationToken cancellationToken = default,
        PageItems<TItem>? items = null)
    {
        _fetch = fetch;
        _itemsOf = itemsOf;
        _options = options;
        _cancellationToken = cancellationToken;
        _items = items;
    }

    private GlobusPageable(IReadOnlyList<GlobusResponse<TPage>> pages, Func<TPage, IEnumerable<TItem>> itemsOf)
    {
        _fixedPages = pages;
        _itemsOf = itemsOf;
    }

    /// <summary>For mocking frameworks: a pageable whose members are all overridden by the mock.</summary>
    protected GlobusPageable()
    {
        _itemsOf = static _ => [];
        _fixedPages = [];
    }

    /// <summary>The most items the walk yields; null when only the service's paging limits it.</summary>
    public int? MaxTotalResults => _options?.MaxTotalResults;

    /// <summary>Creates a pageable over pages you already have, for tests of code that pages.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <param name="itemsOf">The items of one page.</param>
    /// <returns>A pageable that yields those pages and their items.</returns>
    public static GlobusPageable<TPage, TItem> FromPages(
        IEnumerable<GlobusResponse<TPage>> pages, Func<TPage, IEnumerable<TItem>> itemsOf)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(itemsOf);
        return new GlobusPageable<TPage, TItem>(pages.ToList(), itemsOf);
    }

    /// <summary>The pages, each a typed response: one request per page, made as you enumerate.</summary>
    /// <param name="cancellationToken">Stops the walk between pages and during a request.</param>
    /// <returns>The pages in order.</returns>
    public virtual async IAsyncEnumerable<GlobusResponse<TPage>> AsPages(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_fixedPages is not null)
        {
            foreach (var page in _fixedPages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return page;
            }

            yield break;
        }

        if (_options!.MaxTotalResults == 0)
        {
            // Nothing may be yielded, so asking the service (with limit=0) would only cost a request.
            yield break;
        }

        using var linked = LinkWithMethodToken(ref cancellationToken);
        var cursor = new PageCursor(_options);
        var fields = new PageFieldsReader(_options);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await _fetch!(cursor.Next(), cancellationToken).ConfigureAwait(false);
            yield return page;
            // The caller has the typed page, so its fields are read in a pass of their own rather than through Data.
            if (!cursor.Advance(PageFields.Read(page.Body, fields), _itemsOf(page.Value).Count()))
            {
                yield break;
            }
        }
    }

    /// <summary>The items of every page, in order, stopping at <see cref="MaxTotalResults"/>.</summary>
    /// <param name="cancellationToken">Stops the walk between pages and during a request.</param>
    /// <returns>An enumerator over the items.</returns>
    public virtual IAsyncEnumerator<TItem> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        _items is not null && _fetch is not null
            ? WalkItemsInPlaceAsync(_items, cancellationToken)
            : WalkTypedPagesAsync(cancellationToken);

    /// <summary>
    /// The item walk over fetched pages when the items can be read from the body: one pass per page, each
    /// item decoded as the caller asks for it, the cursor read in the same pass.
    /// </summary>
    private async IAsyncEnumerator<TItem> WalkItemsInPlaceAsync(PageItems<TItem> items, CancellationToken cancellationToken)
    {
        var remaining = MaxTotalResults ?? int.MaxValue;
        if (remaining == 0)
        {
            yield break;
        }

        using var linked = LinkWithMethodToken(ref cancellationToken);
        var cursor = new PageCursor(_options!);
        var fields = new PageFieldsReader(_options!);
        PageItemWalk<TPage, TItem>? page = null;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fetch = items.ReleasesPages
                    ? ItemWalkFetch.RunAsync(_fetch!, cursor.Next(), page?.BodyLength ?? 0, cancellationToken)
                    : _fetch!(cursor.Next(), cancellationToken);
                page = new PageItemWalk<TPage, TItem>(await fetch.ConfigureAwait(false), items, fields);
                while (page.TryReadNext(out var item))
                {
                    if (remaining-- <= 0)
                    {
                        yield break;
                    }

                    yield return item;
                }

                // Before the next request, so the next page's body reuses this one's pieces.
                page.Release();
                if (!cursor.Advance(page.Fields, page.ItemCount))
                {
                    yield break;
                }
            }
        }
        finally
        {
            page?.Release();
        }
    }

    private async IAsyncEnumerator<TItem> WalkTypedPagesAsync(CancellationToken cancellationToken)
    {
        var remaining = MaxTotalResults ?? int.MaxValue;
        await foreach (var page in AsPages(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in _itemsOf(page.Value))
            {
                if (remaining-- <= 0)
                {
                    yield break;
                }

                yield return item;
            }
        }
    }

    /// <summary>
    /// Makes <paramref name="cancellationToken"/> stop the walk for the paginated method's token too;
    /// the linked source to dispose when the walk ends, or null when one token alone serves.
    /// </summary>
    private CancellationTokenSource? LinkWithMethodToken(ref CancellationToken cancellationToken)
    {
        var linked = _cancellationToken.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken)
            : null;
        cancellationToken = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
        return linked;
    }
}
