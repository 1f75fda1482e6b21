using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// The top-level fields of a page that move a walk on (<c>has_next_page</c>, <c>total</c>, the size key,
/// the marker), read straight from the body's UTF-8: the walk needs no <see cref="GlobusResponse.Data"/>
/// document beside the typed page, so a page of 1,000 tasks is parsed once, not twice.
/// </summary>
/// <remarks>
/// Values nested deeper (the items) are skipped token by token, with nothing allocated. The rules match
/// reading the same fields from <see cref="GlobusResponse.Data"/>: a number, or a string holding an
/// integer, counts; a marker that is not a string is kept as its JSON text; a field sent twice keeps its
/// last value; a body that is not a JSON object has none of them.
/// </remarks>
internal readonly record struct PageFields(int? Size, int? Total, bool HasNextPage, string? Marker)
{
    public static PageFields Read(ReadOnlySequence<byte> body, PagingOptions options)
    {
        try
        {
            var reader = body.IsSingleSegment ? new Utf8JsonReader(body.FirstSpan) : new Utf8JsonReader(body);
            return ReadObject(ref reader, options);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static PageFields ReadObject(ref Utf8JsonReader reader, PagingOptions options)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return default;
        }

        var sizeKey = options.SizeKey is { } size ? Encoding.UTF8.GetBytes(size) : null;
        var markerKey = Encoding.UTF8.GetBytes(options.EffectiveMarkerKey);
        int? sizeValue = null;
        int? total = null;
        var hasNextPage = false;
        string? marker = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSize = sizeKey is not null && reader.ValueTextEquals(sizeKey);
            var isTotal = reader.ValueTextEquals("total"u8);
            var isHasNext = reader.ValueTextEquals("has_next_page"u8);
            var isMarker = reader.ValueTextEquals(markerKey);
            reader.Read();
            if (isSize)
            {
                sizeValue = ReadNumber(ref reader);
            }

            if (isTotal)
            {
                total = ReadNumber(ref reader);
            }

            if (isHasNext)
            {
                hasNextPage = reader.TokenType == JsonTokenType.True;
            }

            if (isMarker)
            {
                marker = ReadMarker(ref reader);
            }

            reader.Skip();
        }

        return new PageFields(sizeValue, total, hasNextPage, marker);
    }

    private static int? ReadNumber(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetInt32(out var number) => number,
        JsonTokenType.String when int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string? ReadMarker(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var copy = reader;
                var text = JsonElement.ParseValue(ref copy).GetRawText();
                return text;
            default:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }
}
