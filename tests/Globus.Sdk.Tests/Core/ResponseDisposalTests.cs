using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using TransferEndpoint = Globus.Sdk.Transfer.Endpoint;

namespace Globus.Sdk.Tests.Core;

/// <summary>
/// Disposing a response gives its body's buffers back for the next response to be read into. What callers rely
/// on: what they read before disposing never changes afterwards, whatever the next responses hold; a view not read
/// before is refused, never made from another response's bytes; memory handed out and responses carried by
/// exceptions stay theirs; and a read racing disposal finishes with its own body.
/// </summary>
public class ResponseDisposalTests : WireMockTestBase
{
    private const string EndpointId = "6c8a6a2b-9f0d-4c0e-8a5b-3c9a1f4c8e21";
    private static readonly string EndpointPath = "/v0.10/endpoint/" + EndpointId;

    private TransferClient Client() =>
        new(new AccessTokenAuthorizer("disposal-token-0123456789"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

    /// <summary>An endpoint document of a fixed length whatever the name (of 12 characters), so its array is reused.</summary>
    private static string EndpointJson(string name) =>
        $$"""{"DATA_TYPE": "endpoint", "id": "{{EndpointId}}", "display_name": "{{name}}", "request_id": "req-{{name}}", "description": "{{new string('d', 600)}}"}""";

    private void Serve(string path, string json, bool gzip = false, int status = 200)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var answer = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json");
        Server.Given(Request.Create().UsingGet().WithPath(path))
            .RespondWith(gzip ? answer.WithHeader("Content-Encoding", "gzip").WithBody(GzipBodies.Compress(bytes)) : answer.WithBody(bytes));
    }

    private static byte[] FirstArray(GlobusResponse response) =>
        MemoryMarshal.TryGetArray(response.Body.First, out var segment) ? segment.Array! : throw new AssertionException("the body is not in an array");

    // The shared pool keeps what earlier tests gave back; emptied, the next array given back is the next one rented.
    private static void EmptySharedPoolClassOf(int length)
    {
        for (var i = 0; i < SmallBodyPool.KeptPerClass; i++)
        {
            SmallBodyPool.Shared.Rent(length);
        }
    }

    /// <summary>Disposes <paramref name="first"/>, then fetches the endpoint named "other-name-2", a body of the same length.</summary>
    private async Task<GlobusResponse<TransferEndpoint>> DisposeAndFetchAnotherAsync(TransferClient client, GlobusResponse first)
    {
        EmptySharedPoolClassOf((int)first.BodyLength);
        first.Dispose();
        Server.Reset();
        Serve(EndpointPath, EndpointJson("other-name-2"));
        return await client.GetEndpointAsync(EndpointId);
    }

    [TestCase(1_000, false)]
    [TestCase(1_000, true)]
    [TestCase(3 * ResponseBodyReader.SegmentSize, false)]
    [TestCase(3 * ResponseBodyReader.SegmentSize, true)]
    public async Task Disposing_gives_the_body_back_cleared(int size, bool gzip)
    {
        var json = "{\"DATA\": \"" + new string('s', size) + "\"}";
        Serve("/v0.10/task_list", json, gzip);
        var response = await Client().TaskListAsync();
        var array = FirstArray(response);
        Assert.That(array.AsSpan(0, 8).ToArray(), Is.EqualTo("{\"DATA\":"u8.ToArray()), "the array holds the body before");

        response.Dispose();
        response.Dispose();

        Assert.That(array.AsSpan(0, Math.Min(array.Length, size)).ContainsAnyExcept((byte)0), Is.False, "cleared when given back");
        Assert.Throws<ObjectDisposedException>(() => _ = response.Text);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task The_next_response_is_read_into_the_array_a_disposed_one_gave_back(bool gzip)
    {
        Serve(EndpointPath, EndpointJson("first-name-1"), gzip);
        var client = Client();
        var first = await client.GetEndpointAsync(EndpointId);
        var array = FirstArray(first);
        EmptySharedPoolClassOf((int)first.BodyLength);

        first.Dispose();
        var second = await client.GetEndpointAsync(EndpointId);

        Assert.That(FirstArray(second), Is.SameAs(array));
        Assert.That(second.Value.DisplayName, Is.EqualTo("first-name-1"));
    }

    [Test]
    public async Task What_was_read_before_disposal_is_unchanged_after_the_array_is_reused()
    {
        Serve(EndpointPath, EndpointJson("first-name-1"));
        var client = Client();
        var first = await client.GetEndpointAsync(EndpointId);
        var value = first.Value;
        var text = first.Text;
        var data = first.Data;
        var requestId = first.RequestId;
        var headers = first.Headers;

        var second = await DisposeAndFetchAnotherAsync(client, first);

        Assert.That(second.Value.DisplayName, Is.EqualTo("other-name-2"), "the second response reused the array");
        Assert.Multiple(() =>
        {
            Assert.That(first.Value, Is.SameAs(value));
            Assert.That(first.Value.DisplayName, Is.EqualTo("first-name-1"));
            Assert.That(first.Text, Is.EqualTo(text).And.EqualTo(EndpointJson("first-name-1")));
            Assert.That(first.Data.GetProperty("display_name").GetString(), Is.EqualTo("first-name-1"));
            Assert.That(data.GetProperty("display_name").GetString(), Is.EqualTo("first-name-1"));
            Assert.That(first["request_id"].GetString(), Is.EqualTo("req-first-name-1"));
            Assert.That(first.RequestId, Is.EqualTo(requestId).And.EqualTo("req-first-name-1"));
            Assert.That(first.Headers, Is.SameAs(headers));
            Assert.That(first.HttpStatus, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task A_view_not_read_before_disposal_is_refused()
    {
        Serve(EndpointPath, EndpointJson("first-name-1"));
        var client = Client();
        var views = new Dictionary<string, Action<GlobusResponse<TransferEndpoint>>>
        {
            ["Value"] = r => _ = r.Value,
            ["Text"] = r => _ = r.Text,
            ["Data"] = r => _ = r.Data,
            ["BinaryContent"] = r => _ = r.BinaryContent,
            ["RequestId"] = r => _ = r.RequestId,
            ["this[string]"] = r => _ = r["display_name"],
            ["Get"] = r => _ = r.Get("display_name"),
            ["ContainsKey"] = r => _ = r.ContainsKey("display_name"),
        };

        foreach (var (name, view) in views)
        {
            var response = await client.GetEndpointAsync(EndpointId);
            response.Dispose();

            Assert.Throws<ObjectDisposedException>(() => view(response), name);
            Assert.That(response.Headers["Content-Type"], Does.StartWith("application/json"), "headers stay readable");
        }
    }

    [Test]
    public async Task Memory_handed_out_by_BinaryContent_stays_the_callers()
    {
        Serve(EndpointPath, EndpointJson("first-name-1"));
        var client = Client();
        var first = await client.GetEndpointAsync(EndpointId);
        var memory = first.BinaryContent;

        (await DisposeAndFetchAnotherAsync(client, first)).Dispose();

        Assert.That(Encoding.UTF8.GetString(memory.Span), Is.EqualTo(EndpointJson("first-name-1")));
        Assert.That(first.Value.DisplayName, Is.EqualTo("first-name-1"), "the kept body stays readable");
    }

    [Test]
    public async Task A_decoding_error_leaving_a_using_block_keeps_its_response_readable()
    {
        var json = "[\"not an endpoint\", \"" + new string('x', 500) + "\"]";
        Serve(EndpointPath, json);
        var client = Client();

        var error = Assert.ThrowsAsync<GlobusResponseDecodingException>(async () =>
        {
            using var response = await client.GetEndpointAsync(EndpointId);
            _ = response.Value;
        })!;
        Serve("/v0.10/task_list", json);
        (await client.TaskListAsync()).Dispose();

        Assert.That(error.RawText, Is.EqualTo(json));
        Assert.That(error.Response.Data[0].GetString(), Is.EqualTo("not an endpoint"));
    }

    [Test]
    public async Task An_api_error_keeps_its_response_readable_when_the_response_is_disposed()
    {
        var json = "{\"code\": \"EndpointNotFound\", \"message\": \"No such endpoint " + new string('x', 300) + "\"}";
        Serve(EndpointPath, json, status: 404);

        var error = Assert.ThrowsAsync<TransferApiException>(async () => await Client().GetEndpointAsync(EndpointId))!;
        error.Response.Dispose();

        Assert.That(error.RawText, Is.EqualTo(json));
        Assert.That(error.Response.BinaryContent.Length, Is.EqualTo(Encoding.UTF8.GetByteCount(json)));
    }

    [Test]
    public async Task A_typed_response_and_the_response_it_views_share_one_disposal()
    {
        Serve("/thing", EndpointJson("first-name-1"));
        var untyped = await new BaseClient("transfer", options: Options()).GetAsync("/thing");
        var typed = GlobusResponse<TransferEndpoint>.FromResponse(untyped, TransferJsonContext.Default.Endpoint);

        typed.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _ = untyped.Text);
        Assert.Throws<ObjectDisposedException>(() => _ = typed.Value);
        Assert.DoesNotThrow(untyped.Dispose);
    }

    [Test]
    public void A_response_built_in_code_is_refused_after_disposal_as_a_received_one_is()
    {
        var response = GlobusResponse.FromJson("""{"DATA": []}""");

        response.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _ = response.Text);
    }

    [Test]
    public async Task A_read_racing_disposal_finishes_with_its_own_body_or_is_refused()
    {
        using var message = new HttpResponseMessage();
        GlobusResponse Pooled(int round)
        {
            var bytes = Encoding.UTF8.GetBytes(RoundJson(round));
            var array = SmallBodyPool.Shared.Rent(bytes.Length);
            bytes.CopyTo(array, 0);
            return GlobusResponse.FromParts(
                200, new ReceivedBody(new ReadOnlySequence<byte>(array, 0, bytes.Length), array), "application/json",
                new ReceivedHeaders(message.Headers, message.Content.Headers), "OK");
        }

        var refused = 0;
        for (var round = 0; round < 2_000; round++)
        {
            var response = Pooled(round);
            using var start = new Barrier(2);
            var reader = Task.Run(() =>
            {
                start.SignalAndWait();
                try
                {
                    return response.Text;
                }
                catch (ObjectDisposedException)
                {
                    Interlocked.Increment(ref refused);
                    return null;
                }
            });
            var disposer = Task.Run(() =>
            {
                start.SignalAndWait();
                response.Dispose();
                // Refill arrays at once, as the next responses would.
                Pooled(round + 1).Dispose();
            });
            await Task.WhenAll(reader, disposer);

            if (await reader is { } text)
            {
                Assert.That(text, Is.EqualTo(RoundJson(round)), $"round {round}");
            }
        }

        TestContext.Out.WriteLine($"{refused} of 2,000 reads came after disposal");
    }

    private static string RoundJson(int round) => $$"""{"round": {{round:D6}}, "filler": "{{new string((char)('a' + (round % 26)), 400)}}"}""";
}
