using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Short string values that repeat from item to item of a page (a task's <c>status</c>, <c>type</c>, endpoint
/// ids and names, owner, <c>DATA_TYPE</c>) are made once per thread and shared, instead of once per item: most
/// of a page of tasks' strings are the same few values.
/// </summary>
/// <remarks>
/// A small table per thread, indexed by a hash of the value's UTF-8 bytes, remembers the last string made for each
/// slot. Nearly every such value is ASCII, so it is compared with the kept string byte for character, without
/// decoding it first: a value that repeats costs a hash and one comparison, and one that does not repeat is made
/// as <see cref="Utf8JsonReader.GetString"/> makes it. Only ASCII values are kept (no other can match), so bytes
/// the reader would refuse as UTF-8 never match and always reach its check. Strings are immutable, so sharing one
/// instance is invisible to callers. Long values (descriptions, paths), escaped ones and ones split across buffers
/// are made as <see cref="Utf8JsonReader.GetString"/> makes them, and secrets never come here
/// (<see cref="ModelJson.ReadSecretString"/>), so the table never holds a credential.
/// </remarks>
internal static class RepeatedStrings
{
    private const int MaxBytes = 64;
    private const int Slots = 512;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The current JSON string token as a string; the reader is on a <see cref="JsonTokenType.String"/>.</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxBytes)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        var slots = t_slots ??= new string?[Slots];
        ref var slot = ref slots[Slot(utf8)];
        if (slot is { } known && known.Length == utf8.Length && Ascii.Equals(utf8, known))
        {
            return known;
        }

        // The reader decodes (and checks) the value; as many characters as bytes means it was ASCII.
        var made = reader.GetString()!;
        if (made.Length == utf8.Length)
        {
            slot = made;
        }

        return made;
    }

    // The length and the first, middle and last eight bytes (all of a value up to 24 bytes): ids, timestamps and
    // names differ within them, and two values that share a slot only cost each other a miss. Each word is folded
    // onto itself before the multiply, so a difference in its last bytes (its high bits) reaches the slot's bits.
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)utf8.Length;
        if (utf8.Length >= sizeof(ulong))
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(utf8));
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(utf8[((utf8.Length - sizeof(ulong)) / 2)..]));
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(utf8[^sizeof(ulong)..]));
        }
        else
        {
            foreach (var b in utf8)
            {
                hash = (hash << 8) | b;
            }

            hash *= Multiplier;
        }

        return (int)(hash ^ (hash >> 32)) & (Slots - 1);

        static ulong Mix(ulong hash, ulong word) => (hash ^ word ^ (word >> 29)) * Multiplier;
    }
}
