using System.Text;

namespace Globus.Sdk.Transport;

/// <summary>
/// The one place request URLs are built: a path is escaped and joined to the base URL with a single
/// slash; an absolute <c>http://</c> or <c>https://</c> URL is used as given; query parameters with
/// a null value are left out, and a name may repeat.
/// </summary>
internal static class RequestUrlBuilder
{
    public static Uri Build(Uri baseUrl, string path, IEnumerable<KeyValuePair<string, string?>>? queryParams)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                ? Finish(new StringBuilder(path), queryParams, path)
                : BuildFromEscapedPath(baseUrl, EscapePath(path), queryParams);
    }

    /// <summary>
    /// Joins a path whose parts are already escaped (generated operations escape each path
    /// parameter once with <see cref="EscapePathParameter"/>) to the base URL.
    /// </summary>
    public static Uri BuildFromEscapedPath(Uri baseUrl, string escapedPath, IEnumerable<KeyValuePair<string, string?>>? queryParams)
    {
        var url = new StringBuilder(baseUrl.AbsoluteUri.TrimEnd('/')).Append('/').Append(escapedPath.TrimStart('/'));
        return Finish(url, queryParams, escapedPath);
    }

    /// <summary>Escapes one path parameter's value, slashes included, so it stays one path segment.</summary>
    public static string EscapePathParameter(string value) => Uri.EscapeDataString(value);

    private static Uri Finish(StringBuilder url, IEnumerable<KeyValuePair<string, string?>>? queryParams, string path)
    {
        AppendQuery(url, queryParams);
        return Uri.TryCreate(url.ToString(), UriKind.Absolute, out var result)
            ? result
            : throw new ArgumentException($"'{path}' does not make a valid URL.", nameof(path));
    }

    private static string EscapePath(string path)
    {
        // Like Python's urllib.parse.quote: every character but unreserved ones and '/' is escaped.
        var segments = path.TrimStart('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.EscapeDataString(segments[i]);
        }

        return string.Join('/', segments);
    }

    private static void AppendQuery(StringBuilder url, IEnumerable<KeyValuePair<string, string?>>? queryParams)
    {
        if (queryParams is null)
        {
            return;
        }

        var separator = url.ToString().Contains('?') ? '&' : '?';
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
