using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Tests.Core;

public record Endpoint(string Id, string DisplayName, int? MaxConcurrency);

// A user's own System.Text.Json source-generated context: typed responses take its JsonTypeInfo as is.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Endpoint))]
public partial class EndpointJsonContext : JsonSerializerContext;

public class GlobusResponseOfTTests
{
    private const string EndpointJson = """{"id": "ep-1", "display_name": "Lab DTN", "max_concurrency": 4, "request_id": "r-1"}""";

    private static GlobusResponse<Endpoint> Typed(string body, int status = 200, string contentType = "application/json") =>
        GlobusResponse<Endpoint>.FromResponse(
            GlobusResponse.Create(status, Encoding.UTF8.GetBytes(body), contentType), EndpointJsonContext.Default.Endpoint);

    [Test]
    public void Value_is_the_body_decoded_with_the_type_info_and_kept()
    {
        var response = Typed(EndpointJson);

        Assert.That(response.Value, Is.EqualTo(new Endpoint("ep-1", "Lab DTN", 4)));
        Assert.That(response.Value, Is.SameAs(response.Value));
    }

    [Test]
    public async Task Concurrent_first_reads_share_one_decoding()
    {
        var converter = new CountingConverter();
        var typeInfo = JsonMetadataServices.CreateValueInfo<Endpoint>(new JsonSerializerOptions { TypeInfoResolver = EndpointJsonContext.Default }, converter);
        var response = GlobusResponse<Endpoint>.FromResponse(GlobusResponse.FromJson(EndpointJson), typeInfo);
        using var start = new ManualResetEventSlim();

        var readers = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return response.Value;
        })).ToArray();
        start.Set();
        var values = await Task.WhenAll(readers);

        Assert.That(converter.Reads, Is.EqualTo(1));
        Assert.That(values.Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(1));
    }

    [TestCase("""{"id": "ep-1", "display_name": {"first": "Lab"}}""", TestName = "an object where a string belongs")]
    [TestCase("\"just a string\"", TestName = "a string where an object belongs")]
    [TestCase("""{"id": "ep-1", """, TestName = "truncated JSON")]
    [TestCase("<html>Bad gateway</html>", TestName = "HTML")]
    [TestCase("", TestName = "an empty body")]
    [TestCase("null", TestName = "JSON null")]
    public void Undecodable_body_raises_on_Value_with_status_and_raw_text(string body)
    {
        var response = Typed(body, status: 202);

        var error = Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value)!;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<GlobusException>());
            Assert.That(error.HttpStatus, Is.EqualTo(202));
            Assert.That(error.RawText, Is.EqualTo(body));
            Assert.That(error.TargetType, Is.EqualTo(typeof(Endpoint)));
            Assert.That(error.InnerException, Is.InstanceOf<JsonException>());
            Assert.That(error.Message, Does.Contain("202").And.Contain(nameof(Endpoint)));
            Assert.That(response.Text, Is.EqualTo(body), "Text keeps working");
        });
    }

    [Test]
    public void Data_indexer_and_request_id_keep_working_when_the_shape_is_wrong()
    {
        var response = Typed("""{"id": 42, "display_name": "Lab DTN", "request_id": "r-77"}""");

        var error = Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value)!;

        Assert.That(error.RequestId, Is.EqualTo("r-77"));
        Assert.That(error.Message, Does.Contain("r-77"));
        Assert.That(response["id"].GetInt32(), Is.EqualTo(42));
        Assert.That(response.Data.GetProperty("display_name").GetString(), Is.EqualTo("Lab DTN"));
        Assert.That(response.Get("missing"), Is.Null);
    }

    [Test]
    public void Every_read_of_an_undecodable_Value_raises_its_own_exception()
    {
        var response = Typed("[1, 2]");

        var first = Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value);
        var second = Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value);

        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second!.InnerException, Is.SameAs(first!.InnerException), "decoded once");
        Assert.That(response[1].GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public void FromValue_returns_the_instance_and_a_body_that_shows_it()
    {
        var endpoint = new Endpoint("ep-9", "Archive", null);

        var response = GlobusResponse<Endpoint>.FromValue(
            endpoint, EndpointJsonContext.Default.Endpoint, httpStatus: 201, headers: [new("X-Request-Id", "abc")]);

        Assert.Multiple(() =>
        {
            Assert.That(response.Value, Is.SameAs(endpoint));
            Assert.That(response.HttpStatus, Is.EqualTo(201));
            Assert.That(response.ContentType, Is.EqualTo("application/json"));
            Assert.That(response.Headers["x-request-id"], Is.EqualTo("abc"));
            Assert.That(response["display_name"].GetString(), Is.EqualTo("Archive"));
            Assert.That(response.Text, Does.Contain("\"id\":\"ep-9\""));
        });
    }

    [Test]
    public void FromResponse_shares_the_body_and_metadata_of_the_raw_response()
    {
        var raw = GlobusResponse.Create(
            200, Encoding.UTF8.GetBytes(EndpointJson), "application/json; charset=utf-8", [new("Retry-After", "1")], "OK");

        var typed = GlobusResponse<Endpoint>.FromResponse(raw, EndpointJsonContext.Default.Endpoint);

        Assert.That(typed.BinaryContent.Span.SequenceEqual(raw.BinaryContent.Span), Is.True);
        Assert.That(typed.HttpReason, Is.EqualTo("OK"));
        Assert.That(typed.Headers["retry-after"], Is.EqualTo("1"));
        Assert.That(typed.RequestId, Is.EqualTo("r-1"));
        Assert.That(typed.Value.DisplayName, Is.EqualTo("Lab DTN"));
    }

    [Test]
    public void FromResponse_of_a_response_already_read_the_same_way_is_that_response()
    {
        var typed = Typed(EndpointJson);
        var converter = new CountingConverter();
        var otherTypeInfo = JsonMetadataServices.CreateValueInfo<Endpoint>(
            new JsonSerializerOptions { TypeInfoResolver = EndpointJsonContext.Default }, converter);

        var same = GlobusResponse<Endpoint>.FromResponse(typed, EndpointJsonContext.Default.Endpoint);
        var other = GlobusResponse<Endpoint>.FromResponse(typed, otherTypeInfo);

        Assert.That(same, Is.SameAs(typed));
        Assert.That(other, Is.Not.SameAs(typed));
        Assert.That(other.Value, Is.EqualTo(new Endpoint("ep-1", "Lab DTN", 4)));
        Assert.That(converter.Reads, Is.EqualTo(1), "another type info reads the body its own way");
    }

    [Test]
    public void Factories_reject_missing_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => GlobusResponse<Endpoint>.FromResponse(null!, EndpointJsonContext.Default.Endpoint));
        Assert.Throws<ArgumentNullException>(() => GlobusResponse<Endpoint>.FromResponse(GlobusResponse.FromJson("{}"), null!));
        Assert.Throws<ArgumentNullException>(() => GlobusResponse<Endpoint>.FromValue(null!, EndpointJsonContext.Default.Endpoint));
    }

    private sealed class CountingConverter : JsonConverter<Endpoint>
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override Endpoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Interlocked.Increment(ref _reads);
            return JsonSerializer.Deserialize(ref reader, EndpointJsonContext.Default.Endpoint)!;
        }

        public override void Write(Utf8JsonWriter writer, Endpoint value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, EndpointJsonContext.Default.Endpoint);
    }
}
