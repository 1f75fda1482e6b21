using System.Runtime.CompilerServices;
using System.Text;

namespace Globus.Sdk.Transport;

/// <summary>
/// The one place request URLs are built: a path is escaped and joined to the base URL with a single
/// slash; an absolute <c>http://</c> or <c>https://</c> URL is used as given; query parameters with
/// a null value are left out, and a name may repeat.
/// </summary>
/// <remarks>
/// No URL built here can leave the path it names: <c>System.Uri</c> collapses the dot segments <c>.</c>
/// and <c>..</c> (also written <c>%2E</c>, and with <c>\</c> for <c>/</c>), so a path parameter of <c>..</c>
/// would reach another resource of the service. A path parameter of <c>.</c> or <c>..</c>, and a raw path
/// or an escaped operation path with a dot segment, are refused before any request; every other value is
/// escaped as one segment (<c>/</c>, <c>?</c>, <c>#</c>, <c>%</c> and control characters included).
/// </remarks>
internal static class RequestUrlBuilder
{
    public static Uri Build(Uri baseUrl, string path, IEnumerable<KeyValuePair<string, string?>>? queryParams)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsAbsoluteHttpUrl(path))
        {
            return BuildFromEscapedPath(baseUrl, EscapePath(path), queryParams);
        }

        // The path of an absolute URL: from the first slash after the authority to the query or fragment.
        var afterScheme = path.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = path.AsSpan().IndexOfAny('?', '#');
        var authorityAndPath = path.AsSpan(afterScheme, (end < 0 ? path.Length : end) - afterScheme);
        var pathStart = authorityAndPath.IndexOfAny('/', '\\');
        if (pathStart >= 0 && DotSegments.Contains(authorityAndPath[pathStart..], backslashSeparates: true))
        {
            throw new ArgumentException($"The URL's path has a '.' or '..' segment, which would send the request elsewhere: '{path}'.", nameof(path));
        }

        return Finish(new StringBuilder(path), queryParams, path, hasQuery: path.Contains('?'));
    }

    /// <summary>
    /// Joins a path whose parts are already escaped (generated operations escape each path
    /// parameter once with <see cref="EscapePathParameter"/>) to the base URL.
    /// </summary>
    /// <exception cref="ArgumentException">The path has a dot segment.</exception>
    public static Uri BuildFromEscapedPath(Uri baseUrl, string escapedPath, IEnumerable<KeyValuePair<string, string?>>? queryParams)
    {
        if (DotSegments.Contains(escapedPath, backslashSeparates: true))
        {
            throw new ArgumentException($"The path has a '.' or '..' segment, which would send the request elsewhere: '{escapedPath}'.", nameof(escapedPath));
        }

        var baseText = baseUrl.AbsoluteUri;
        var root = baseText.AsSpan(0, baseText.Length - (baseText.EndsWith('/') ? 1 : 0));
        var relative = escapedPath.AsSpan().TrimStart('/');
        // The base URL's text comes first and no dot segment follows it, so the URL stays under it.
        if (queryParams is null)
        {
            // Most calls have no further query: the URL's text is made in one piece, with no builder.
            return ToUri(string.Concat(root, "/", relative), escapedPath);
        }

        var url = new StringBuilder(baseText.Length + escapedPath.Length + 64).Append(root).Append('/').Append(relative);
        return Finish(url, queryParams, escapedPath, hasQuery: baseText.Contains('?') || escapedPath.Contains('?'));
    }

    /// <summary>
    /// Escapes one path parameter's value, slashes included, so it stays one path segment. An empty value,
    /// <c>.</c> and <c>..</c> cannot be one segment (the URL would name another resource) and are refused.
    /// </summary>
    /// <param name="value">The parameter's value.</param>
    /// <param name="parameterName">The operation's parameter, named in the exception; filled in by the compiler.</param>
    /// <exception cref="ArgumentException">The value is empty, <c>.</c> or <c>..</c>.</exception>
    public static string EscapePathParameter(string value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        return value is "" or "." or ".."
            ? throw new ArgumentException(
                $"A path parameter cannot be '{value}': it would name another resource than the one asked for.", parameterName)
            : Uri.EscapeDataString(value);
    }

    private static bool IsAbsoluteHttpUrl(string path) =>
        path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static Uri Finish(StringBuilder url, IEnumerable<KeyValuePair<string, string?>>? queryParams, string path, bool hasQuery)
    {
        AppendQuery(url, queryParams, hasQuery);
        return ToUri(url.ToString(), path);
    }

    private static Uri ToUri(string url, string path) =>
        Uri.TryCreate(url, UriKind.Absolute, out var result)
            ? result
            : throw new ArgumentException($"'{Shorten(path)}' does not make a valid URL.", nameof(path));

    private static string Shorten(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "...");

    private static string EscapePath(string path)
    {
        // Like Python's urllib.parse.quote: every character but unreserved ones and '/' is escaped.
        var segments = path.TrimStart('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] is "." or "..")
            {
                throw new ArgumentException($"The path has a '{segments[i]}' segment, which would send the request elsewhere: '{Shorten(path)}'.", nameof(path));
            }

            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static void AppendQuery(StringBuilder url, IEnumerable<KeyValuePair<string, string?>>? queryParams, bool hasQuery)
    {
        if (queryParams is null)
        {
            return;
        }

        // The parts appended so far are searched, not the builder: url.ToString() here made a second copy of every URL.
        var separator = hasQuery ? '&' : '?';
        foreach (var (name, value) in queryParams)
        {
            if (value is null)
            {
                continue;
            }

            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
    }
}
