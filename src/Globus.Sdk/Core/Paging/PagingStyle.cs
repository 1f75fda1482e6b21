namespace Globus.Sdk;

/// <summary>How a Globus operation pages, as its spec's <c>x-globus-paging</c> says.</summary>
internal enum PagingStyle
{
    /// <summary><c>limit</c>/<c>offset</c>; more pages while <c>has_next_page</c> is true.</summary>
    LimitOffsetHasNextPage,

    /// <summary><c>limit</c>/<c>offset</c>; more pages while the offset is below <c>total</c>.</summary>
    LimitOffsetTotal,

    /// <summary><c>marker</c> from the previous page; more pages while <c>has_next_page</c> is true.</summary>
    Marker,

    /// <summary>A marker from the previous page; more pages until that marker is null.</summary>
    NullableMarker,

    /// <summary><c>last_key</c> from the previous page; more pages while <c>has_next_page</c> is true.</summary>
    LastKey,

    /// <summary><c>next_token</c> from the previous page; more pages until it is null.</summary>
    NextToken,
}
