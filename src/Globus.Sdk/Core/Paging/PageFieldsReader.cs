using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Collects the paging fields of a page (<c>has_next_page</c>, <c>total</c>, the size key, the marker)
/// as a pass over the page's top level meets them. One instance serves a whole walk: it keeps the keys'
/// UTF-8 and is <see cref="Reset"/> before each page.
/// </summary>
/// <remarks>
/// The rules match reading the same fields from <see cref="GlobusResponse.Data"/>: a number, or a string
/// holding an integer, counts; a marker that is not a string is kept as its JSON text; a field sent twice
/// keeps its last value.
/// </remarks>
internal sealed class PageFieldsReader(PagingOptions options)
{
    private readonly byte[]? _sizeKey = options.SizeKey is { } size ? Encoding.UTF8.GetBytes(size) : null;
    private readonly byte[] _markerKey = Encoding.UTF8.GetBytes(options.EffectiveMarkerKey);
    private int? _size;
    private int? _total;
    private bool _hasNextPage;
    private string? _marker;

    /// <summary>The fields met since the last <see cref="Reset"/>.</summary>
    public PageFields Fields => new(_size, _total, _hasNextPage, _marker);

    /// <summary>Forgets the fields of the previous page.</summary>
    public void Reset()
    {
        _size = null;
        _total = null;
        _hasNextPage = false;
        _marker = null;
    }

    /// <summary>
    /// Reads one top-level field: the reader is on its name and is left on the value's last token.
    /// A field that does not move the walk is skipped token by token, with nothing allocated.
    /// </summary>
    public void Take(ref Utf8JsonReader reader)
    {
        var isSize = _sizeKey is not null && reader.ValueTextEquals(_sizeKey);
        var isTotal = reader.ValueTextEquals("total"u8);
        var isHasNext = reader.ValueTextEquals("has_next_page"u8);
        var isMarker = reader.ValueTextEquals(_markerKey);
        reader.Read();
        if (isSize)
        {
            _size = ReadNumber(ref reader);
        }

        if (isTotal)
        {
            _total = ReadNumber(ref reader);
        }

        if (isHasNext)
        {
            _hasNextPage = reader.TokenType == JsonTokenType.True;
        }

        if (isMarker)
        {
            _marker = ReadMarker(ref reader);
        }

        reader.Skip();
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
                return JsonElement.ParseValue(ref copy).GetRawText();
            default:
                return Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }
}
