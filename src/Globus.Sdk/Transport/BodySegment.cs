using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>
/// One array of a response body read in pieces: a body larger than <see cref="ResponseBodyReader.SegmentSize"/>
/// is kept as a chain of arrays under the large-object-heap threshold, so reading a page of a thousand tasks
/// allocates nothing that only a full (gen 2) collection frees.
/// </summary>
internal sealed class BodySegment : ReadOnlySequenceSegment<byte>
{
    private readonly byte[]? _pooled;

    private BodySegment(BodyPiece piece, long runningIndex)
    {
        Memory = piece.Array.AsMemory(0, piece.Length);
        RunningIndex = runningIndex;
        _pooled = piece.Pooled ? piece.Array : null;
    }

    /// <summary>The body made of <paramref name="pieces"/>, in order; none of them empty. A pooled piece is a segment even when alone, so it can be given back.</summary>
    public static ReadOnlySequence<byte> Join(IReadOnlyList<BodyPiece> pieces)
    {
        switch (pieces.Count)
        {
            case 0:
                return ReadOnlySequence<byte>.Empty;
            case 1 when !pieces[0].Pooled:
                return new ReadOnlySequence<byte>(pieces[0].Array, 0, pieces[0].Length);
        }

        var first = new BodySegment(pieces[0], 0);
        var last = first;
        for (var i = 1; i < pieces.Count; i++)
        {
            var next = new BodySegment(pieces[i], last.RunningIndex + last.Memory.Length);
            last.Next = next;
            last = next;
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary>True when any piece of <paramref name="body"/> was rented from <see cref="BodyPiecePool"/>.</summary>
    public static bool HasPooledPieces(ReadOnlySequence<byte> body)
    {
        for (var segment = body.Start.GetObject() as BodySegment; segment is not null; segment = segment.Next as BodySegment)
        {
            if (segment._pooled is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives the body's pooled pieces back to <see cref="BodyPiecePool"/>; nothing may read the body afterwards.</summary>
    public static void ReturnPooled(ReadOnlySequence<byte> body)
    {
        for (var segment = body.Start.GetObject() as BodySegment; segment is not null; segment = segment.Next as BodySegment)
        {
            if (segment._pooled is { } piece)
            {
                BodyPiecePool.Return(piece, segment.Memory.Length);
            }
        }
    }
}
