using System.Globalization;
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

/// <summary>
/// When a transfer or delete task is cancelled even if it has not finished (<c>deadline</c>): a
/// <see cref="DateTimeOffset"/>, sent as the Python SDK sends a datetime (<c>2030-01-02 03:04:05+00:00</c>,
/// with its own offset), or a string, sent as given (such as <c>2030-01-02 09:30Z</c>).
/// </summary>
/// <example>
/// <code>
/// new TransferData(src, dst, deadline: DateTimeOffset.UtcNow.AddHours(1));
/// new DeleteData(endpoint, deadline: "2030-01-02");
/// </code>
/// </example>
public readonly struct TaskDeadline : IEquatable<TaskDeadline>, IJsonWireValue
{
    private readonly string? _text;

    private TaskDeadline(string text)
    {
        _text = text;
    }

    /// <summary>The text that is sent.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>A deadline at a moment.</summary>
    /// <param name="value">The moment; its offset is kept (UTC is clearest).</param>
    public static implicit operator TaskDeadline(DateTimeOffset value) => FromDateTimeOffset(value);

    /// <summary>A deadline written as the service reads it (ISO 8601).</summary>
    /// <param name="value">The text, sent as given.</param>
    public static implicit operator TaskDeadline(string value) => FromString(value);

    /// <summary>Whether two deadlines send the same text.</summary>
    /// <param name="left">One deadline.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(TaskDeadline left, TaskDeadline right) => left.Equals(right);

    /// <summary>Whether two deadlines send different text.</summary>
    /// <param name="left">One deadline.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(TaskDeadline left, TaskDeadline right) => !left.Equals(right);

    /// <summary>
    /// A deadline at a moment, written as Python's <c>str(datetime)</c>: <c>yyyy-MM-dd HH:mm:ss</c>, then
    /// microseconds when there are any, then the offset as <c>+HH:MM</c>.
    /// </summary>
    /// <param name="value">The moment.</param>
    /// <returns>The deadline.</returns>
    public static TaskDeadline FromDateTimeOffset(DateTimeOffset value)
    {
        var format = value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:sszzz" : "yyyy-MM-dd HH:mm:ss.ffffffzzz";
        return new(value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>A deadline written as the service reads it, sent as given.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The deadline.</returns>
    public static TaskDeadline FromString(string value) => new(value ?? string.Empty);

    /// <inheritdoc/>
    public bool Equals(TaskDeadline other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TaskDeadline other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The text that is sent.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>Written as <see cref="Text"/>.</summary>
    void IJsonWireValue.WriteWireValue(Utf8JsonWriter writer, string parameterName) => writer.WriteStringValue(Text);
}
