using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// The answer of a Globus service to one request. The body's bytes are kept, so every view of it
/// (<see cref="Text"/>, <see cref="Data"/>, the indexers, a typed value) is always available, also
/// when the body is empty, not JSON, or not the shape a typed model expects.
/// </summary>
/// <remarks>
/// <para>
/// A JSON body is parsed on first access to <see cref="Data"/> (or an indexer) and kept. A body
/// that is empty or not JSON gives a <see cref="Data"/> whose <see cref="JsonElement.ValueKind"/>
/// is <see cref="JsonValueKind.Undefined"/>; it never throws. A top-level JSON array is reached
/// with the <see cref="this[int]"/> indexer or <c>Data.EnumerateArray()</c>.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// <para>
/// Use <see cref="Create(int, ReadOnlyMemory{byte}, string?, IEnumerable{KeyValuePair{string, string}}?, string?)"/>
/// or <see cref="FromJson(string, int, IEnumerable{KeyValuePair{string, string}}?)"/> to build one in tests of code that uses the SDK.
/// </para>
/// </remarks>
public class GlobusResponse
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    // What is derived from the body (the parsed JSON, the decoded text), made on first access and shared
    // by every view of this response: one small object per response instead of two Lazy instances.
    private readonly BodyViews _views;

    // The headers given to a response built in code (a dictionary), or those received (ReceivedHeaders), made
    // into a dictionary on first read.
    private readonly object _headers;

    private readonly ReadOnlySequence<byte> _body;

    // 1 once an item walk has given the body's pooled pieces back; the body may not be read after that.
    private int _bodyReleased;

    /// <summary>Creates a response from its parts.</summary>
    /// <param name="httpStatus">The HTTP status code.</param>
    /// <param name="body">The body's bytes, as received.</param>
    /// <param name="contentType">The media type with its parameters, as in the <c>Content-Type</c> header.</param>
    /// <param name="headers">The response headers (names compared without regard to case).</param>
    /// <param name="httpReason">The reason phrase of the status line, if any.</param>
    protected GlobusResponse(
        int httpStatus,
        ReadOnlyMemory<byte> body,
        string? contentType,
        IReadOnlyDictionary<string, string>? headers,
        string? httpReason)
        : this(httpStatus, new ReadOnlySequence<byte>(body), contentType, headers ?? NoHeaders, httpReason)
    {
    }

    private GlobusResponse(int httpStatus, ReadOnlySequence<byte> body, string? contentType, object headers, string? httpReason)
    {
        HttpStatus = httpStatus;
        _body = body;
        ContentType = contentType;
        _headers = headers;
        HttpReason = httpReason;
        _views = new BodyViews();
    }

    /// <summary>Creates a view of another response that shares its body, for typed subclasses.</summary>
    /// <param name="other">The response to view.</param>
    protected GlobusResponse(GlobusResponse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        HttpStatus = other.HttpStatus;
        _body = other.Body;
        ContentType = other.ContentType;
        _headers = other._headers;
        HttpReason = other.HttpReason;
        RequestSecrets = other.RequestSecrets;
        _views = other._views;
    }

    /// <summary>The HTTP status code, such as 200.</summary>
    public int HttpStatus { get; }

    /// <summary>
    /// The credentials of the request this answers, when the SDK sent it and the answer is an error: an
    /// exception built from the answer keeps them out of its text, should the service echo them.
    /// </summary>
    internal RequestSecrets? RequestSecrets { get; set; }

    /// <summary>
    /// The <c>Authorization</c> value the attempt that got this answer sent, or null: after a 401 a renewing
    /// authorizer drops its token only when it is this one.
    /// </summary>
    internal string? SentAuthorization { get; set; }

    /// <summary>The reason phrase of the status line (<c>OK</c>), when the server sent one.</summary>
    public string? HttpReason { get; }

    /// <summary>
    /// The response headers, content headers included. Names are compared without regard to case;
    /// a header sent several times has its values joined with <c>", "</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers => _headers as IReadOnlyDictionary<string, string> ?? _views.Headers ?? ReadHeaders();

    /// <summary>The <c>Content-Type</c> of the body with its parameters, or null when there was none.</summary>
    public string? ContentType { get; }

    /// <summary>The body exactly as received.</summary>
    /// <remarks>
    /// A body over 64 KiB is received in pieces that stay off the large-object heap; the first read of this
    /// property joins them into one array, kept for later reads. The SDK's own reading never needs it.
    /// </remarks>
    public ReadOnlyMemory<byte> BinaryContent => Body.IsSingleSegment ? Body.First : _views.Joined ?? _views.SetJoined(Body.ToArray());

    /// <summary>The body as received: one piece, or several for a body over 64 KiB (see <see cref="BinaryContent"/>).</summary>
    /// <exception cref="ObjectDisposedException">An item walk has given the body's pieces back (<see cref="ReleasePooledBody"/>).</exception>
    internal ReadOnlySequence<byte> Body => Volatile.Read(ref _bodyReleased) == 0
        ? _body
        : throw new ObjectDisposedException(nameof(GlobusResponse), "The page's body was given back when the item walk finished with it.");

    /// <summary>
    /// Gives the body's pooled pieces back for the next page to reuse. Only an item walk calls it, for a page
    /// it fetched itself, never handed out and no longer reads: the one case where the SDK knows nobody else
    /// holds the response. A response returned to a caller, or carried by an exception, is never released.
    /// </summary>
    internal void ReleasePooledBody()
    {
        // A body with no pooled piece has nothing to give back, so it stays readable.
        if (BodySegment.HasPooledPieces(_body) && Interlocked.Exchange(ref _bodyReleased, 1) == 0)
        {
            BodySegment.ReturnPooled(_body);
        }
    }

    /// <summary>The body as text, decoded with the charset of <see cref="ContentType"/> (UTF-8 when none is named).</summary>
    public string Text => _views.Text ?? _views.SetText(DecodeText());

    /// <summary>
    /// The body as JSON. <see cref="JsonValueKind.Undefined"/> when the body is empty or is not JSON;
    /// reading it never throws.
    /// </summary>
    public JsonElement Data => _views.Data ?? _views.SetData(ParseBody());

    /// <summary>The value of a top-level field of a JSON object body.</summary>
    /// <param name="key">The field name, as sent by the service.</param>
    /// <exception cref="InvalidOperationException">The body is not a JSON object.</exception>
    /// <exception cref="KeyNotFoundException">The object has no such field.</exception>
    public JsonElement this[string key]
    {
        get
        {
            if (TryGetValue(key, out var value))
            {
                return value;
            }

            throw new KeyNotFoundException($"The response body has no field '{key}'.");
        }
    }

    /// <summary>An item of a top-level JSON array body.</summary>
    /// <param name="index">The zero-based position in the array.</param>
    /// <exception cref="InvalidOperationException">The body is not a JSON array.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public JsonElement this[int index]
    {
        get
        {
            var data = Data;
            if (data.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidOperationException(DescribeUnexpectedBody("a JSON array"));
            }

            var length = data.GetArrayLength();
            if (index < 0 || index >= length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The response array has {length} items.");
            }

            return data[index];
        }
    }

    /// <summary>Whether the body is a JSON object with the given top-level field.</summary>
    /// <param name="key">The field name.</param>
    /// <returns>True when the field is present (even with a null value).</returns>
    public bool ContainsKey(string key) => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(key, out _);

    /// <summary>Reads a top-level field of a JSON object body.</summary>
    /// <param name="key">The field name.</param>
    /// <param name="value">The field's value when present.</param>
    /// <returns>True when the field is present.</returns>
    /// <exception cref="InvalidOperationException">The body is not a JSON object.</exception>
    public bool TryGetValue(string key, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var data = Data;
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException(DescribeUnexpectedBody("a JSON object"));
        }

        return data.TryGetProperty(key, out value);
    }

    /// <summary>
    /// A top-level field of the body, or null when the body is not a JSON object or lacks the field
    /// (Python's <c>response.get(key)</c>).
    /// </summary>
    /// <param name="key">The field name.</param>
    /// <returns>The field's value, or null.</returns>
    public JsonElement? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(key, out var value) ? value : null;
    }

    /// <summary>
    /// The <c>request_id</c> the service put in the body, when it did (Transfer and Auth do);
    /// quote it when asking Globus support about a request.
    /// </summary>
    public string? RequestId =>
        _views.Data is { } data
            ? data.ValueKind == JsonValueKind.Object && data.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null
            // Read without parsing the whole body: every logged answer asks for it, a page of a thousand tasks included.
            : TopLevelField.ReadString(Body, "request_id"u8);

    /// <summary>Creates a response, for tests of code that uses the SDK.</summary>
    /// <param name="httpStatus">The HTTP status code.</param>
    /// <param name="body">The body's bytes.</param>
    /// <param name="contentType">The <c>Content-Type</c>, with parameters.</param>
    /// <param name="headers">Response headers; names are compared without regard to case.</param>
    /// <param name="httpReason">The reason phrase, if any.</param>
    /// <returns>A response that behaves as one received from a service.</returns>
    public static GlobusResponse Create(
        int httpStatus,
        ReadOnlyMemory<byte> body,
        string? contentType = "application/json",
        IEnumerable<KeyValuePair<string, string>>? headers = null,
        string? httpReason = null)
    {
        if (httpStatus is < 100 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(httpStatus), httpStatus, "An HTTP status code has three digits.");
        }

        return new GlobusResponse(httpStatus, body, contentType, ToHeaderDictionary(headers, contentType), httpReason);
    }

    /// <summary>Creates a response with a JSON body, for tests of code that uses the SDK.</summary>
    /// <param name="json">The JSON text of the body.</param>
    /// <param name="httpStatus">The HTTP status code; 200 unless given.</param>
    /// <param name="headers">Response headers; names are compared without regard to case.</param>
    /// <returns>A response with <c>Content-Type: application/json</c>.</returns>
    public static GlobusResponse FromJson(string json, int httpStatus = 200, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Create(httpStatus, Encoding.UTF8.GetBytes(json), "application/json", headers);
    }

    /// <summary>A response from parts the transport already checked; its headers are read from the received ones when first asked for.</summary>
    internal static GlobusResponse FromParts(
        int httpStatus, ReadOnlySequence<byte> body, string? contentType, ReceivedHeaders headers, string? httpReason) =>
        new(httpStatus, body, contentType, headers, httpReason);

    internal static IReadOnlyDictionary<string, string> ToHeaderDictionary(
        IEnumerable<KeyValuePair<string, string>>? headers,
        string? contentType)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            result[name] = result.TryGetValue(name, out var existing) ? existing + ", " + value : value;
        }

        if (contentType is not null)
        {
            result.TryAdd("Content-Type", contentType);
        }

        return result;
    }

    /// <summary>
    /// Locks the first decoding of a typed view, so concurrent readers of one response share one decoding;
    /// shared by every view of the response.
    /// </summary>
    internal object DecodingLock => _views;

    private string DescribeUnexpectedBody(string expected) =>
        $"The response body (HTTP {HttpStatus}, {ContentType ?? "no content type"}, {Body.Length} bytes) is not {expected}.";

    // Under the response's lock: the received header collections are read once, by one thread.
    private IReadOnlyDictionary<string, string> ReadHeaders()
    {
        lock (DecodingLock)
        {
            return _views.Headers ?? _views.SetHeaders(((ReceivedHeaders)_headers).ToDictionary());
        }
    }

    private JsonElement ParseBody()
    {
        if (Body.IsEmpty)
        {
            return default;
        }

        try
        {
            var reader = Body.IsSingleSegment ? new Utf8JsonReader(Body.FirstSpan) : new Utf8JsonReader(Body);
            var element = JsonElement.ParseValue(ref reader);
            // Trailing content after one value means the body was not a JSON document.
            return reader.Read() ? default : element;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private string DecodeText() => Body.IsSingleSegment
        ? ResolveEncoding(ContentType).GetString(Body.FirstSpan)
        : ResolveEncoding(ContentType).GetString(Body);

    private static Encoding ResolveEncoding(string? contentType)
    {
        if (contentType is not null
            && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.CharSet is { Length: > 0 } charset)
        {
            try
            {
                return Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset name still leaves the body readable as UTF-8.
            }
        }

        return Encoding.UTF8;
    }

    /// <summary>
    /// The parsed body and the decoded text, each published once: should two threads make one at the same
    /// time, the first published wins and both return it (both are made from the same bytes, so they agree).
    /// </summary>
    private sealed class BodyViews
    {
        private StrongBox<JsonElement>? _data;
        private string? _text;
        private byte[]? _joined;
        private IReadOnlyDictionary<string, string>? _headers;

        public IReadOnlyDictionary<string, string>? Headers => Volatile.Read(ref _headers);

        public IReadOnlyDictionary<string, string> SetHeaders(IReadOnlyDictionary<string, string> headers) =>
            Interlocked.CompareExchange(ref _headers, headers, null) ?? headers;

        public byte[]? Joined => Volatile.Read(ref _joined);

        public byte[] SetJoined(byte[] joined) => Interlocked.CompareExchange(ref _joined, joined, null) ?? joined;

        public JsonElement? Data => Volatile.Read(ref _data)?.Value;

        public string? Text => Volatile.Read(ref _text);

        public JsonElement SetData(JsonElement data) =>
            (Interlocked.CompareExchange(ref _data, new StrongBox<JsonElement>(data), null) ?? _data!).Value;

        public string SetText(string text) => Interlocked.CompareExchange(ref _text, text, null) ?? text;
    }
}
