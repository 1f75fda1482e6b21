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
/// <para>
/// Reading is safe from several threads at once. Disposing is optional: it gives the body's buffers back to the
/// SDK's pool, cleared, for the next response to reuse. What you read before disposing (<see cref="Text"/>,
/// <see cref="Data"/>, a typed value, the headers) stays valid; a view of the body not read before then raises
/// <see cref="ObjectDisposedException"/>. A read already under way when another thread disposes finishes first.
/// Once <see cref="BinaryContent"/> has handed you the body's memory, or an exception carries the response, the
/// body is yours and disposing leaves it readable. A typed response and the response it views share one body, so
/// disposing either disposes both.
/// </para>
/// <para>
/// Use <see cref="Create(int, ReadOnlyMemory{byte}, string?, IEnumerable{KeyValuePair{string, string}}?, string?)"/>
/// or <see cref="FromJson(string, int, IEnumerable{KeyValuePair{string, string}}?)"/> to build one in tests of code that uses the SDK.
/// </para>
/// </remarks>
public class GlobusResponse : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    // The body, who holds it, and what is made from it on first access, shared by every view of this response.
    private readonly ResponseContent _content;

    // The headers given to a response built in code (a dictionary), or those received (ReceivedHeaders), made
    // into a dictionary on first read.
    private readonly object _headers;

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
        : this(httpStatus, new ReceivedBody(new ReadOnlySequence<byte>(body)), contentType, headers ?? NoHeaders, httpReason)
    {
    }

    /// <summary>A response from its parts; <paramref name="headers"/> a dictionary, or the <see cref="ReceivedHeaders"/>.</summary>
    private protected GlobusResponse(int httpStatus, ReceivedBody body, string? contentType, object headers, string? httpReason)
    {
        HttpStatus = httpStatus;
        _content = new ResponseContent(body);
        ContentType = contentType;
        _headers = headers;
        HttpReason = httpReason;
    }

    /// <summary>Creates a view of another response that shares its body, for typed subclasses.</summary>
    /// <param name="other">The response to view.</param>
    protected GlobusResponse(GlobusResponse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        HttpStatus = other.HttpStatus;
        _content = other._content;
        ContentType = other.ContentType;
        _headers = other._headers;
        HttpReason = other.HttpReason;
        RequestSecrets = other.RequestSecrets;
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
    public IReadOnlyDictionary<string, string> Headers => _headers as IReadOnlyDictionary<string, string> ?? _content.Headers ?? ReadHeaders();

    /// <summary>The <c>Content-Type</c> of the body with its parameters, or null when there was none.</summary>
    public string? ContentType { get; }

    /// <summary>The body exactly as received.</summary>
    /// <remarks>
    /// The memory is yours to keep: disposing the response never changes it (a body read into one pooled array is
    /// then never given back). A body over 64 KiB is received in pieces that stay off the large-object heap; the
    /// first read of this property joins them into one array, kept for later reads. The SDK's own reading never
    /// needs it.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The response was disposed before this was first read.</exception>
    public ReadOnlyMemory<byte> BinaryContent => _content.Joined ?? (_content.Bytes.IsSingleSegment ? _content.HandOut() : JoinBody());

    /// <summary>
    /// The body as received, for the SDK's own reads while nobody else holds the response: one piece, or several
    /// for a body over 64 KiB (see <see cref="BinaryContent"/>).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The body has been given back.</exception>
    internal ReadOnlySequence<byte> Body => _content.Bytes;

    /// <summary>The body's length in bytes, known also after the response is disposed.</summary>
    internal long BodyLength => _content.Length;

    /// <summary>The body as text, decoded with the charset of <see cref="ContentType"/> (UTF-8 when none is named).</summary>
    /// <exception cref="ObjectDisposedException">The response was disposed before this was first read.</exception>
    public string Text => _content.Text ?? _content.SetText(DecodeText());

    /// <summary>
    /// The body as JSON. <see cref="JsonValueKind.Undefined"/> when the body is empty or is not JSON;
    /// reading it never throws because of what the body holds.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The response was disposed before this was first read.</exception>
    public JsonElement Data => _content.Data ?? _content.SetData(ParseBody());

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
    /// <exception cref="ObjectDisposedException">The response was disposed before <see cref="Data"/> was first read.</exception>
    public string? RequestId =>
        _content.Data is { } data
            ? data.ValueKind == JsonValueKind.Object && data.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null
            // Read without parsing the whole body: every logged answer asks for it, a page of a thousand tasks included.
            : ReadRequestId();

    /// <summary>
    /// Gives the body's pooled buffers back to the SDK, cleared, for the next response to reuse; see the remarks
    /// of <see cref="GlobusResponse"/> for what stays readable. Calling it again does nothing.
    /// </summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

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
        int httpStatus, ReceivedBody body, string? contentType, ReceivedHeaders headers, string? httpReason) =>
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
    internal object DecodingLock => _content;

    /// <summary>Holds the body for one read by a view, which disposes the hold when done (see <see cref="ResponseContent"/>).</summary>
    /// <exception cref="ObjectDisposedException">The response was disposed and its body not kept.</exception>
    internal ResponseContent.BodyRead ReadBody() => _content.Read();

    /// <summary>Keeps the body readable for good, for an exception that carries the response; nothing when it is already disposed.</summary>
    internal void KeepBody() => _content.TryKeep();

    /// <summary>Disposes the response's body (see <see cref="Dispose()"/>); a subclass that holds more disposes that too.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _content.Dispose();
        }
    }

    private ReadOnlyMemory<byte> JoinBody()
    {
        using var read = _content.Read();
        return _content.SetJoined(read.Bytes.ToArray());
    }

    private string? ReadRequestId()
    {
        using var read = _content.Read();
        return TopLevelField.ReadString(read.Bytes, "request_id"u8);
    }

    private string DescribeUnexpectedBody(string expected) =>
        $"The response body (HTTP {HttpStatus}, {ContentType ?? "no content type"}, {BodyLength} bytes) is not {expected}.";

    // Under the response's lock: the received header collections are read once, by one thread.
    private IReadOnlyDictionary<string, string> ReadHeaders()
    {
        lock (DecodingLock)
        {
            return _content.Headers ?? _content.SetHeaders(((ReceivedHeaders)_headers).ToDictionary());
        }
    }

    private JsonElement ParseBody()
    {
        using var read = _content.Read();
        var body = read.Bytes;
        if (body.IsEmpty)
        {
            return default;
        }

        try
        {
            var reader = body.IsSingleSegment ? new Utf8JsonReader(body.FirstSpan) : new Utf8JsonReader(body);
            var element = JsonElement.ParseValue(ref reader);
            // Trailing content after one value means the body was not a JSON document.
            return reader.Read() ? default : element;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private string DecodeText()
    {
        using var read = _content.Read();
        var body = read.Bytes;
        return body.IsSingleSegment
            ? ResolveEncoding(ContentType).GetString(body.FirstSpan)
            : ResolveEncoding(ContentType).GetString(body);
    }

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
}
