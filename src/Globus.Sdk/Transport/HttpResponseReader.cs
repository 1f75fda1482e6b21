using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>Turns an <see cref="HttpResponseMessage"/> and its body into a <see cref="GlobusResponse"/>.</summary>
internal static class HttpResponseReader
{
    public static GlobusResponse ToGlobusResponse(HttpResponseMessage response, ReadOnlySequence<byte> body) =>
        GlobusResponse.FromParts(
            (int)response.StatusCode,
            body,
            response.Content.Headers.ContentType?.ToString(),
            new ReceivedHeaders(response.Headers, response.Content.Headers),
            response.ReasonPhrase);
}
