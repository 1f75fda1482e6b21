using System.IO.Compression;

namespace Globus.Sdk.Tests.Support;

/// <summary>Bodies sent with <c>Content-Encoding: gzip</c>: the SDK decompresses them, so their length is unknown until read.</summary>
public static class GzipBodies
{
    /// <summary><paramref name="body"/> compressed with gzip.</summary>
    public static byte[] Compress(byte[] body)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return compressed.ToArray();
    }
}
