using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>Turns an <see cref="HttpResponseMessage"/> and its body into a <see cref="GlobusResponse"/>.</summary>
internal static class HttpResponseReader
{
    public static GlobusResponse ToGlobusResponse(HttpResponseMessage response, ReadOnlySequence<byte> body)
    {
        // Straight into the response's dictionary, as received (no parsing of each header, no list copied first);
        // a header sent several times has its values joined with ", ", as before.
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(headers, response.Headers.NonValidated);
        Add(headers, response.Content.Headers.NonValidated);
        var contentType = response.Content.Headers.ContentType?.ToString();
        if (contentType is not null)
        {
            headers.TryAdd("Content-Type", contentType);
        }

        return GlobusResponse.FromParts((int)response.StatusCode, body, contentType, headers, response.ReasonPhrase);
    }

    private static void Add(Dictionary<string, string> headers, System.Net.Http.Headers.HttpHeadersNonValidated received)
    {
        foreach (var (name, values) in received)
        {
            var value = values.ToString();
            headers[name] = headers.TryGetValue(name, out var existing) ? existing + ", " + value : value;
        }
    }
}
