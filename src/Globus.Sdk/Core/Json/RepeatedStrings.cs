using System.Text.Json;
using System.Text.Unicode;

namespace Globus.Sdk;

/// <summary>
/// Short string values that repeat from item to item of a page (a task's <c>status</c>, <c>type</c>, endpoint
/// ids and names, owner, <c>DATA_TYPE</c>) are made once per thread and shared, instead of once per item: most
/// of a page of tasks' strings are the same few values.
/// </summary>
/// <remarks>
/// A small table per thread, indexed by a hash of the value's UTF-8 bytes, remembers the last string made for each
/// slot; a value is compared with it in a stack buffer, so a value that does not repeat costs only that comparison.
/// Strings are immutable, so sharing one instance is invisible to callers. Long values (descriptions, paths),
/// escaped ones and ones split across buffers are made as <see cref="Utf8JsonReader.GetString"/> makes them, and
/// secrets never come here (<see cref="ModelJson.ReadSecretString"/>), so the table never holds a credential.
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
        Span<char> chars = stackalloc char[MaxBytes];
        if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            // Invalid UTF-8: the reader raises its own error for it.
            return reader.GetString()!;
        }

        var text = chars[..written];
        var slots = t_slots ??= new string?[Slots];
        ref var slot = ref slots[Hash(utf8) & (Slots - 1)];
        if (slot is { } known && text.SequenceEqual(known))
        {
            return known;
        }

        return slot = new string(text);
    }

    // FNV-1a over the bytes: cheap for values of at most 64 bytes, and a collision only costs a miss.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
