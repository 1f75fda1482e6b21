using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// The answer of a Globus service to an operation with a typed result: everything
/// <see cref="GlobusResponse"/> offers, plus <see cref="Value"/>, the body read as <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The model the body is read as.</typeparam>
/// <remarks>
/// <para>
/// <see cref="Value"/> is decoded on first access and kept; concurrent readers share one decoding.
/// When the body cannot be read as <typeparamref name="T"/>, reading <see cref="Value"/> raises
/// <see cref="GlobusResponseDecodingException"/>, every time, while <see cref="GlobusResponse.Text"/>,
/// <see cref="GlobusResponse.Data"/> and the indexers keep working, so nothing the service sent is lost.
/// </para>
/// <para>
/// Decoding goes through a <see cref="JsonTypeInfo{T}"/>, which needs no reflection (safe for
/// trimming and native AOT) and also lets you read a body as a type of your own, described by
/// your own <c>JsonSerializerContext</c>.
/// </para>
/// <para>
/// In tests of code that uses the SDK, build one with <see cref="FromValue"/> or <see cref="FromResponse"/>.
/// </para>
/// </remarks>
public class GlobusResponse<T> : GlobusResponse
{
    private readonly JsonTypeInfo<T>? _typeInfo;

    // Written once, under the response's lock, before _decoded is set: readers that see _decoded set see them too.
    private T? _value;
    private JsonException? _error;
    private bool _decoded;

    /// <summary>Creates a typed view of a response; its body is decoded when <see cref="Value"/> is first read.</summary>
    /// <param name="response">The response to view; the body is shared, not copied.</param>
    /// <param name="typeInfo">How to read <typeparamref name="T"/> from JSON.</param>
    protected GlobusResponse(GlobusResponse response, JsonTypeInfo<T> typeInfo)
        : base(response)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _typeInfo = typeInfo;
    }

    private GlobusResponse(int httpStatus, ReceivedBody body, string? contentType, ReceivedHeaders headers, string? httpReason, JsonTypeInfo<T> typeInfo)
        : base(httpStatus, body, contentType, headers, httpReason)
    {
        _typeInfo = typeInfo;
    }

    private GlobusResponse(GlobusResponse response, T value)
        : base(response)
    {
        _value = value;
        _decoded = true;
    }

    /// <summary>The body read as <typeparamref name="T"/>, decoded on first access and then kept.</summary>
    /// <exception cref="GlobusResponseDecodingException">
    /// The body is empty, is not JSON, is JSON <c>null</c>, or does not have the shape of <typeparamref name="T"/>.
    /// </exception>
    /// <exception cref="ObjectDisposedException">The response was disposed before this was first read.</exception>
    public T Value
    {
        get
        {
            if (!Volatile.Read(ref _decoded))
            {
                DecodeOnce();
            }

            // A fresh exception per read: one shared instance rethrown on several threads would mix their stack traces.
            return _error is null
                ? _value!
                : throw new GlobusResponseDecodingException(this, typeof(T), _error);
        }
    }

    /// <summary>
    /// The response's <see cref="Value"/>, so a typed result can be taken directly:
    /// <c>TransferTask task = await client.GetTaskAsync(taskId);</c>. Keep the response instead when you
    /// also need its status, headers or raw JSON.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <returns><see cref="Value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="GlobusResponseDecodingException">The body cannot be read as <typeparamref name="T"/>.</exception>
    public static implicit operator T(GlobusResponse<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Value;
    }

    /// <summary>Views a response as typed, for instance one built with <see cref="GlobusResponse.FromJson"/> in a test.</summary>
    /// <param name="response">The response to view; its body is shared, not copied.</param>
    /// <param name="typeInfo">How to read <typeparamref name="T"/> from JSON.</param>
    /// <returns>
    /// A typed response whose <see cref="Value"/> is decoded from <paramref name="response"/>'s body on first access:
    /// <paramref name="response"/> itself when it already is a <see cref="GlobusResponse{T}"/> read with <paramref name="typeInfo"/>.
    /// </returns>
    public static GlobusResponse<T> FromResponse(GlobusResponse response, JsonTypeInfo<T> typeInfo) =>
        // The SDK builds an operation's answer typed from the start (ResponseFactory); that one is its own view.
        response is GlobusResponse<T> typed && typed.GetType() == typeof(GlobusResponse<T>) && typed._typeInfo == typeInfo
            ? typed
            : new(response, typeInfo);

    /// <summary>A typed response from parts the transport already checked (see <see cref="ResponseFactory"/>).</summary>
    internal static GlobusResponse<T> FromParts(
        int httpStatus, ReceivedBody body, string? contentType, ReceivedHeaders headers, string? httpReason, JsonTypeInfo<T> typeInfo) =>
        new(httpStatus, body, contentType, headers, httpReason, typeInfo);

    /// <summary>
    /// Creates a response that carries a value you already have, for tests and mocks of code that
    /// uses the SDK. The body is the value written as JSON, so <see cref="GlobusResponse.Data"/> and
    /// <see cref="GlobusResponse.Text"/> show what a service would have sent.
    /// </summary>
    /// <param name="value">The value <see cref="Value"/> returns (this very instance).</param>
    /// <param name="typeInfo">How to write <typeparamref name="T"/> as JSON.</param>
    /// <param name="httpStatus">The HTTP status code; 200 unless given.</param>
    /// <param name="headers">Response headers; names are compared without regard to case.</param>
    /// <returns>A response with <c>Content-Type: application/json</c>.</returns>
    public static GlobusResponse<T> FromValue(
        T value,
        JsonTypeInfo<T> typeInfo,
        int httpStatus = 200,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        return new GlobusResponse<T>(Create(httpStatus, body, "application/json", headers), value);
    }

    // Concurrent first readers share one decoding (the lock is the response's, taken only until it is done).
    private void DecodeOnce()
    {
        lock (DecodingLock)
        {
            if (!_decoded)
            {
                Decode(_typeInfo!);
                Volatile.Write(ref _decoded, true);
            }
        }
    }

    private void Decode(JsonTypeInfo<T> typeInfo)
    {
        using var read = ReadBody();
        var body = read.Bytes;
        try
        {
            _value = body.IsSingleSegment ? JsonSerializer.Deserialize(body.FirstSpan, typeInfo) : DeserializePieces(body, typeInfo);
            _error = _value is null ? new JsonException($"The body is JSON null, not a {typeof(T).Name}.") : null;
        }
        catch (JsonException exception)
        {
            _error = exception;
        }
    }

    /// <summary>A body received in pieces, read as one contiguous body from a pooled copy.</summary>
    /// <remarks>
    /// The serializer reading from a <see cref="Utf8JsonReader"/> over the pieces would first skip the whole value to
    /// find its end, then copy it into a pooled array and read that: a page of 1,000 tasks took twice as long as
    /// from one span. Copying first costs one pass of memory and keeps the serializer's own rules for a whole body.
    /// The copy holds the body, so it is cleared when it goes back; models keep copies of their strings, never slices.
    /// </remarks>
    private static T? DeserializePieces(ReadOnlySequence<byte> body, JsonTypeInfo<T> typeInfo)
    {
        var length = checked((int)body.Length);
        var copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(copy);
            return JsonSerializer.Deserialize(copy.AsSpan(0, length), typeInfo);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy, clearArray: true);
        }
    }
}
