using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>A body as read: its bytes, and the array of a small body when it was rented from <see cref="SmallBodyPool"/>.</summary>
/// <param name="Bytes">The body.</param>
/// <param name="PooledArray">
/// The array <paramref name="Bytes"/> lies in, when it goes back to <see cref="SmallBodyPool.Shared"/> with the response;
/// null for a body of its own array, or one in pieces (which carry their own pooling, see <see cref="BodySegment"/>).
/// </param>
internal readonly record struct ReceivedBody(ReadOnlySequence<byte> Bytes, byte[]? PooledArray = null);
