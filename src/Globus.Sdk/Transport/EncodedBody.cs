using System.Net.Http.Headers;

namespace Globus.Sdk.Transport;

/// <summary>A request body encoded once and copied into each attempt's request.</summary>
internal sealed class EncodedBody(byte[] bytes, string mediaType)
{
    public byte[] Bytes { get; } = bytes;

    public string MediaType { get; } = mediaType;

    public HttpContent CreateContent()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(MediaType);
        return content;
    }
}
