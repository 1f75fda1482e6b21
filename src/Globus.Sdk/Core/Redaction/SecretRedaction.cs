namespace Globus.Sdk;

/// <summary>
/// The one list of what counts as a credential, by field or parameter name, and how a URL is shown
/// without one. Logs, spans and exception messages all pass through here.
/// </summary>
internal static class SecretRedaction
{
    public const string Redacted = "REDACTED";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "token", "secret", "password", "assertion", "authorization", "code_verifier", "cookie",
    };

    private static readonly string[] SecretSuffixes = ["_token", "_secret", "_password", "_assertion"];

    /// <summary>Whether a JSON field or form field of this name holds a credential.</summary>
    public static bool IsSecretName(string? name) =>
        name is not null
        && (SecretNames.Contains(name) || SecretSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Whether a query parameter of this name holds a credential. In a URL, <c>code</c> is an OAuth2
    /// authorization code; in an error body the same name is the error's code, so only URLs treat it as secret.
    /// </summary>
    public static bool IsSecretQueryName(string name) => IsSecretName(name) || name.Equals("code", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL without user-info and with the values of secret query parameters replaced.</summary>
    public static string UrlForDisplay(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return url.ToString();
        }

        var builder = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty };
        if (builder.Query.Length > 1)
        {
            var pairs = builder.Query.TrimStart('?').Split('&');
            for (var i = 0; i < pairs.Length; i++)
            {
                var equals = pairs[i].IndexOf('=');
                if (equals > 0 && IsSecretQueryName(Uri.UnescapeDataString(pairs[i][..equals])))
                {
                    pairs[i] = pairs[i][..(equals + 1)] + Redacted;
                }
            }

            builder.Query = string.Join('&', pairs);
        }

        return builder.Uri.AbsoluteUri;
    }
}
