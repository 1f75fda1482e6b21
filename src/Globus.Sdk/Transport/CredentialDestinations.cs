namespace Globus.Sdk.Transport;

/// <summary>
/// Where a client may send its credentials: over <c>https</c> to the host and port of its base URL, or to a
/// loopback address (plain <c>http</c> too, so that test servers and fakes keep working). A raw call to an
/// absolute URL, a paging link or a base URL over plain <c>http</c> elsewhere would hand a bearer token to
/// whoever answers there, so such a call is refused unless the client opted in
/// (<see cref="GlobusClientOptions.AllowCredentialsToAnyUrl"/>).
/// </summary>
internal static class CredentialDestinations
{
    public static bool IsAllowed(Uri url, Uri baseUrl) =>
        url.IsLoopback
        || (url.Scheme == Uri.UriSchemeHttps
            && baseUrl.Scheme == Uri.UriSchemeHttps
            && url.Port == baseUrl.Port
            && string.Equals(url.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase));

    public static GlobusSdkUsageException Refusal(Uri url, Uri baseUrl) =>
        new($"Credentials are sent only over https to the client's service ({baseUrl.Scheme}://{baseUrl.Authority}) or to a loopback "
            + $"address; {url.Scheme}://{url.Authority} is neither, so nothing was sent. Use a client without an authorizer for "
            + $"other URLs, or set {nameof(GlobusClientOptions)}.{nameof(GlobusClientOptions.AllowCredentialsToAnyUrl)} to send them anyway.");
}
