// Runtime support: the base URL of a generated client whose spec gives a base-url template.
namespace Globus.Sdk;

/// <summary>
/// Builds the base URL of a client for one instance of a service from its constructor arguments
/// (<c>x-globus-clients</c> <c>base-url</c>, such as <c>https://{gcs_address}/api/</c>). An argument
/// stands in the host part, so it must be a host name or address with an optional port: anything
/// that could move the URL elsewhere (a path, a query, user info) is refused before any request.
/// </summary>
internal static class InstanceBaseUrl
{
    public static string Host(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        var host = value;
        var colon = value.LastIndexOf(':');
        // A bracketed IPv6 address keeps its colons; a port follows the closing bracket.
        if (colon > value.LastIndexOf(']'))
        {
            if (!ushort.TryParse(value.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port == 0)
            {
                throw NotAHost(value, parameterName);
            }

            host = value[..colon];
        }

        var name = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return Uri.CheckHostName(name) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? value
            : throw NotAHost(value, parameterName);
    }

    public static Uri Build(string url) => new(url, UriKind.Absolute);

    private static ArgumentException NotAHost(string value, string parameterName) =>
        new($"'{value}' is not a host name or address with an optional port, which the client's base URL needs.", parameterName);
}
