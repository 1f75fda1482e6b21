namespace Globus.Sdk.Transport;

/// <summary>A request body encoded once and copied into each attempt's request.</summary>
internal sealed class EncodedBody
{
    private readonly KeyValuePair<string, IEnumerable<string>>[] _contentHeaders;

    public EncodedBody(byte[] bytes, string mediaType)
        : this(bytes, [new("Content-Type", [mediaType])])
    {
    }

    private EncodedBody(byte[] bytes, KeyValuePair<string, IEnumerable<string>>[] contentHeaders)
    {
        Bytes = bytes;
        _contentHeaders = contentHeaders;
    }

    public byte[] Bytes { get; }

    /// <summary>The media type of the <c>Content-Type</c> header, without parameters, or null.</summary>
    public string? MediaType
    {
        get
        {
            foreach (var (name, values) in _contentHeaders)
            {
                if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && values.FirstOrDefault() is { } value)
                {
                    return value.Split(';')[0].Trim();
                }
            }

            return null;
        }
    }

    /// <summary>Reads an encoder's content once, keeping its bytes and content headers.</summary>
    public static async Task<EncodedBody> FromContentAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using (content)
        {
            var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var headers = content.Headers
                .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.ToArray()))
                .ToArray();
            return new EncodedBody(bytes, headers);
        }
    }

    public HttpContent CreateContent()
    {
        var content = new ByteArrayContent(Bytes);
        foreach (var (name, values) in _contentHeaders)
        {
            content.Headers.TryAddWithoutValidation(name, values);
        }

        return content;
    }
}
