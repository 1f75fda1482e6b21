using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Transport;

/// <summary>
/// Builds the response of an operation with a typed result as a <see cref="GlobusResponse{T}"/> from the start, so a
/// call makes one response object instead of a response and then a typed view of it.
/// </summary>
internal abstract class ResponseFactory
{
    /// <summary>The factory of <see cref="GlobusResponse{T}"/> reading its value with <paramref name="typeInfo"/>.</summary>
    /// <remarks>Each operation passes the same type information every call, so the last factory made for a type is kept.</remarks>
    public static ResponseFactory For<T>(JsonTypeInfo<T> typeInfo) => TypedResponseFactory<T>.For(typeInfo);

    /// <summary>The response, of the factory's type, from parts the transport already checked.</summary>
    public abstract GlobusResponse Create(int httpStatus, ReceivedBody body, string? contentType, ReceivedHeaders headers, string? httpReason);

    private sealed class TypedResponseFactory<T>(JsonTypeInfo<T> typeInfo) : ResponseFactory
    {
        private static TypedResponseFactory<T>? _last;

        private readonly JsonTypeInfo<T> _typeInfo = typeInfo;

        public static TypedResponseFactory<T> For(JsonTypeInfo<T> typeInfo)
        {
            ArgumentNullException.ThrowIfNull(typeInfo);
            var last = Volatile.Read(ref _last);
            if (last is null || last._typeInfo != typeInfo)
            {
                last = new TypedResponseFactory<T>(typeInfo);
                Volatile.Write(ref _last, last);
            }

            return last;
        }

        public override GlobusResponse Create(int httpStatus, ReceivedBody body, string? contentType, ReceivedHeaders headers, string? httpReason) =>
            GlobusResponse<T>.FromParts(httpStatus, body, contentType, headers, httpReason, _typeInfo);
    }
}
