namespace Globus.Sdk.Transport;

/// <summary>Turns an <see cref="HttpResponseMessage"/> and its body into a <see cref="GlobusResponse"/>.</summary>
internal static class HttpResponseReader
{
    public static GlobusResponse ToGlobusResponse(HttpResponseMessage response, byte[] body)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in response.Headers)
        {
            headers.Add(new(name, string.Join(", ", values)));
        }

        foreach (var (name, values) in response.Content.Headers)
        {
            headers.Add(new(name, string.Join(", ", values)));
        }

        return GlobusResponse.Create(
            (int)response.StatusCode,
            body,
            response.Content.Headers.ContentType?.ToString(),
            headers,
            response.ReasonPhrase);
    }
}
