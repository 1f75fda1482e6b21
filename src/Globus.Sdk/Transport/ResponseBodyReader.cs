using System.Buffers;
using System.Runtime.CompilerServices;

namespace Globus.Sdk.Transport;

/// <summary>
/// Reads a response body into memory, never more than a limit: a declared <c>Content-Length</c> over the
/// limit is refused before reading, and a body without one is read until it passes the limit.
/// </summary>
/// <remarks>
/// The body belongs to the <see cref="GlobusResponse"/> for its whole life (it may be shared between threads and
/// kept by the caller), so it is never a pooled buffer. A body up to <see cref="SegmentSize"/> is one array of its
/// exact size; a larger one is a chain of arrays of that size (<see cref="BodySegment"/>), each under the
/// large-object-heap threshold.
/// </remarks>
internal static class ResponseBodyReader
{
    /// <summary>The largest array of a body: 64 KiB, under the 85,000 bytes from which arrays go to the large-object heap.</summary>
    public const int SegmentSize = 64 * 1024;

    private const int FirstReadSize = 16 * 1024;

    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// Whatever reading the body raises (a reset connection, a <c>Content-Encoding</c> that does not decode)
    /// propagates; the pipeline turns it into a <see cref="GlobusConnectionException"/>.
    /// </remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<ReadOnlySequence<byte>?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (declared is { } length)
        {
            // The handler ends the stream at the declared length, so the body is read straight into its arrays.
            return await ReadKnownLengthAsync(stream, length, cancellationToken).ConfigureAwait(false);
        }

        return await ReadUnknownLengthAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<ReadOnlySequence<byte>> ReadKnownLengthAsync(Stream stream, long length, CancellationToken cancellationToken)
    {
        var pieces = new List<ReadOnlyMemory<byte>>((int)Math.Min((length + SegmentSize - 1) / SegmentSize, 1024));
        long read = 0;
        while (read < length)
        {
            var piece = new byte[(int)Math.Min(SegmentSize, length - read)];
            var filled = 0;
            while (filled < piece.Length)
            {
                var count = await stream.ReadAsync(piece.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    throw new IOException($"The response ended after {read + filled} of the {length} bytes its Content-Length declared.");
                }

                filled += count;
            }

            pieces.Add(piece);
            read += piece.Length;
        }

        return BodySegment.Join(pieces);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<ReadOnlySequence<byte>?> ReadUnknownLengthAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        // Read into a pooled buffer that grows to one segment; each full segment, and the rest at the end, is copied
        // into an array of the body's own, so a small body costs one array of its exact size.
        var pieces = new List<ReadOnlyMemory<byte>>();
        var buffer = ArrayPool<byte>.Shared.Rent(FirstReadSize);
        try
        {
            long total = 0;
            var filled = 0;
            while (true)
            {
                if (filled == Capacity(buffer))
                {
                    if (filled == SegmentSize)
                    {
                        pieces.Add(buffer.AsSpan(0, filled).ToArray());
                        filled = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, SegmentSize));
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                var count = await stream.ReadAsync(buffer.AsMemory(filled, Capacity(buffer) - filled), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    if (filled > 0)
                    {
                        pieces.Add(buffer.AsSpan(0, filled).ToArray());
                    }

                    return BodySegment.Join(pieces);
                }

                filled += count;
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

    // A pooled array may be larger than asked for; a segment is never larger than SegmentSize.
    private static int Capacity(byte[] buffer) => Math.Min(buffer.Length, SegmentSize);
}
