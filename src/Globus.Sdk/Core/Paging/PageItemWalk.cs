using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// One page of an item walk, read in a single pass over its body: each item is decoded when the walk asks
/// for the next one, and the paging fields are taken from the same pass. No page model or list is built,
/// so an item the caller has finished with is garbage at once instead of living as long as its page.
/// </summary>
/// <remarks>
/// A <see cref="Utf8JsonReader"/> cannot live across the walk's awaits, so the pass keeps the reader's state
/// and position between items and resumes from them. The body accepted is the one the typed page accepts:
/// one JSON object, whose items field is a list or null; anything else is a
/// <see cref="GlobusResponseDecodingException"/> raised where the pass finds it, after the items before it.
/// </remarks>
/// <typeparam name="TPage">The typed page, named by a decoding error.</typeparam>
/// <typeparam name="TItem">The items of a page.</typeparam>
internal sealed class PageItemWalk<TPage, TItem>
{
    private readonly GlobusResponse _page;
    private readonly PageItems<TItem> _items;
    private readonly PageFieldsReader _fields;
    private JsonReaderState _state;
    private SequencePosition _position;
    private Stage _stage;
    private bool _sawItems;

    /// <summary>Starts the pass over one page.</summary>
    /// <param name="page">The page's response, whose body is read in place.</param>
    /// <param name="items">Where the items are and how one is read.</param>
    /// <param name="fields">The walk's paging-field collector; reset here for this page.</param>
    public PageItemWalk(GlobusResponse page, PageItems<TItem> items, PageFieldsReader fields)
    {
        _page = page;
        _items = items;
        _fields = fields;
        _fields.Reset();
        _state = new JsonReaderState(items.ReaderOptions);
        _position = page.Body.Start;
        BodyLength = page.Body.Length;
    }

    private enum Stage
    {
        BeforePage,
        InPage,
        InItems,
        Done,
    }

    /// <summary>The length of the page's body, known also after <see cref="Release"/>: the size to read the next page into.</summary>
    public long BodyLength { get; }

    /// <summary>How many items the page has yielded so far; all of them once <see cref="TryReadNext"/> is false.</summary>
    public int ItemCount { get; private set; }

    /// <summary>The page's paging fields; complete once <see cref="TryReadNext"/> is false.</summary>
    public PageFields Fields => _fields.Fields;

    /// <summary>Reads the next item; false when the page has no more, its paging fields then all read.</summary>
    /// <exception cref="GlobusResponseDecodingException">The body is not a page: not JSON, not an object, or an item of the wrong shape.</exception>
    public bool TryReadNext([MaybeNullWhen(false)] out TItem item)
    {
        item = default;
        if (_stage == Stage.Done)
        {
            return false;
        }

        var body = _page.Body;
        var rest = body.Slice(_position);
        var reader = rest.IsSingleSegment
            ? new Utf8JsonReader(rest.FirstSpan, isFinalBlock: true, _state)
            : new Utf8JsonReader(rest, isFinalBlock: true, _state);
        try
        {
            var found = Advance(ref reader, out item);
            _state = reader.CurrentState;
            _position = body.GetPosition(reader.BytesConsumed, _position);
            return found;
        }
        catch (JsonException exception)
        {
            _stage = Stage.Done;
            // The reader counts bytes from where this step resumed; the message says where that was.
            var at = body.Slice(0, _position).Length;
            throw new GlobusResponseDecodingException(
                _page, typeof(TPage), new JsonException($"{exception.Message} (reading on from byte {at}, after {ItemCount} items)", exception));
        }
    }

    /// <summary>
    /// Disposes the page once the walk is done with it, whether it finished or stopped early, so its pooled body
    /// goes back: the items decoded from it hold copies, never slices of the body. A page carried out by a decoding
    /// error keeps its body (the exception keeps it), and so does one fetched through a client type the SDK does not
    /// define (see <see cref="PageItems{TItem}.ReleasesPages"/>). Calling it again does nothing.
    /// </summary>
    public void Release()
    {
        if (_items.ReleasesPages)
        {
            _page.Dispose();
        }
    }

    private bool Advance(ref Utf8JsonReader reader, out TItem item)
    {
        item = default!;
        while (true)
        {
            switch (_stage)
            {
                case Stage.BeforePage:
                    if (!reader.Read())
                    {
                        throw new JsonException("The body is empty.");
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new JsonException($"The page should be a JSON object, found {reader.TokenType}.");
                    }

                    _stage = Stage.InPage;
                    break;
                case Stage.InPage:
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        // Reading on checks that nothing but white space follows the page.
                        reader.Read();
                        _stage = Stage.Done;
                        return false;
                    }

                    if (!reader.ValueTextEquals(_items.KeyUtf8))
                    {
                        _fields.Take(ref reader);
                        break;
                    }

                    StartItems(ref reader);
                    break;
                case Stage.InItems:
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _stage = Stage.InPage;
                        break;
                    }

                    item = _items.Read(ref reader);
                    ItemCount++;
                    return true;
                default:
                    return false;
            }
        }
    }

    private void StartItems(ref Utf8JsonReader reader)
    {
        if (_sawItems)
        {
            // A typed read keeps the last of two such fields, but the first one's items are already out.
            throw new JsonException($"The page has '{_items.Key}' twice.");
        }

        _sawItems = true;
        reader.Read();
        _stage = reader.TokenType switch
        {
            JsonTokenType.StartArray => Stage.InItems,
            JsonTokenType.Null => Stage.InPage,
            _ => throw new JsonException($"'{_items.Key}' should be a list, found {reader.TokenType} at byte {reader.TokenStartIndex}."),
        };
    }
}
