using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

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
    private Decoded? _decoded;

    /// <summary>Creates a typed view of a response; its body is decoded when <see cref="Value"/> is first read.</summary>
    /// <param name="response">The response to view; the body is shared, not copied.</param>
    /// <param name="typeInfo">How to read <typeparamref name="T"/> from JSON.</param>
    protected GlobusResponse(GlobusResponse response, JsonTypeInfo<T> typeInfo)
        : base(response)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _typeInfo = typeInfo;
    }

    private GlobusResponse(GlobusResponse response, T value)
        : base(response)
    {
        _decoded = new Decoded(value, null);
    }

    /// <summary>The body read as <typeparamref name="T"/>, decoded on first access and then kept.</summary>
    /// <exception cref="GlobusResponseDecodingException">
    /// The body is empty, is not JSON, is JSON <c>null</c>, or does not have the shape of <typeparamref name="T"/>.
    /// </exception>
    public T Value
    {
        get
        {
            var decoded = Volatile.Read(ref _decoded) ?? DecodeOnce();
            // A fresh exception per read: one shared instance rethrown on several threads would mix their stack traces.
            return decoded.Error is null
                ? decoded.Value!
                : throw new GlobusResponseDecodingException(this, typeof(T), decoded.Error);
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
    /// <returns>A typed response whose <see cref="Value"/> is decoded from <paramref name="response"/>'s body on first access.</returns>
    public static GlobusResponse<T> FromResponse(GlobusResponse response, JsonTypeInfo<T> typeInfo) => new(response, typeInfo);

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
    private Decoded DecodeOnce()
    {
        lock (DecodingLock)
        {
            if (_decoded is null)
            {
                Volatile.Write(ref _decoded, Decode(_typeInfo!));
            }

            return _decoded;
        }
    }

    private Decoded Decode(JsonTypeInfo<T> typeInfo)
    {
        try
        {
            var value = Body.IsSingleSegment ? JsonSerializer.Deserialize(Body.FirstSpan, typeInfo) : DeserializePieces(typeInfo);
            return value is null
                ? new Decoded(default, new JsonException($"The body is JSON null, not a {typeof(T).Name}."))
                : new Decoded(value, null);
        }
        catch (JsonException exception)
        {
            return new Decoded(default, exception);
        }
    }

    /// <summary>A body received in pieces, read as one contiguous body from a pooled copy.</summary>
    /// <remarks>
    /// The serializer reading from a <see cref="Utf8JsonReader"/> over the pieces would first skip the whole value to
    /// find its end, then copy it into a pooled array and read that: a page of 1,000 tasks took twice as long as
    /// from one span. Copying first costs one pass of memory and keeps the serializer's own rules for a whole body.
    /// The copy holds the body, so it is cleared when it goes back; models keep copies of their strings, never slices.
    /// </remarks>
    private T? DeserializePieces(JsonTypeInfo<T> typeInfo)
    {
        var body = Body;
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

    private sealed record Decoded(T? Value, JsonException? Error);
}
