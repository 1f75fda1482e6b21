using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Globus.Sdk.Transport;

/// <summary>
/// The compression the SDK asks for (<c>Accept-Encoding</c>) and the decoding of a body sent with one
/// (<c>Content-Encoding</c>), done by the SDK rather than by <see cref="SocketsHttpHandler.AutomaticDecompression"/>.
/// </summary>
/// <remarks>
/// The handler's automatic decompression parses the request's <c>Accept-Encoding</c> into header objects and adds an
/// async layer to every call, compressed or not: about 600 bytes of the 4 KB a small call allocates. Here the header
/// is one constant string, and a body that is not compressed costs one header lookup. As with the handler, only the
/// last coding named is undone, and a coding the SDK does not know leaves the body as sent. A transport of the
/// caller's own that decompresses itself removes the <c>Content-Encoding</c> it undid, so nothing is undone twice.
/// </remarks>
internal static class ContentDecoding
{
    /// <summary>The value of the <c>Accept-Encoding</c> every request carries, unless the caller sets its own.</summary>
    public const string AcceptEncoding = "gzip, deflate, br";

    private const string ContentEncodingHeader = "Content-Encoding";

    /// <summary>The compression to undo: the last coding <c>Content-Encoding</c> names, when the SDK knows it.</summary>
    public enum Coding
    {
        /// <summary>None, or one the SDK does not know: the body is read as sent.</summary>
        None,

        /// <summary><c>gzip</c> (or <c>x-gzip</c>).</summary>
        Gzip,

        /// <summary><c>deflate</c>: the zlib format (RFC 9110, 8.4.1.2).</summary>
        Deflate,

        /// <summary><c>br</c>: Brotli.</summary>
        Brotli,
    }

    /// <summary><paramref name="stream"/>, decoded from <paramref name="coding"/>.</summary>
    public static Stream Decode(Coding coding, Stream stream) => coding is Coding.None ? stream : Decompress(coding, stream);

    // Apart, and never inlined, so that a process whose answers are never compressed never loads the compression assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Stream Decompress(Coding coding, Stream stream) => coding switch
    {
        Coding.Gzip => new GZipStream(stream, CompressionMode.Decompress),
        Coding.Deflate => new ZLibStream(stream, CompressionMode.Decompress),
        _ => new BrotliStream(stream, CompressionMode.Decompress),
    };

    /// <summary>What <paramref name="content"/>'s <c>Content-Encoding</c> asks to undo.</summary>
    public static Coding CodingOf(HttpContent content)
    {
        if (!content.Headers.NonValidated.TryGetValues(ContentEncodingHeader, out var values))
        {
            return Coding.None;
        }

        var last = string.Empty;
        foreach (var value in values)
        {
            last = value;
        }

        // One header value may itself list several codings ("gzip, br"), applied in order.
        var coding = last.AsSpan();
        if (coding.LastIndexOf(',') is var comma and >= 0)
        {
            coding = coding[(comma + 1)..];
        }

        coding = coding.Trim();
        return coding.Equals("gzip", StringComparison.OrdinalIgnoreCase) || coding.Equals("x-gzip", StringComparison.OrdinalIgnoreCase) ? Coding.Gzip
            : coding.Equals("deflate", StringComparison.OrdinalIgnoreCase) ? Coding.Deflate
            : coding.Equals("br", StringComparison.OrdinalIgnoreCase) ? Coding.Brotli
            : Coding.None;
    }
}
