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
        var url = new StringBuilder();
        if (path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            url.Append(path);
        }
        else
        {
            url.Append(baseUrl.AbsoluteUri.TrimEnd('/')).Append('/').Append(EscapePath(path.TrimStart('/')));
        }

        AppendQuery(url, queryParams);
        return Uri.TryCreate(url.ToString(), UriKind.Absolute, out var result)
            ? result
            : throw new ArgumentException($"'{path}' does not make a valid URL.", nameof(path));
    }

    private static string EscapePath(string path)
    {
        // Like Python's urllib.parse.quote: every character but unreserved ones and '/' is escaped.
        var segments = path.Split('/');
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
