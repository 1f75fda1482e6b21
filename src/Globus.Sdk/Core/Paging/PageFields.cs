using System.Buffers;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// The top-level fields of a page that move a walk on (<c>has_next_page</c>, <c>total</c>, the size key,
/// the marker), read straight from the body's UTF-8 by <see cref="PageFieldsReader"/>: the walk needs no
/// <see cref="GlobusResponse.Data"/> document beside the typed page.
/// </summary>
/// <remarks>
/// Values nested deeper (the items) are skipped token by token, with nothing allocated. A body that is not
/// a JSON object has none of the fields.
/// </remarks>
internal readonly record struct PageFields(int? Size, int? Total, bool HasNextPage, string? Marker)
{
    /// <summary>Reads the fields of a whole page in a pass of its own (the typed page was built by another).</summary>
    public static PageFields Read(ReadOnlySequence<byte> body, PageFieldsReader fields)
    {
        fields.Reset();
        try
        {
            var reader = body.IsSingleSegment ? new Utf8JsonReader(body.FirstSpan) : new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                fields.Take(ref reader);
            }

            return fields.Fields;
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
