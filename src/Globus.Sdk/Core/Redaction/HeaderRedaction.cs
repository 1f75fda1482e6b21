namespace Globus.Sdk;

/// <summary>
/// Hides header values that may carry credentials before headers are shown in an exception or a log.
/// Only headers known to be harmless keep their values, and even those lose any credential the request
/// sent, should the service echo it (a <c>Location</c> quoting a token).
/// </summary>
internal static class HeaderRedaction
{
    private static readonly HashSet<string> SafeHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Cache-Control", "Connection", "Content-Encoding", "Content-Length", "Content-Type",
        "Date", "ETag", "Expires", "Last-Modified", "Location", "Pragma", "Retry-After", "Server",
        "Transfer-Encoding", "User-Agent", "Vary", "X-Globus-Client-Info", "X-Request-Id",
        "X-Transfer-Request-Id",
    };

    /// <summary>Whether a header's value is shown.</summary>
    public static bool IsSafe(string name) => SafeHeaders.Contains(name);

    public static IReadOnlyDictionary<string, string> Redact(IReadOnlyDictionary<string, string> headers, Redactor? redactor = null)
    {
        var result = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            result[name] = IsSafe(name) ? redactor?.Apply(value) ?? value : SecretRedaction.Redacted;
        }

        return result;
    }
}
