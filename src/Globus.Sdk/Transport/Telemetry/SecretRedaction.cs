namespace Globus.Sdk.Transport;

/// <summary>Names of fields and query parameters whose values are credentials, and how to hide them.</summary>
internal static class SecretRedaction
{
    public const string Redacted = "REDACTED";

    private static readonly HashSet<string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "access_token", "refresh_token", "id_token", "token", "client_secret", "code", "code_verifier",
        "password", "secret", "assertion", "other_tokens",
    };

    public static bool IsSecret(string name) => SecretNames.Contains(name);

    /// <summary>The URL without user-info and with the values of secret query parameters replaced.</summary>
    public static string ForDisplay(Uri url)
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
                if (equals > 0 && IsSecret(Uri.UnescapeDataString(pairs[i][..equals])))
                {
                    pairs[i] = pairs[i][..(equals + 1)] + Redacted;
                }
            }

            builder.Query = string.Join('&', pairs);
        }

        return builder.Uri.AbsoluteUri;
    }
}
