namespace Globus.Sdk.Gcs;

/// <summary>
/// The base URL of a <see cref="GCSClient"/> from the address it is made with, as the Python SDK builds it: a
/// host name (or address, with an optional port) becomes <c>https://{address}/api/</c>; an <c>https://</c> URL
/// is kept, with <c>/api/</c> added when it does not end with <c>/api/</c> or <c>/api</c>.
/// </summary>
/// <remarks>
/// A URL may not carry user info, a query or a fragment, and a host goes through <see cref="InstanceBaseUrl"/>,
/// so an address cannot move the client's credentials to another place than the endpoint's API.
/// </remarks>
internal static class GCSAddress
{
    private const string Https = "https://";

    public static Uri BaseUrl(string gcsAddress, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gcsAddress, parameterName);
        if (!gcsAddress.StartsWith(Https, StringComparison.Ordinal))
        {
            return InstanceBaseUrl.Build($"https://{InstanceBaseUrl.Host(gcsAddress, parameterName)}/api/");
        }

        if (!Uri.TryCreate(gcsAddress, UriKind.Absolute, out var url)
            || url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0
            || gcsAddress.IndexOfAny(['?', '#', '\\']) >= 0 || gcsAddress.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"'{gcsAddress}' is not an https URL of a GCS Manager API (no user info, query or fragment).", parameterName);
        }

        InstanceBaseUrl.Host(url.Authority, parameterName);
        DotSegmentsRefused(url, gcsAddress, parameterName);
        var text = url.GetLeftPart(UriPartial.Path);
        return text.EndsWith("/api/", StringComparison.Ordinal) || text.EndsWith("/api", StringComparison.Ordinal)
            ? InstanceBaseUrl.Build(text)
            : InstanceBaseUrl.Build(text.TrimEnd('/') + "/api/");
    }

    // The URL is taken as written: a dot segment that Uri would fold away is refused instead of silently moved.
    private static void DotSegmentsRefused(Uri url, string gcsAddress, string parameterName)
    {
        var path = gcsAddress[(Https.Length + url.Authority.Length)..];
        if (path.Split('/').Any(segment => segment is "." or ".." || segment.Contains('%', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{gcsAddress}' has a dot or escaped segment in its path; give the GCS Manager's URL as it is.", parameterName);
        }
    }
}
