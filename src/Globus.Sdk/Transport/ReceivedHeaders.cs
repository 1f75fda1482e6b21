using System.Net.Http.Headers;

namespace Globus.Sdk.Transport;

/// <summary>
/// The headers of a received answer, turned into the response's dictionary only when something reads them: a 200
/// whose headers nobody asks for costs no dictionary.
/// </summary>
internal sealed class ReceivedHeaders(HttpResponseHeaders headers, HttpContentHeaders contentHeaders)
{
    /// <summary>
    /// Every header as received (no parsing of each header), a header sent several times with its values joined
    /// with <c>", "</c>. Called once per response, under the response's lock.
    /// </summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(result, headers.NonValidated);
        Add(result, contentHeaders.NonValidated);
        if (contentHeaders.ContentType?.ToString() is { } contentType)
        {
            result.TryAdd("Content-Type", contentType);
        }

        return result;
    }

    private static void Add(Dictionary<string, string> result, HttpHeadersNonValidated received)
    {
        foreach (var (name, values) in received)
        {
            var value = values.ToString();
            result[name] = result.TryGetValue(name, out var existing) ? existing + ", " + value : value;
        }
    }
}
