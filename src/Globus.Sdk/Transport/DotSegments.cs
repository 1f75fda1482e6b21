namespace Globus.Sdk.Transport;

/// <summary>
/// Finds the path segments that <see cref="System.Uri"/> collapses: <c>.</c> and <c>..</c>, with any of
/// their dots written <c>%2E</c> or <c>%2e</c>.
/// </summary>
internal static class DotSegments
{
    /// <summary>Whether a path (no query, no fragment) has a segment that would be collapsed.</summary>
    /// <param name="path">The path as it will be written into the URL.</param>
    /// <param name="backslashSeparates">Whether <c>\</c> ends a segment too, as <see cref="System.Uri"/> reads http URLs.</param>
    public static bool Contains(ReadOnlySpan<char> path, bool backslashSeparates)
    {
        // Fast path: without a '.' or a '%' no segment can be a dot segment.
        if (path.IndexOfAny('.', '%') < 0)
        {
            return false;
        }

        while (true)
        {
            var end = backslashSeparates ? path.IndexOfAny('/', '\\') : path.IndexOf('/');
            var segment = end < 0 ? path : path[..end];
            if (IsDotSegment(segment))
            {
                return true;
            }

            if (end < 0)
            {
                return false;
            }

            path = path[(end + 1)..];
        }
    }

    private static bool IsDotSegment(ReadOnlySpan<char> segment)
    {
        var dots = 0;
        while (!segment.IsEmpty)
        {
            if (segment[0] == '.')
            {
                segment = segment[1..];
            }
            else if (segment.Length >= 3 && segment[0] == '%' && segment[1] == '2' && (segment[2] == 'E' || segment[2] == 'e'))
            {
                segment = segment[3..];
            }
            else
            {
                return false;
            }

            if (++dots > 2)
            {
                return false;
            }
        }

        return dots > 0;
    }
}
