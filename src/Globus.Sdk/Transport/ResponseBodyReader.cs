using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>
/// Reads a response body into memory, never more than a limit: a declared <c>Content-Length</c> over the
/// limit is refused before reading, and a body without one is read until it passes the limit.
/// </summary>
internal static class ResponseBodyReader
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// Whatever reading the body raises (a reset connection, a <c>Content-Encoding</c> that does not decode)
    /// propagates; the pipeline turns it into a <see cref="GlobusConnectionException"/>.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes || declared > Array.MaxLength)
        {
            return null;
        }

        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (declared is { } length)
        {
            // The handler ends the stream at the declared length, so the body is read straight into its array.
            return await ReadKnownLengthAsync(stream, (int)length, cancellationToken).ConfigureAwait(false);
        }

        return await ReadUnknownLengthAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadKnownLengthAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var count = await stream.ReadAsync(body.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                throw new IOException($"The response ended after {read} of the {length} bytes its Content-Length declared.");
            }

            read += count;
        }

        return body;
    }

    private static async Task<byte[]?> ReadUnknownLengthAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var count = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    return total == 0 ? [] : buffer.AsSpan(0, total).ToArray();
                }

                total += count;
                if (total > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
