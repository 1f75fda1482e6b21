using System.Runtime.CompilerServices;

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
/// Nothing is fetched until you enumerate, and each enumeration walks the pages again from the
/// start. An error on any page is raised where it happens; no page is skipped. Cancellation (the
/// token given to the paginated method, or to the enumeration) stops the walk between pages and
/// during a request.
/// </remarks>
public class GlobusPageable<TPage, TItem> : IAsyncEnumerable<TItem>
{
    private readonly Func<PageRequest, CancellationToken, Task<GlobusResponse<TPage>>>? _fetch;
    private readonly Func<TPage, IEnumerable<TItem>> _itemsOf;
    private readonly PagingOptions? _options;
    private readonly IReadOnlyList<GlobusResponse<TPage>>? _fixedPages;
    private readonly CancellationToken _cancellationToken;

    internal GlobusPageable(
        Func<PageRequest, CancellationToken, Task<GlobusResponse<TPage>>> fetch,
        Func<TPage, IEnumerable<TItem>> itemsOf,
        PagingOptions options,
        CancellationToken cancellationToken = default)
    {
        _fetch = fetch;
        _itemsOf = itemsOf;
        _options = options;
        _cancellationToken = cancellationToken;
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

        // The token the paginated method was given and the enumeration's both stop the walk.
        using var linked = _cancellationToken.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken)
            : null;
        cancellationToken = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
        var cursor = new PageCursor(_options);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await _fetch!(cursor.Next(), cancellationToken).ConfigureAwait(false);
            yield return page;
            // The cursor's fields come straight from the body's bytes; the page is not parsed a second time.
            if (!cursor.Advance(PageFields.Read(page.Body, _options), _itemsOf(page.Value).Count()))
            {
                yield break;
            }
        }
    }

    /// <summary>The items of every page, in order, stopping at <see cref="MaxTotalResults"/>.</summary>
    /// <param name="cancellationToken">Stops the walk between pages and during a request.</param>
    /// <returns>An enumerator over the items.</returns>
    public virtual async IAsyncEnumerator<TItem> GetAsyncEnumerator(CancellationToken cancellationToken = default)
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
}
