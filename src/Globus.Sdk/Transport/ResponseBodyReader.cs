using System.Buffers;
using System.Runtime.CompilerServices;

namespace Globus.Sdk.Transport;

/// <summary>
/// Reads a response body into memory, never more than a limit: a declared <c>Content-Length</c> over the
/// limit is refused before reading, and a body without one is read until it passes the limit.
/// </summary>
/// <remarks>
/// The body belongs to the <see cref="GlobusResponse"/>, which gives its pooled arrays back when it is disposed
/// (see <see cref="ResponseContent"/>). A body under <see cref="SegmentSize"/> is one array of
/// <see cref="SmallBodyPool"/>; a larger one is a chain of arrays of that size (<see cref="BodySegment"/>), each
/// under the large-object-heap threshold, rented from <see cref="BodyPiecePool"/>. An item walk's page is one
/// pooled array instead, when its length is known or its previous page says how large it may be
/// (<see cref="ItemWalkFetch"/>).
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
    public static async ValueTask<ReceivedBody?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        // A compressed body's declared length is that of what was sent; the limit is on the body it decodes to.
        var coding = ContentDecoding.CodingOf(content);
        var declared = coding is ContentDecoding.Coding.None ? content.Headers.ContentLength : null;
        if (declared > maxBytes)
        {
            return null;
        }

        var received = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var stream = ContentDecoding.Decode(coding, received);
        if (declared is { } length)
        {
            // The handler ends the stream at the declared length, so the body is read straight into its arrays.
            return await ReadKnownLengthAsync(stream, length, cancellationToken).ConfigureAwait(false);
        }

        if (ItemWalkFetch.PreviousPageLength is > SegmentSize and <= BodyPiecePool.MaxPageSize and var previous)
        {
            return await ReadPageOfUnknownLengthAsync(stream, (int)previous, maxBytes, cancellationToken).ConfigureAwait(false) is { } page
                ? new ReceivedBody(page)
                : null;
        }

        return await ReadUnknownLengthAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<ReceivedBody> ReadKnownLengthAsync(Stream stream, long length, CancellationToken cancellationToken)
    {
        if (length < SegmentSize)
        {
            // Most bodies: one array, with no list of pieces to gather them.
            var small = (int)length;
            var array = SmallArray(small);
            try
            {
                await ReadExactlyAsync(stream, array, small, 0, length, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                GiveBackUnread(array, small);
                throw;
            }

            return SmallBody(array, small);
        }

        if (ItemWalkFetch.IsActive && length <= BodyPiecePool.MaxPageSize)
        {
            return new ReceivedBody(await ReadPageAsync(stream, (int)length, cancellationToken).ConfigureAwait(false));
        }

        var pieces = new List<BodyPiece>((int)Math.Min((length + SegmentSize - 1) / SegmentSize, 1024));
        try
        {
            long read = 0;
            while (read < length)
            {
                var size = (int)Math.Min(SegmentSize, length - read);
                var piece = new BodyPiece(BodyPiecePool.Rent(), size, Pooled: true);
                // Added first, so a failed read still gives the rented array back.
                pieces.Add(piece);
                await ReadExactlyAsync(stream, piece.Array, size, read, length, cancellationToken).ConfigureAwait(false);
                read += size;
            }
        }
        catch
        {
            ReturnAll(pieces);
            throw;
        }

        return new ReceivedBody(BodySegment.Join(pieces));
    }

    // An item walk's page: one pooled array, given back by the walk when it is done with the page.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<ReadOnlySequence<byte>> ReadPageAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var page = new BodyPiece(BodyPiecePool.RentPage(length), length, Pooled: true);
        try
        {
            await ReadExactlyAsync(stream, page.Array, length, 0, length, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            page.ReturnIfPooled();
            throw;
        }

        return BodySegment.Join([page]);
    }

    /// <summary>
    /// Fills the first <paramref name="size"/> bytes of <paramref name="array"/>, which start at <paramref name="offset"/>
    /// in a body of <paramref name="length"/> bytes; a body that ends sooner is an <see cref="IOException"/>.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private static async ValueTask ReadExactlyAsync(Stream stream, byte[] array, int size, long offset, long length, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < size)
        {
            var count = await stream.ReadAsync(array.AsMemory(filled, size - filled), cancellationToken).ConfigureAwait(false);
            if (count == 0)
            {
                throw new IOException($"The response ended after {offset + filled} of the {length} bytes its Content-Length declared.");
            }

            filled += count;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<ReceivedBody?> ReadUnknownLengthAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        // Read into a pooled buffer that grows to one segment; each full segment, and the rest at the end, is copied
        // into an array of the body's own, so a small body costs one array of its size class.
        var pieces = new List<BodyPiece>();
        var buffer = ArrayPool<byte>.Shared.Rent(FirstReadSize);
        var handedOut = false;
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
                        var piece = BodyPiecePool.Rent();
                        buffer.AsSpan(0, filled).CopyTo(piece);
                        pieces.Add(new BodyPiece(piece, filled, Pooled: true));
                        filled = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, SegmentSize));
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                        buffer = larger;
                    }
                }

                var count = await stream.ReadAsync(buffer.AsMemory(filled, Capacity(buffer) - filled), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    handedOut = true;
                    if (pieces.Count == 0)
                    {
                        var array = SmallArray(filled);
                        buffer.AsSpan(0, filled).CopyTo(array);
                        return SmallBody(array, filled);
                    }

                    if (filled > 0)
                    {
                        pieces.Add(new BodyPiece(buffer.AsSpan(0, filled).ToArray(), filled, Pooled: false));
                    }

                    return new ReceivedBody(BodySegment.Join(pieces));
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
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            if (!handedOut)
            {
                ReturnAll(pieces);
            }
        }
    }

    /// <summary>
    /// An item walk's page without a <c>Content-Length</c>: read into one pooled array at least as large as the walk's
    /// previous page (pooled arrays are powers of two, so with room to spare), and only what does not fit in pieces.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<ReadOnlySequence<byte>?> ReadPageOfUnknownLengthAsync(
        Stream stream, int previousLength, long maxBytes, CancellationToken cancellationToken)
    {
        var pieces = new List<BodyPiece>(1);
        var handedOut = false;
        try
        {
            long total = 0;
            var array = BodyPiecePool.RentPage(previousLength);
            while (true)
            {
                // Added first, whole, so a failed read still clears and gives back all it may have written.
                pieces.Add(new BodyPiece(array, array.Length, Pooled: true));
                var filled = 0;
                int count;
                do
                {
                    count = await stream.ReadAsync(array.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                    filled += count;
                    total += count;
                    if (total > maxBytes)
                    {
                        return null;
                    }
                }
                while (count > 0 && filled < array.Length);

                if (filled == 0)
                {
                    // The body ended with the previous array: this one holds nothing of it.
                    pieces.RemoveAt(pieces.Count - 1);
                    BodyPiecePool.Return(array, 0);
                }
                else
                {
                    pieces[^1] = new BodyPiece(array, filled, Pooled: true);
                }

                if (count == 0)
                {
                    handedOut = true;
                    return BodySegment.Join(pieces);
                }

                array = BodyPiecePool.Rent();
            }
        }
        finally
        {
            if (!handedOut)
            {
                ReturnAll(pieces);
            }
        }
    }

    private static byte[] SmallArray(int length) => SmallBodyPool.Pools(length)
        ? SmallBodyPool.Shared.Rent(length)
        : length == 0 ? [] : new byte[length];

    private static ReceivedBody SmallBody(byte[] array, int length) =>
        new(new ReadOnlySequence<byte>(array, 0, length), SmallBodyPool.Pools(length) ? array : null);

    // A small body whose read failed: nothing else holds its array, and the read wrote only into the first length bytes.
    private static void GiveBackUnread(byte[] array, int length)
    {
        if (SmallBodyPool.Pools(length))
        {
            SmallBodyPool.Shared.Return(array, length);
        }
    }

    // Pieces of a body that is never handed out (a failed read, a body over the limit) go back at once.
    private static void ReturnAll(List<BodyPiece> pieces)
    {
        foreach (var piece in pieces)
        {
            piece.ReturnIfPooled();
        }
    }

    // A pooled array may be larger than asked for; a segment is never larger than SegmentSize.
    private static int Capacity(byte[] buffer) => Math.Min(buffer.Length, SegmentSize);
}
