using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>
/// The arrays of bodies received in pieces. Every full piece of a body over
/// <see cref="ResponseBodyReader.SegmentSize"/> is rented here, but only an item walk gives its pieces back:
/// it alone knows that nobody else holds its page (see <see cref="GlobusResponse.ReleasePooledBody"/>). The
/// pieces of a response the caller keeps are never given back and are collected as any array would be.
/// </summary>
/// <remarks>
/// The pool is the SDK's own, not <see cref="ArrayPool{T}.Shared"/>, and pieces are cleared when they come
/// back, so no other code in the process can rent an array still holding what a service sent.
/// </remarks>
internal static class BodyPiecePool
{
    /// <summary>
    /// The most pieces kept for reuse: 4 MiB, more than a page of 1,000 Transfer tasks (about 1.6 MB) needs;
    /// pieces given back beyond it are left to the collector.
    /// </summary>
    public const int MaxKeptPieces = 64;

    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(ResponseBodyReader.SegmentSize, MaxKeptPieces);

    /// <summary>An array of <see cref="ResponseBodyReader.SegmentSize"/> bytes, reused when one has been given back.</summary>
    public static byte[] Rent() => Pool.Rent(ResponseBodyReader.SegmentSize);

    /// <summary>Gives a piece back, cleared; nothing may read it afterwards.</summary>
    public static void Return(byte[] piece) => Pool.Return(piece, clearArray: true);
}
