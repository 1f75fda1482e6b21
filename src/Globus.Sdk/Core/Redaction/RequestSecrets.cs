using System.Text;
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// Every credential one call sent: each <c>Authorization</c> value (and the token or client secret inside
/// it), the caller's own header values that are not known to be harmless, the values of secret query
/// parameters, and the secret fields of a form or JSON body. The SDK knows exactly what it sent, so a
/// service that echoes any of it (a 401 quoting the bearer token, a token endpoint quoting the client
/// secret or the authorization code) cannot bring it into an exception message, a log or a span.
/// </summary>
/// <remarks>Collected only when first asked for (after an error, or to log a request id): a successful call pays nothing.</remarks>
internal sealed class RequestSecrets
{
    private readonly GlobusRequest _request;
    private readonly IReadOnlyList<string> _authorizations;
    private string[]? _values;

    public RequestSecrets(GlobusRequest request, IReadOnlyList<string> authorizations)
    {
        _request = request;
        _authorizations = authorizations;
    }

    /// <summary>The credentials, longest first, so that one contained in another is never left half shown.</summary>
    public IReadOnlyList<string> Values => _values ??= Collect();

    private string[] Collect()
    {
        var found = new List<string>();
        foreach (var authorization in _authorizations)
        {
            AddAuthorization(found, authorization);
        }

        foreach (var (name, value) in _request.Headers)
        {
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                AddAuthorization(found, value);
            }
            else if (!HeaderRedaction.IsSafe(name))
            {
                found.Add(value);
            }
        }

        AddSecretPairs(found, _request.Url.Query.TrimStart('?'));
        if (_request.Body is { } body)
        {
            AddBodySecrets(found, body);
        }

        return found
            .Where(value => value.Length >= BodySecretRedaction.MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length)
            .ToArray();
    }

    private static void AddAuthorization(List<string> found, string value)
    {
        found.Add(value);
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return;
        }

        var credential = value[(space + 1)..].Trim();
        found.Add(credential);
        if (value.AsSpan(0, space).Equals("Basic", StringComparison.OrdinalIgnoreCase) && TryDecodeBase64(credential) is { } pair)
        {
            // "client id:client secret": the pair and the secret alone.
            found.Add(pair);
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                found.Add(pair[(colon + 1)..]);
            }
        }
    }

    private static string? TryDecodeBase64(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }

    /// <summary>The values of secret fields of a query string or a form body (<c>code</c> included: an authorization code).</summary>
    private static void AddSecretPairs(List<string> found, string pairs)
    {
        foreach (var pair in pairs.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && SecretRedaction.IsSecretQueryName(Unescape(pair[..equals])))
            {
                found.Add(Unescape(pair[(equals + 1)..]));
            }
        }
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void AddBodySecrets(List<string> found, EncodedBody body)
    {
        var mediaType = body.MediaType;
        if (string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            AddSecretPairs(found, Encoding.UTF8.GetString(body.Bytes));
            return;
        }

        if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body.Bytes);
            found.AddRange(BodySecretRedaction.SecretValues(document.RootElement));
        }
        catch (JsonException)
        {
            // A JSON body the caller encoded by hand may be malformed; it carries no field to find then.
        }
    }
}
