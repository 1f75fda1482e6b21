namespace Globus.Sdk;

/// <summary>
/// Hides header values that may carry credentials before headers are shown in an exception or a log.
/// Only headers known to be harmless keep their values.
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

    public static IReadOnlyDictionary<string, string> Redact(IReadOnlyDictionary<string, string> headers)
    {
        var result = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            result[name] = SafeHeaders.Contains(name) ? value : SecretRedaction.Redacted;
        }

        return result;
    }
}
