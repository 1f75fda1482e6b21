namespace Globus.Sdk.Transport;

/// <summary>Turns an <see cref="HttpResponseMessage"/> and its body into a <see cref="GlobusResponse"/>.</summary>
internal static class HttpResponseReader
{
    /// <summary>The response to <paramref name="response"/>, of the type <paramref name="factory"/> builds when there is one.</summary>
    public static GlobusResponse ToGlobusResponse(HttpResponseMessage response, ReceivedBody body, ResponseFactory? factory)
    {
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.ToString();
        var headers = new ReceivedHeaders(response.Headers, response.Content.Headers);
        return factory is null
            ? GlobusResponse.FromParts(status, body, contentType, headers, response.ReasonPhrase)
            : factory.Create(status, body, contentType, headers, response.ReasonPhrase);
    }
}
