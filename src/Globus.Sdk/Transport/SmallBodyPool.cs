using System.Buffers;
using System.Numerics;

namespace Globus.Sdk.Transport;

/// <summary>
/// The arrays of bodies under <see cref="ResponseBodyReader.SegmentSize"/>, reused when a disposed
/// <see cref="GlobusResponse"/> gives its array back.
/// </summary>
/// <remarks>
/// <para>
/// A caller that never disposes its responses must pay no more than it did before pooling, so a rent this pool
/// cannot serve allocates a new array of the body's size class, which is never more than 1/8 over the body
/// (<see cref="ArrayPool{T}.Shared"/> rounds up to a power of two, up to twice the body). Sizes are classes of eight
/// steps per doubling; each class keeps up to <see cref="KeptPerClass"/> arrays, so the pool holds at most a few
/// megabytes however it is used, and an array given back beyond that is left to the collector.
/// </para>
/// <para>
/// A body of <see cref="MaxUnpooledLength"/> bytes or fewer is not worth a rent and gets its own array. Arrays
/// are cleared when they come back, and the pool is the SDK's own, so no other code in the process can rent an
/// array still holding what a service sent.
/// </para>
/// </remarks>
internal sealed class SmallBodyPool
{
    /// <summary>The longest body that gets an array of its own, never pooled: rounding up would be most of it.</summary>
    public const int MaxUnpooledLength = 128;

    /// <summary>How many arrays of each size class are kept for reuse.</summary>
    public const int KeptPerClass = 8;

    private const int StepsPerDoubling = 8;

    // Classes cover the doublings above MaxUnpooledLength (2^7) up to the segment size (2^16).
    private const int FirstDoubling = 7;
    private const int ClassCount = (16 - FirstDoubling) * StepsPerDoubling;

    private readonly byte[]?[] _kept = new byte[]?[ClassCount * KeptPerClass];

    /// <summary>The pool every response's small body is rented from.</summary>
    public static SmallBodyPool Shared { get; } = new();

    /// <summary>Whether a body of <paramref name="length"/> bytes is read into an array of this pool.</summary>
    public static bool Pools(int length) => length is > MaxUnpooledLength and < ResponseBodyReader.SegmentSize;

    /// <summary>The size of the arrays that hold a body of <paramref name="length"/> bytes (see <see cref="Pools"/>).</summary>
    public static int ClassSize(int length)
    {
        var step = Step(length);
        return (length + step - 1) & ~(step - 1);
    }

    /// <summary>An array of <paramref name="length"/>'s size class: one given back before, or a new one.</summary>
    /// <param name="length">A body length the pool serves (see <see cref="Pools"/>).</param>
    public byte[] Rent(int length)
    {
        var first = ClassIndex(ClassSize(length)) * KeptPerClass;
        for (var slot = first; slot < first + KeptPerClass; slot++)
        {
            if (Volatile.Read(ref _kept[slot]) is not null && Interlocked.Exchange(ref _kept[slot], null) is { } array)
            {
                return array;
            }
        }

        return new byte[ClassSize(length)];
    }

    /// <summary>Clears the first <paramref name="used"/> bytes of an array rented here and keeps it, if there is room.</summary>
    public void Return(byte[] array, int used)
    {
        // Rented arrays start zeroed and only their first bytes are written, so this leaves all of it zero.
        array.AsSpan(0, used).Clear();
        var first = ClassIndex(array.Length) * KeptPerClass;
        for (var slot = first; slot < first + KeptPerClass; slot++)
        {
            if (Interlocked.CompareExchange(ref _kept[slot], array, null) is null)
            {
                return;
            }
        }
    }

    // The rounding unit for a length: an eighth of the power of two below it, so a class is at most 1/8 over.
    private static int Step(int length) => 1 << (BitOperations.Log2((uint)(length - 1)) - 3);

    private static int ClassIndex(int classSize)
    {
        var doubling = BitOperations.Log2((uint)(classSize - 1));
        return ((doubling - FirstDoubling) * StepsPerDoubling) + (classSize >> (doubling - 3)) - (StepsPerDoubling + 1);
    }
}
