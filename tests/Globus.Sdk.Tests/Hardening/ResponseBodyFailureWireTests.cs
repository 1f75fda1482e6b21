using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 5: whatever goes wrong while a body is read surfaces as the SDK's own exception (a body
/// declared gzip that is not gzip is a <see cref="GlobusConnectionException"/>, retried like any network
/// failure), and a body over <see cref="GlobusClientOptions.MaxResponseBodySize"/> is refused with a
/// <see cref="GlobusResponseTooLargeException"/> instead of being buffered without limit.
/// </summary>
public class ResponseBodyFailureWireTests : WireMockTestBase
{
    private BaseClient Client(int maxRetries = 0, long? maxBody = null) =>
        new("transfer", null, Options(o =>
        {
            o.RetryPolicy = new RetryPolicy(maxRetries: maxRetries, maxSleep: TimeSpan.Zero);
            o.MaxResponseBodySize = maxBody;
        }));

    private void Answer(byte[] body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    [TestCase(10, 100)]
    [TestCase(ResponseBodyReader.SegmentSize + 10, ResponseBodyReader.SegmentSize + 5_000)]
    public void A_body_shorter_than_its_content_length_is_a_connection_exception_saying_where_it_ended(int sent, int declared)
    {
        var client = new BaseClient("transfer", null, Options(o =>
        {
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
            o.HttpMessageHandler = new ShortBodyHandler(sent, declared);
        }));

        var error = Assert.ThrowsAsync<GlobusConnectionException>(() => client.GetAsync("/v0.10/task_list"));

        Assert.That(error!.InnerException, Is.TypeOf<IOException>());
        Assert.That(error.Message, Does.Contain($"ended after {sent} of the {declared} bytes its Content-Length declared"));
    }

    [Test]
    public void A_gzip_body_that_is_not_gzip_is_a_connection_exception_and_is_retried()
    {
        Answer("this is not gzip at all, just text that claims to be"u8.ToArray(), ("Content-Encoding", "gzip"));

        var error = Assert.ThrowsAsync<GlobusConnectionException>(() => Client(maxRetries: 2).GetAsync("/v0.10/x"));

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<NetworkException>());
            Assert.That(error!.Attempts, Is.EqualTo(3), "retried as a network failure, as Python retries a ContentDecodingError");
            Assert.That(Server.LogEntries.Count(), Is.EqualTo(3));
            Assert.That(AllInner(error), Has.Some.InstanceOf<InvalidDataException>(), "the cause is kept");
        });
    }

    [Test]
    public void A_body_over_the_limit_with_a_content_length_is_refused_and_not_retried()
    {
        Answer(new byte[4096]);

        var error = Assert.ThrowsAsync<GlobusResponseTooLargeException>(() => Client(maxRetries: 3, maxBody: 1024).GetAsync("/v0.10/x"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Limit, Is.EqualTo(1024));
            Assert.That(error.Message, Does.Contain(nameof(GlobusClientOptions.MaxResponseBodySize)));
            Assert.That(Server.LogEntries.Count(), Is.EqualTo(1), "the same request would get the same answer");
        });
    }

    [Test]
    public void A_body_over_the_limit_without_a_length_is_refused_once_it_passes_the_limit()
    {
        // 1 MiB of zeros compresses to about 1 KiB; decompressed, its length is unknown until read.
        Answer(GzipBodies.Compress(new byte[1024 * 1024]), ("Content-Encoding", "gzip"));

        Assert.ThrowsAsync<GlobusResponseTooLargeException>(() => Client(maxBody: 64 * 1024).GetAsync("/v0.10/x"));
    }

    [Test]
    public async Task A_body_within_the_limit_is_read_whole_with_or_without_a_length()
    {
        var json = "{\"data\": \"" + new string('x', 100_000) + "\"}";

        Answer(System.Text.Encoding.UTF8.GetBytes(json));
        var plain = await Client(maxBody: json.Length).GetAsync("/v0.10/x");
        Server.Reset();
        Answer(GzipBodies.Compress(System.Text.Encoding.UTF8.GetBytes(json)), ("Content-Encoding", "gzip"));
        var decompressed = await Client(maxBody: json.Length).GetAsync("/v0.10/x");

        Assert.That(plain.Text, Is.EqualTo(json));
        Assert.That(decompressed.Text, Is.EqualTo(json));
    }

    [Test]
    public void The_default_limit_is_documented_and_a_bad_one_is_refused()
    {
        Assert.That(GlobusClientOptions.DefaultMaxResponseBodySize, Is.EqualTo(128L * 1024 * 1024));
        Assert.Throws<ArgumentOutOfRangeException>(() => Client(maxBody: 0));
    }

    private static IEnumerable<Exception> AllInner(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }

    /// <summary>Answers with fewer bytes than its <c>Content-Length</c> declares, as a connection cut mid-body would.</summary>
    private sealed class ShortBodyHandler(int sent, int declared) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(new byte[sent]));
            content.Headers.ContentLength = declared;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
