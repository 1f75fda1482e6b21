using System.Text;
using System.Text.Json;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Core;

/// <summary>What a caller can read from a response, for each kind of body a service may send.</summary>
public class GlobusResponseTests : WireMockTestBase
{
    private async Task<GlobusResponse> ReceiveAsync(int status, string? contentType, string body, params (string, string)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithBody(body);
        if (contentType is not null)
        {
            response = response.WithHeader("Content-Type", contentType);
        }

        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().UsingGet()).RespondWith(response);
        return await new BaseClient("transfer", options: Options()).GetAsync("/thing");
    }

    [Test]
    public async Task Json_object_body_is_readable_as_a_dictionary()
    {
        var response = await ReceiveAsync(200, "application/json",
            """{"DATA_TYPE": "endpoint", "display_name": "My EP", "request_id": "abc123", "n": 3, "nothing": null}""",
            ("X-Extra", "1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(response.HttpReason, Is.EqualTo("OK"));
            Assert.That(response.ContentType, Does.StartWith("application/json"));
            Assert.That(response.Headers["x-extra"], Is.EqualTo("1"), "header names ignore case");
            Assert.That(response["display_name"].GetString(), Is.EqualTo("My EP"));
            Assert.That(response.Data.GetProperty("n").GetInt32(), Is.EqualTo(3));
            Assert.That(response.Get("nothing")?.ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(response.Get("absent"), Is.Null);
            Assert.That(response.ContainsKey("DATA_TYPE"), Is.True);
            Assert.That(response.ContainsKey("absent"), Is.False);
            Assert.That(response.RequestId, Is.EqualTo("abc123"));
            Assert.That(response.Text, Does.Contain("My EP"));
            Assert.That(Encoding.UTF8.GetString(response.BinaryContent.Span), Is.EqualTo(response.Text));
        });
        Assert.Throws<KeyNotFoundException>(() => _ = response["absent"]);
    }

    [Test]
    public async Task Top_level_array_is_indexed_by_position()
    {
        var response = await ReceiveAsync(200, "application/json", """[{"id": "a"}, {"id": "b"}]""");

        Assert.That(response.Data.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(response[1].GetProperty("id").GetString(), Is.EqualTo("b"));
        Assert.That(response.Data.EnumerateArray().Count(), Is.EqualTo(2));
        Assert.That(response.Get("id"), Is.Null);
        Assert.That(response.ContainsKey("id"), Is.False);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = response[2]);
        var error = Assert.Throws<InvalidOperationException>(() => _ = response["id"])!;
        Assert.That(error.Message, Does.Contain("JSON object"));
    }

    [Test]
    public async Task Empty_body_has_undefined_data_and_empty_text()
    {
        Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(204));

        var response = await new BaseClient("transfer", options: Options()).GetAsync("/thing");

        Assert.That(response.HttpStatus, Is.EqualTo(204));
        Assert.That(response.Text, Is.Empty);
        Assert.That(response.BinaryContent.IsEmpty, Is.True);
        Assert.That(response.Data.ValueKind, Is.EqualTo(JsonValueKind.Undefined));
        Assert.That(response.Get("x"), Is.Null);
        Assert.Throws<InvalidOperationException>(() => _ = response["x"]);
    }

    [TestCase("text/html", "<html><body>502 Bad Gateway</body></html>")]
    [TestCase("application/json", "{\"truncated\": ")]
    [TestCase("application/json", "{\"a\": 1} trailing")]
    [TestCase("text/plain; charset=utf-8", "just words")]
    public async Task Non_json_body_keeps_its_text_and_has_undefined_data(string contentType, string body)
    {
        var response = await ReceiveAsync(200, contentType, body);

        Assert.That(response.Text, Is.EqualTo(body));
        Assert.That(response.Data.ValueKind, Is.EqualTo(JsonValueKind.Undefined));
        Assert.That(response.Get("a"), Is.Null);
    }

    [Test]
    public void Text_is_decoded_with_the_declared_charset()
    {
        var latin1 = Encoding.Latin1.GetBytes("café");

        var response = GlobusResponse.Create(200, latin1, "text/plain; charset=iso-8859-1");

        Assert.That(response.Text, Is.EqualTo("café"));
    }

    [Test]
    public void Factories_build_responses_for_callers_tests()
    {
        var response = GlobusResponse.FromJson("""{"value": "abc"}""", 202, [new("Retry-After", "3")]);

        Assert.That(response.HttpStatus, Is.EqualTo(202));
        Assert.That(response["value"].GetString(), Is.EqualTo("abc"));
        Assert.That(response.Headers["retry-after"], Is.EqualTo("3"));
        Assert.That(response.ContentType, Is.EqualTo("application/json"));
        Assert.Throws<ArgumentOutOfRangeException>(() => GlobusResponse.Create(42, Array.Empty<byte>()));
    }

    [Test]
    public async Task Data_is_parsed_once_and_shared_safely_between_threads()
    {
        var response = GlobusResponse.FromJson("""{"n": 1}""");

        var values = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => response["n"].GetInt32())));

        Assert.That(values, Is.All.EqualTo(1));
    }
}
