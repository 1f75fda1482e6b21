using System.IO.Compression;
using System.Net;
using System.Text;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// The SDK asks for compressed answers and undoes the compression itself: every request says what it accepts, a
/// body in each coding it names reads as the service meant it, a coding it does not know is left as sent, and a
/// transport of the caller's own that decompresses by itself is not undone twice.
/// </summary>
public class ContentDecodingWireTests : WireMockTestBase
{
    private const string Json = """{"DATA_TYPE": "endpoint", "display_name": "Compressed ✓", "description": "a body worth compressing, a body worth compressing"}""";

    private BaseClient Client(HttpMessageHandler? transport = null) =>
        new("transfer", null, Options(o =>
        {
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
            o.HttpMessageHandler = transport;
        }));

    private void Answer(byte[] body, string? contentEncoding)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
        Server.Given(Request.Create().UsingGet())
            .RespondWith(contentEncoding is null ? response : response.WithHeader("Content-Encoding", contentEncoding));
    }

    private static byte[] Compress(string coding, byte[] body)
    {
        var compressed = new MemoryStream();
        using (Stream compressor = coding switch
        {
            "gzip" => new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, null),
        })
        {
            compressor.Write(body);
        }

        return compressed.ToArray();
    }

    [Test]
    public async Task Every_request_asks_for_compression_unless_the_caller_names_its_own()
    {
        Answer(Encoding.UTF8.GetBytes(Json), contentEncoding: null);

        await Client().GetAsync("/v0.10/endpoint/x");
        await Client().GetAsync("/v0.10/endpoint/x", headers: [new("Accept-Encoding", "identity")]);

        Assert.That(Requests[0].RequestMessage.Headers!["Accept-Encoding"], Is.EqualTo(new[] { ContentDecoding.AcceptEncoding }));
        Assert.That(ContentDecoding.AcceptEncoding, Is.EqualTo("gzip, deflate, br"));
        Assert.That(Requests[1].RequestMessage.Headers!["Accept-Encoding"], Is.EqualTo(new[] { "identity" }));
    }

    [TestCase("gzip", "gzip")]
    [TestCase("gzip", "x-gzip")]
    [TestCase("gzip", "GZIP")]
    [TestCase("deflate", "deflate")]
    [TestCase("br", "br")]
    [TestCase("gzip", "identity, gzip")]
    public async Task A_body_in_each_coding_asked_for_reads_as_the_service_meant_it(string coding, string contentEncoding)
    {
        Answer(Compress(coding, Encoding.UTF8.GetBytes(Json)), contentEncoding);

        var response = await Client().GetAsync("/v0.10/endpoint/x");

        Assert.That(response.Text, Is.EqualTo(Json));
        Assert.That(response["display_name"].GetString(), Is.EqualTo("Compressed ✓"));
        Assert.That(response.Headers["Content-Encoding"], Is.EqualTo(contentEncoding), "the headers are as received");
    }

    [Test]
    public async Task A_coding_the_SDK_does_not_know_is_left_as_sent()
    {
        var sent = Encoding.UTF8.GetBytes("not decoded by anyone");
        Answer(sent, "zstd");

        var response = await Client().GetAsync("/v0.10/endpoint/x");

        Assert.That(response.BinaryContent.ToArray(), Is.EqualTo(sent));
    }

    [Test]
    public async Task A_transport_that_decompresses_by_itself_is_not_undone_twice()
    {
        Answer(Compress("gzip", Encoding.UTF8.GetBytes(Json)), "gzip");
        using var decompressing = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };

        var response = await Client(decompressing).GetAsync("/v0.10/endpoint/x");

        Assert.That(response.Text, Is.EqualTo(Json));
    }
}
