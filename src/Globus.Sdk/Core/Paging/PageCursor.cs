using System.Globalization;
using System.Text.Json;

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
    /// <param name="page">The page's JSON.</param>
    /// <param name="itemCount">How many items the page held.</param>
    public bool Advance(JsonElement page, int itemCount)
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
                    ? HasNextPage(page)
                    : Number(page, "total") is { } total && _offset < total;
            case PagingStyle.Marker:
            case PagingStyle.LastKey:
                _marker = MarkerOf(page);
                return HasNextPage(page) && _marker is not null;
            default:
                _marker = MarkerOf(page);
                return _marker is not null;
        }
    }

    private bool IsLimitOffset => options.Style is PagingStyle.LimitOffsetHasNextPage or PagingStyle.LimitOffsetTotal;

    private int PageSizeOf(JsonElement page, int itemCount) =>
        options.SizeKey is { } key ? Number(page, key) ?? itemCount : itemCount;

    private string? MarkerOf(JsonElement page) =>
        Field(page, options.EffectiveMarkerKey) is { } marker && marker.ValueKind != JsonValueKind.Null
            ? marker.ValueKind == JsonValueKind.String ? marker.GetString() : marker.GetRawText()
            : null;

    private static bool HasNextPage(JsonElement page) =>
        Field(page, "has_next_page") is { ValueKind: JsonValueKind.True };

    private static int? Number(JsonElement page, string key) =>
        Field(page, key) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number
        : Field(page, key) is { ValueKind: JsonValueKind.String } text
          && int.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    private static JsonElement? Field(JsonElement page, string key) =>
        page.ValueKind == JsonValueKind.Object && page.TryGetProperty(key, out var value) ? value : null;
}
