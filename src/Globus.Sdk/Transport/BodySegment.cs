using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>
/// One array of a response body read in pieces: a body larger than <see cref="ResponseBodyReader.SegmentSize"/>
/// is kept as a chain of arrays under the large-object-heap threshold, so reading a page of a thousand tasks
/// allocates nothing that only a full (gen 2) collection frees.
/// </summary>
internal sealed class BodySegment : ReadOnlySequenceSegment<byte>
{
    private BodySegment(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    /// <summary>The body made of <paramref name="pieces"/>, in order; none of them empty.</summary>
    public static ReadOnlySequence<byte> Join(IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        switch (pieces.Count)
        {
            case 0:
                return ReadOnlySequence<byte>.Empty;
            case 1:
                return new ReadOnlySequence<byte>(pieces[0]);
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
}
