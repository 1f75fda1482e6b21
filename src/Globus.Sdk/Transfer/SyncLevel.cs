using System.Globalization;
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

/// <summary>
/// How a transfer compares a file found on both sides before copying it (<c>sync_level</c>): use the named
/// values like an enum, or give the integer <c>0</c>-<c>3</c> or the name (<c>"exists"</c>, <c>"size"</c>,
/// <c>"mtime"</c>, <c>"checksum"</c>) as the Python SDK accepts them. It is sent as the integer.
/// </summary>
/// <remarks>
/// A struct rather than an <see cref="Enum"/>, so that an integer and a name convert to it as they do in
/// Python. Converting never fails; a value outside those four (<c>7</c>, <c>"sometimes"</c>) is rejected with
/// an <see cref="ArgumentException"/> by <see cref="TransferData"/>, before anything is sent.
/// </remarks>
/// <example>
/// <code>
/// new TransferData(src, dst, syncLevel: SyncLevel.Checksum);
/// new TransferData(src, dst, syncLevel: "checksum");   // the same
/// new TransferData(src, dst, syncLevel: 3);            // the same
/// </code>
/// </example>
public readonly struct SyncLevel : IEquatable<SyncLevel>, IJsonWireValue
{
    private static readonly string[] Names = ["exists", "size", "mtime", "checksum"];

    private readonly int _number;
    private readonly string? _name;

    private SyncLevel(int number, string? name)
    {
        _number = number;
        _name = name;
    }

    /// <summary>0: copy when the destination file is missing.</summary>
    public static SyncLevel Exists => new(0, null);

    /// <summary>1: copy when the sizes differ.</summary>
    public static SyncLevel Size => new(1, null);

    /// <summary>2: copy when the source was modified more recently.</summary>
    public static SyncLevel Mtime => new(2, null);

    /// <summary>3: copy when the checksums of the contents differ.</summary>
    public static SyncLevel Checksum => new(3, null);

    /// <summary>Converts an integer, as Python accepts one; checked when the document is built.</summary>
    /// <param name="value">0 to 3.</param>
    public static implicit operator SyncLevel(int value) => FromInt32(value);

    /// <summary>Converts a name, as Python accepts one; checked when the document is built.</summary>
    /// <param name="value"><c>exists</c>, <c>size</c>, <c>mtime</c> or <c>checksum</c>.</param>
    public static implicit operator SyncLevel(string value) => FromString(value);

    /// <summary>Whether two levels are the same, however they were written.</summary>
    /// <param name="left">One level.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(SyncLevel left, SyncLevel right) => left.Equals(right);

    /// <summary>Whether two levels differ.</summary>
    /// <param name="left">One level.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(SyncLevel left, SyncLevel right) => !left.Equals(right);

    /// <summary>The level of an integer; checked when the document is built.</summary>
    /// <param name="value">0 to 3.</param>
    /// <returns>The level.</returns>
    public static SyncLevel FromInt32(int value) => new(value, null);

    /// <summary>The level of a name; checked when the document is built.</summary>
    /// <param name="value"><c>exists</c>, <c>size</c>, <c>mtime</c> or <c>checksum</c>.</param>
    /// <returns>The level.</returns>
    public static SyncLevel FromString(string value) => new(-1, value ?? string.Empty);

    /// <inheritdoc/>
    public bool Equals(SyncLevel other) =>
        TryGetNumber(out var mine) && other.TryGetNumber(out var theirs)
            ? mine == theirs
            : _number == other._number && string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyncLevel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => TryGetNumber(out var number) ? number : HashCode.Combine(_number, _name);

    /// <summary>The level's name (<c>checksum</c>), or the value as given when it is not one of the four.</summary>
    /// <returns>The name.</returns>
    public override string ToString() =>
        TryGetNumber(out var number) ? Names[number] : _name ?? _number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The integer sent on the wire.</summary>
    /// <exception cref="ArgumentException">The value is not one of the four levels.</exception>
    internal int ToWireValue(string parameterName) =>
        TryGetNumber(out var number)
            ? number
            : throw new ArgumentException(
                $"\"{ToString()}\" is not a sync level: use 0-3 or exists, size, mtime or checksum.", parameterName);

    /// <summary>Written as the integer the service reads (<c>3</c> for <see cref="Checksum"/>).</summary>
    void IJsonWireValue.WriteWireValue(Utf8JsonWriter writer, string parameterName) => writer.WriteNumberValue(ToWireValue(parameterName));

    private bool TryGetNumber(out int number)
    {
        number = _name is null ? _number : Array.IndexOf(Names, _name);
        return number is >= 0 and <= 3;
    }
}
