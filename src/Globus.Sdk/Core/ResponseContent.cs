using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// What every view of one response shares (a response and the typed views made from it): the body's bytes, who
/// holds them, and what is made once from the body and the headers.
/// </summary>
/// <remarks>
/// <para>
/// The response holds its body from the start, and so does each read of the body while it runs. Disposing the
/// response drops its hold; the body's pooled arrays go back, cleared, when the last hold is dropped. A read that
/// started before disposal finishes with the bytes it began with, and one that would start after it is refused,
/// so no read ever sees an array that another response has since been read into.
/// </para>
/// <para>
/// A body handed out as memory (<see cref="GlobusResponse.BinaryContent"/>) or carried by an exception is kept: it
/// never goes back, and every view of it stays readable after disposal.
/// </para>
/// </remarks>
internal sealed class ResponseContent
{
    private readonly ReadOnlySequence<byte> _bytes;
    private readonly byte[]? _pooledArray;

    private const int Disposed = 1;
    private const int Kept = 2;

    // The response's own hold, one per read under way, and one for good once the body is kept; 0 once given back.
    private int _holds = 1;

    // Disposed and Kept, each set once.
    private int _flags;

    private StrongBox<JsonElement>? _data;
    private string? _text;
    private byte[]? _joined;
    private IReadOnlyDictionary<string, string>? _headers;

    /// <summary>Takes ownership of a body: its pooled arrays go back when the response is disposed.</summary>
    public ResponseContent(ReceivedBody body)
    {
        _bytes = body.Bytes;
        _pooledArray = body.PooledArray;
    }

    /// <summary>The body's length, known also after disposal.</summary>
    public long Length => _bytes.Length;

    /// <summary>
    /// The body, for the SDK's own reads of a response nobody else holds yet or any more: the read that builds it,
    /// an item walk over its page. Other reads go through <see cref="Read"/>.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The body has been given back.</exception>
    public ReadOnlySequence<byte> Bytes => Volatile.Read(ref _holds) > 0 ? _bytes : throw GivenBack();

    public IReadOnlyDictionary<string, string>? Headers => Volatile.Read(ref _headers);

    public byte[]? Joined => Volatile.Read(ref _joined);

    public JsonElement? Data => Volatile.Read(ref _data)?.Value;

    public string? Text => Volatile.Read(ref _text);

    /// <summary>Holds the body for one read, which disposes the hold when it is done.</summary>
    /// <exception cref="ObjectDisposedException">The response has been disposed and its body was not kept.</exception>
    public BodyRead Read() => TryHold() ? new BodyRead(this) : throw GivenBack();

    /// <summary>The single-segment body as memory the caller keeps: the body is kept from then on.</summary>
    /// <exception cref="ObjectDisposedException">The response has been disposed and its body was not kept.</exception>
    public ReadOnlyMemory<byte> HandOut() => TryKeep() ? _bytes.First : throw GivenBack();

    /// <summary>Keeps the body for good, unless it has already been disposed; false then.</summary>
    public bool TryKeep()
    {
        if ((Volatile.Read(ref _flags) & Kept) != 0)
        {
            return true;
        }

        if (!TryHold())
        {
            return false;
        }

        // The hold taken is never dropped; should another thread have kept the body first, theirs is the one.
        if ((Interlocked.Or(ref _flags, Kept) & Kept) != 0)
        {
            Release();
        }

        return true;
    }

    /// <summary>Drops the response's own hold; calling it again does nothing.</summary>
    public void Dispose()
    {
        if ((Interlocked.Or(ref _flags, Disposed) & Disposed) == 0)
        {
            Release();
        }
    }

    public IReadOnlyDictionary<string, string> SetHeaders(IReadOnlyDictionary<string, string> headers) =>
        Interlocked.CompareExchange(ref _headers, headers, null) ?? headers;

    public byte[] SetJoined(byte[] joined) => Interlocked.CompareExchange(ref _joined, joined, null) ?? joined;

    public JsonElement SetData(JsonElement data) =>
        (Interlocked.CompareExchange(ref _data, new StrongBox<JsonElement>(data), null) ?? _data!).Value;

    public string SetText(string text) => Interlocked.CompareExchange(ref _text, text, null) ?? text;

    private static ObjectDisposedException GivenBack() => new(
        nameof(GlobusResponse),
        "The response was disposed and its body given back; only what was read from it before stays available.");

    private bool TryHold()
    {
        if (Volatile.Read(ref _flags) == Disposed)
        {
            return false;
        }

        var holds = Volatile.Read(ref _holds);
        while (holds > 0)
        {
            var seen = Interlocked.CompareExchange(ref _holds, holds + 1, holds);
            if (seen == holds)
            {
                return true;
            }

            holds = seen;
        }

        return false;
    }

    private void Release()
    {
        if (Interlocked.Decrement(ref _holds) == 0)
        {
            if (_pooledArray is { } array)
            {
                SmallBodyPool.Shared.Return(array, (int)_bytes.Length);
            }
            else
            {
                BodySegment.ReturnPooled(_bytes);
            }
        }
    }

    /// <summary>One read of the body, holding it until disposed.</summary>
    public readonly ref struct BodyRead
    {
        private readonly ResponseContent _content;

        public BodyRead(ResponseContent content) => _content = content;

        public ReadOnlySequence<byte> Bytes => _content._bytes;

        public void Dispose() => _content.Release();
    }
}
