using System.Globalization;

namespace Globus.Sdk.Timers;

/// <summary>
/// A time for a timer's schedule or job (Python's <c>str | datetime.datetime</c>): a moment, written in ISO 8601
/// with a <c>T</c> as the Python SDK writes it, or text sent as given.
/// </summary>
/// <remarks>
/// <para>A <see cref="DateTimeOffset"/> keeps its offset (<c>2023-10-01T00:00:00+02:00</c>). A <see cref="DateTime"/>
/// is Python's naive or aware <c>datetime</c>: one of kind <see cref="DateTimeKind.Utc"/> is written with
/// <c>+00:00</c>; another is local time, which a schedule converts to UTC (as Python's <c>astimezone</c> does for a
/// naive time) and a <see cref="TimerJob"/> writes without an offset (as Python's <c>isoformat</c> does).</para>
/// <para>Schedules write whole seconds (Python's <c>isoformat(timespec="seconds")</c>); a <see cref="TimerJob"/>
/// writes microseconds when there are any (Python's <c>isoformat()</c>).</para>
/// </remarks>
/// <example><code>TimerDateTime at = DateTimeOffset.UtcNow.AddDays(1); TimerDateTime given = "2023-10-01T00:00:00Z";</code></example>
public readonly struct TimerDateTime : IEquatable<TimerDateTime>
{
    private const string Seconds = "yyyy-MM-dd'T'HH:mm:ss";
    private const string Microseconds = "yyyy-MM-dd'T'HH:mm:ss.ffffff";

    private readonly string? _text;
    private readonly DateTimeOffset _moment;
    private readonly bool _naive;

    private TimerDateTime(string? text, DateTimeOffset moment, bool naive)
    {
        _text = text;
        _moment = moment;
        _naive = naive;
    }

    /// <summary>The text given, or null for a moment.</summary>
    public string? Text => _text;

    /// <summary>A moment, written with its offset.</summary>
    /// <param name="value">The moment.</param>
    public static implicit operator TimerDateTime(DateTimeOffset value) => new(null, value, naive: false);

    /// <summary>A <see cref="DateTime"/>: one of kind <see cref="DateTimeKind.Utc"/> is aware (UTC); another is a naive local time.</summary>
    /// <param name="value">The time.</param>
    public static implicit operator TimerDateTime(DateTime value) => value.Kind == DateTimeKind.Utc
        ? new(null, new DateTimeOffset(value), naive: false)
        : new(null, new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), TimeSpan.Zero), naive: true);

    /// <summary>Text the service reads (ISO 8601 with a time zone), sent as given.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator TimerDateTime(string value) =>
        new(value ?? throw new ArgumentNullException(nameof(value)), default, naive: false);

    /// <summary>Whether two times send the same text.</summary>
    /// <param name="left">One time.</param>
    /// <param name="right">The other.</param>
    public static bool operator ==(TimerDateTime left, TimerDateTime right) => left.Equals(right);

    /// <summary>Whether two times send different text.</summary>
    /// <param name="left">One time.</param>
    /// <param name="right">The other.</param>
    public static bool operator !=(TimerDateTime left, TimerDateTime right) => !left.Equals(right);

    /// <summary>
    /// As a schedule sends it (Python's <c>_format_date</c>): text as given; a moment in whole seconds with its
    /// offset; a naive local time converted to UTC first.
    /// </summary>
    internal string ScheduleText()
    {
        if (_text is not null)
        {
            return _text;
        }

        var moment = _naive ? new DateTimeOffset(DateTime.SpecifyKind(_moment.DateTime, DateTimeKind.Local)).ToUniversalTime() : _moment;
        return moment.ToString(Seconds + "zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// As a <see cref="TimerJob"/> sends it (Python's <c>isoformat()</c>): text as given; a moment with microseconds
    /// when it has any, then its offset, which a naive time has not.
    /// </summary>
    internal string IsoText()
    {
        if (_text is not null)
        {
            return _text;
        }

        // Python keeps microseconds; the ticks below a microsecond are not written (and do not make ".000000").
        var format = _moment.Ticks / 10 % 1_000_000 == 0 ? Seconds : Microseconds;
        return _moment.ToString(_naive ? format : format + "zzz", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool Equals(TimerDateTime other) => string.Equals(IsoText(), other.IsoText(), StringComparison.Ordinal) && _naive == other._naive;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimerDateTime other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(IsoText());

    /// <summary>The time as a <see cref="TimerJob"/> sends it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsoText();
}
