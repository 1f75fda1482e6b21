namespace Globus.Sdk;

/// <summary>
/// Where a walk over pages stands: what the next request carries, and after each page whether
/// there is a next one. All the paging styles' rules live here.
/// </summary>
internal sealed class PageCursor(PagingOptions options)
{
    private int _offset;
    private string? _marker;
    private int _itemsSeen;

    /// <summary>The paging values of the next request.</summary>
    public PageRequest Next()
    {
        var limit = options.PageSize;
        if (limit is { } size && options.MaxTotalResults is { } cap && IsLimitOffset)
        {
            // The last request asks only for what the cap leaves.
            limit = Math.Min(size, cap - _offset);
        }

        return new PageRequest(limit, _offset > 0 ? _offset : null, _marker);
    }

    /// <summary>Takes in a page; true when another page should be fetched.</summary>
    /// <param name="page">The page's top-level paging fields.</param>
    /// <param name="itemCount">How many items the page held.</param>
    public bool Advance(PageFields page, int itemCount)
    {
        _itemsSeen += itemCount;
        if (options.MaxTotalResults is { } cap && (_itemsSeen >= cap || (IsLimitOffset && _offset + PageSizeOf(page, itemCount) >= cap)))
        {
            return false;
        }

        switch (options.Style)
        {
            case PagingStyle.LimitOffsetHasNextPage:
            case PagingStyle.LimitOffsetTotal:
                var size = PageSizeOf(page, itemCount);
                if (size <= 0)
                {
                    // An empty page cannot move the offset; asking again would loop for ever.
                    return false;
                }

                _offset += size;
                return options.Style == PagingStyle.LimitOffsetHasNextPage
                    ? page.HasNextPage
                    : page.Total is { } total && _offset < total;
            case PagingStyle.Marker:
            case PagingStyle.LastKey:
                _marker = page.Marker;
                return page.HasNextPage && _marker is not null;
            default:
                _marker = page.Marker;
                return _marker is not null;
        }
    }

    private bool IsLimitOffset => options.Style is PagingStyle.LimitOffsetHasNextPage or PagingStyle.LimitOffsetTotal;

    private int PageSizeOf(PageFields page, int itemCount) =>
        options.SizeKey is not null ? page.Size ?? itemCount : itemCount;
}
