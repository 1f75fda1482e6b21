using System.Globalization;
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

/// <summary>
/// A range of date-times for Transfer's range filters, such as <c>filter_completion_time</c> of
/// <see cref="TransferClient.EndpointManagerTaskListAsync"/>: the Python SDK's <c>(start, end)</c> tuple.
/// It converts implicitly to the service's text, <c>start,end</c> in ISO 8601, either side blank when open.
/// </summary>
/// <example>
/// <code>
/// var lastDay = new TransferTimeRange(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow);
/// await transferClient.EndpointManagerTaskListAsync(filterEndpoint: endpointId, filterCompletionTime: lastDay);
/// </code>
/// </example>
public readonly record struct TransferTimeRange : IJsonWireValue
{
    /// <summary>Creates a range; one side may be open (null), not both.</summary>
    /// <param name="start">The earliest time, or null for no lower bound.</param>
    /// <param name="end">The latest time, or null for no upper bound.</param>
    /// <exception cref="ArgumentException">Both <paramref name="start"/> and <paramref name="end"/> are null.</exception>
    public TransferTimeRange(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is null && end is null)
        {
            // The service refuses a range open on both sides; leave the filter out instead.
            throw new ArgumentException("A time range needs a start, an end, or both.", nameof(start));
        }

        Start = start;
        End = end;
    }

    /// <summary>The earliest time, or null for no lower bound.</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>The latest time, or null for no upper bound.</summary>
    public DateTimeOffset? End { get; }

    /// <summary>The service's text: <c>start,end</c>, each like Python's <c>isoformat()</c> (<c>2024-01-02T03:04:05+00:00</c>).</summary>
    /// <returns>The range as sent.</returns>
    public override string ToString() => Format(Start) + "," + Format(End);

    /// <summary>The service's text of <paramref name="range"/>; null stays null.</summary>
    /// <param name="range">The range.</param>
    public static implicit operator string?(TransferTimeRange? range) => range?.ToString();

    /// <summary>Written as the service's text, <c>start,end</c>.</summary>
    void IJsonWireValue.WriteWireValue(Utf8JsonWriter writer, string parameterName) => writer.WriteStringValue(ToString());

    // Python's isoformat: seconds, microseconds only when there are any, and the offset as +hh:mm.
    private static string Format(DateTimeOffset? time) => time is not { } t
        ? ""
        : t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
}
