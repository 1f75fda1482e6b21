using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>
/// The arrays of large bodies. Every full piece of a body of <see cref="ResponseBodyReader.SegmentSize"/> or more is
/// rented here, and so is the one array of an item walk's page (see <see cref="ItemWalkFetch"/>). They come back
/// when their response is disposed (an item walk disposes each page it is done with); the arrays of a response
/// nobody disposes are collected as any array would be.
/// </summary>
/// <remarks>
/// The pools are the SDK's own, not <see cref="ArrayPool{T}.Shared"/>, and arrays are cleared when they come
/// back, so no other code in the process can rent an array still holding what a service sent.
/// </remarks>
internal static class BodyPiecePool
{
    /// <summary>
    /// The most pieces kept for reuse: 4 MiB, more than a page of 1,000 Transfer tasks (about 1.6 MB) needs;
    /// pieces given back beyond it are left to the collector.
    /// </summary>
    public const int MaxKeptPieces = 64;

    /// <summary>
    /// The largest page read into one array, several times a page of 1,000 Transfer tasks; a larger one is read in
    /// pieces. The array is rented before the body arrives, so this also bounds what a <c>Content-Length</c> that
    /// promises more than is sent can make the SDK set aside.
    /// </summary>
    public const int MaxPageSize = 8 * 1024 * 1024;

    private static readonly ArrayPool<byte> Pieces = ArrayPool<byte>.Create(ResponseBodyReader.SegmentSize, MaxKeptPieces);

    // Two arrays of each size: two walks at once reuse theirs, a third one's pages are left to the collector.
    private static readonly ArrayPool<byte> Pages = ArrayPool<byte>.Create(MaxPageSize, maxArraysPerBucket: 2);

    /// <summary>An array of <see cref="ResponseBodyReader.SegmentSize"/> bytes, reused when one has been given back.</summary>
    public static byte[] Rent() => Pieces.Rent(ResponseBodyReader.SegmentSize);

    /// <summary>An array of at least <paramref name="length"/> bytes (over a piece's, at most <see cref="MaxPageSize"/>) for one page.</summary>
    public static byte[] RentPage(int length) => Pages.Rent(length);

    /// <summary>Gives an array back, cleared; nothing may read it afterwards.</summary>
    /// <param name="array">A piece, or a page's array.</param>
    /// <param name="used">How many of its first bytes a body was read into.</param>
    public static void Return(byte[] array, int used)
    {
        // Arrays come from the pools zeroed and only their first bytes are written, so clearing those leaves the
        // whole array zero without touching the memory of a page array's unused end.
        array.AsSpan(0, used).Clear();
        (array.Length == ResponseBodyReader.SegmentSize ? Pieces : Pages).Return(array);
    }
}
