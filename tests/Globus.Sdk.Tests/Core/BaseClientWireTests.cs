using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Core;

public class BaseClientWireTests : WireMockTestBase
{
    private BaseClient Client(IGlobusAuthorizer? authorizer = null, Action<GlobusClientOptions>? configure = null) =>
        new("transfer", authorizer, Options(configure));

    private void AnswerJson(string json = """{"ok": true}""", int status = 200) =>
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));

    [Test]
    public async Task Get_sends_path_query_and_the_sdk_headers()
    {
        AnswerJson();

        await Client(new AccessTokenAuthorizer("tok-123"), o => o.AppName = "my-app").GetAsync(
            "/v0.10/task_list",
            new Dictionary<string, string?> { ["limit"] = "10", ["filter"] = "status:ACTIVE", ["skipped"] = null });

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.AbsolutePath, Is.EqualTo("/v0.10/task_list"));
            Assert.That(request.RawQuery, Is.EqualTo("?limit=10&filter=status%3AACTIVE"));
            Assert.That(request.Headers!["Accept"], Is.EqualTo(new[] { "application/json" }));
            Assert.That(request.Headers["Authorization"], Is.EqualTo(new[] { "Bearer tok-123" }));
            Assert.That(request.Headers["User-Agent"].Single(), Does.Match(@"^globus-sdk-dotnet/\d+\.\d+\.\d+[^/]*/my-app$"));
            Assert.That(request.Headers["X-Globus-Client-Info"].Single(), Does.Match(@"^product=dotnet-sdk,version=\d+\.\d+\.\d+"));
            ExactRequestAssertions.AssertNoBody(request);
        });
    }

    [Test]
    public async Task User_agent_without_app_name_is_the_sdk_alone()
    {
        AnswerJson();

        await Client().GetAsync("x");

        Assert.That(SingleRequest.Headers!["User-Agent"].Single(), Does.Match(@"^globus-sdk-dotnet/\d+\.\d+\.\d+[^/]*$"));
        Assert.That(SingleRequest.Headers.ContainsKey("Authorization"), Is.False, "a null authorizer sends no Authorization");
    }

    [Test]
    public async Task Each_raw_call_can_leave_the_authorizer_out_as_Pythons_automatic_authorization_False_does()
    {
        AnswerJson();
        var authorizer = new CountingAuthorizer();
        var client = Client(authorizer);
        Dictionary<string, string> own = new() { ["Authorization"] = "Bearer my-own-token" };

        await client.GetAsync("/v1/public", automaticAuthorization: false);
        await client.PostAsync("/v1/public", data: "{}", automaticAuthorization: false);
        await client.PutAsync("/v1/public", data: "{}", automaticAuthorization: false);
        await client.PatchAsync("/v1/public", data: "{}", automaticAuthorization: false);
        await client.DeleteAsync("/v1/public", headers: own, automaticAuthorization: false);
        await client.SendAsync(HttpMethod.Get, "/v1/private");

        var sent = Requests.Select(e => e.RequestMessage.Headers!.TryGetValue("Authorization", out var value) ? value.Single() : null).ToList();
        Assert.That(sent, Is.EqualTo(new[] { null, null, null, null, "Bearer my-own-token", "Bearer counted-token" }));
        Assert.That(authorizer.Asked, Is.EqualTo(1), "the authorizer is not even asked for a call that leaves it out");
    }

    private sealed class CountingAuthorizer : IGlobusAuthorizer
    {
        public int Asked { get; private set; }

        public ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default)
        {
            Asked++;
            return ValueTask.FromResult<string?>("Bearer counted-token");
        }

        public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(false);
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    public async Task Json_body_verbs_send_the_body_as_json(string verb)
    {
        AnswerJson();
        var client = Client();
        var data = new Dictionary<string, object?>
        {
            ["DATA_TYPE"] = "bookmark",
            ["name"] = "home",
            ["count"] = 3,
            ["ratio"] = 0.5,
            ["public"] = false,
            ["tags"] = new[] { "a", "b" },
            ["nested"] = new JsonObject { ["x"] = 1 },
            ["nothing"] = null,
        };

        var call = verb switch
        {
            "POST" => client.PostAsync("/v0.10/bookmark", data: data),
            "PUT" => client.PutAsync("/v0.10/bookmark", data: data),
            _ => client.PatchAsync("/v0.10/bookmark", data: data),
        };
        await call;

        var request = SingleRequest;
        Assert.That(request.Method, Is.EqualTo(verb));
        Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
        Assert.That(
            JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(
                """{"DATA_TYPE":"bookmark","name":"home","count":3,"ratio":0.5,"public":false,"tags":["a","b"],"nested":{"x":1},"nothing":null}""")),
            Is.True, request.Body);
    }

    [Test]
    public async Task Delete_sends_no_body()
    {
        AnswerJson();

        await Client().DeleteAsync("/v0.10/bookmark/abc");

        Assert.That(SingleRequest.Method, Is.EqualTo("DELETE"));
        Assert.That(SingleRequest.AbsolutePath, Is.EqualTo("/v0.10/bookmark/abc"));
        ExactRequestAssertions.AssertNoBody(SingleRequest);
    }

    [Test]
    public async Task Form_encoding_sends_url_encoded_fields_and_drops_nulls()
    {
        AnswerJson();

        await Client().PostAsync(
            "/v2/oauth2/token",
            data: new Dictionary<string, string?> { ["grant_type"] = "refresh_token", ["refresh_token"] = "r t&=", ["scope"] = null },
            encoding: RequestEncoding.Form);

        var request = SingleRequest;
        Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/x-www-form-urlencoded"));
        Assert.That(request.Body, Is.EqualTo("grant_type=refresh_token&refresh_token=r%20t%26%3D"));
    }

    [Test]
    public async Task Text_encoding_is_the_default_for_strings()
    {
        AnswerJson();

        await Client().PutAsync("/notes", data: "plain words");

        Assert.That(SingleRequest.Headers!["Content-Type"].Single(), Does.StartWith("text/plain"));
        Assert.That(SingleRequest.Body, Is.EqualTo("plain words"));
    }

    [Test]
    public async Task Json_encoding_of_a_string_sends_a_json_string()
    {
        AnswerJson();

        await Client().PostAsync("/echo", data: "quoted", encoding: RequestEncoding.Json);

        Assert.That(SingleRequest.Body, Is.EqualTo("\"quoted\""));
    }

    [Test]
    public async Task Send_uses_any_method_and_caller_headers_replace_sdk_ones()
    {
        AnswerJson();

        await Client().SendAsync(
            new HttpMethod("PROPFIND"), "/dav", headers: [new("Accept", "text/html"), new("X-Custom", "1")]);

        var request = SingleRequest;
        Assert.That(request.Method, Is.EqualTo("PROPFIND"));
        Assert.That(request.Headers!["Accept"], Is.EqualTo(new[] { "text/html" }));
        Assert.That(request.Headers["X-Custom"], Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void Unknown_encoding_and_unserializable_body_fail_before_sending()
    {
        var client = Client();

        var encoding = Assert.ThrowsAsync<ArgumentException>(() => client.PostAsync("/x", data: new { a = 1 }, encoding: "xml"));
        var body = Assert.ThrowsAsync<ArgumentException>(() => client.PostAsync("/x", data: new { a = 1 }));

        Assert.That(encoding!.ParamName, Is.EqualTo("encoding"));
        Assert.That(body!.ParamName, Is.EqualTo("data"));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    private sealed class CsvEncoder : RequestEncoder
    {
        public int Calls { get; private set; }

        public override HttpContent Encode(object data)
        {
            Calls++;
            var rows = data as IEnumerable<string[]> ?? throw new ArgumentException("CSV takes rows.", nameof(data));
            return new StringContent(string.Join("\n", rows.Select(r => string.Join(',', r))), Encoding.UTF8, "text/csv");
        }
    }

    [Test]
    public async Task A_registered_encoder_encodes_once_and_its_body_is_resent_on_retry()
    {
        Server.Given(Request.Create().UsingPost()).InScenario("retry").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        Server.Given(Request.Create().UsingPost()).InScenario("retry").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        var csv = new CsvEncoder();
        var client = Client(configure: o => o.RequestEncoders["csv"] = csv);

        await client.PostAsync("/upload", data: new[] { new[] { "a", "1" }, new[] { "b", "2" } }, encoding: "csv");

        Assert.That(csv.Calls, Is.EqualTo(1));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
        Assert.That(Server.LogEntries.Select(e => e.RequestMessage.Body), Is.All.EqualTo("a,1\nb,2"));
        Assert.That(Server.LogEntries.Select(e => e.RequestMessage.Headers!["Content-Type"].Single()), Is.All.StartsWith("text/csv"));
    }

    [TestCase("/v0.10/endpoint/abc", "/v0.10/endpoint/abc")]
    [TestCase("v0.10/endpoint/abc", "/v0.10/endpoint/abc")]
    [TestCase("//v0.10//endpoint", "/v0.10//endpoint")]
    [TestCase("/v0.10/operation/endpoint/ep/ls", "/v0.10/operation/endpoint/ep/ls")]
    [TestCase("/files/a b#c?d%", "/files/a%20b%23c%3Fd%25")]
    [TestCase("/v0.10/endpoint/ü", "/v0.10/endpoint/%C3%BC")]
    public async Task Paths_are_joined_with_one_slash_and_escaped(string path, string expectedPathOnTheWire)
    {
        AnswerJson();
        var recorder = new RecordingHandler();

        await Client(configure: o => o.HttpMessageHandler = recorder).GetAsync(path);

        Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { expectedPathOnTheWire }));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Base_url_with_a_path_prefix_keeps_it()
    {
        AnswerJson();
        var client = new BaseClient("gcs", options: new GlobusClientOptions { BaseUrl = new Uri(ServerUrl, "api") });

        await client.GetAsync("/info");

        Assert.That(client.BaseUrl.AbsoluteUri, Does.EndWith("/api/"));
        Assert.That(SingleRequest.AbsolutePath, Is.EqualTo("/api/info"));
    }

    [Test]
    public async Task Absolute_urls_are_used_as_given()
    {
        AnswerJson();
        var client = new BaseClient("auth", options: new GlobusClientOptions { BaseUrl = new Uri("https://auth.invalid/") });

        await client.GetAsync(Server.Url + "/jwk.json?x=1", new Dictionary<string, string?> { ["y"] = "2" });

        Assert.That(SingleRequest.AbsolutePath, Is.EqualTo("/jwk.json"));
        Assert.That(SingleRequest.RawQuery, Is.EqualTo("?x=1&y=2"));
    }

    [Test]
    public async Task Repeated_query_names_are_all_sent()
    {
        AnswerJson();

        await Client().GetAsync("/ls", [new("filter", "name:~*.txt"), new("filter", "type:file")]);

        Assert.That(SingleRequest.RawQuery, Is.EqualTo("?filter=name%3A~%2A.txt&filter=type%3Afile"));
    }

    [Test]
    public async Task Status_400_or_more_raises_with_status_and_raw_body()
    {
        Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(404)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"code": "ClientError.NotFound", "message": "Task not found", "request_id": "r-1"}"""));

        var error = Assert.ThrowsAsync<GlobusApiException>(() => Client().GetAsync("/v0.10/task/t1"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(404));
            Assert.That(error.Code, Is.EqualTo("ClientError.NotFound"));
            Assert.That(error.RequestId, Is.EqualTo("r-1"));
            Assert.That(error.RawText, Does.Contain("Task not found"));
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.Message, Does.Contain("GET").And.Contain("/v0.10/task/t1").And.Contain("404")
                .And.Contain("ClientError.NotFound").And.Contain("Task not found").And.Contain("r-1"));
        });
    }

    [Test]
    public async Task Status_3xx_without_redirect_target_is_returned_not_raised()
    {
        Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(304));

        var response = await Client().GetAsync("/cached");

        Assert.That(response.HttpStatus, Is.EqualTo(304));
    }

    [Test]
    public async Task Concurrent_calls_on_one_client_each_get_their_own_answer()
    {
        Server.Given(Request.Create().UsingGet().WithPath("/echo"))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody("{\"n\": \"{{request.query.n}}\"}").WithTransformer());
        var client = Client(new AccessTokenAuthorizer("shared-token"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(async n =>
        {
            var response = await client.GetAsync("/echo", new Dictionary<string, string?> { ["n"] = n.ToString() });
            return (n, got: response["n"].GetString());
        }));

        Assert.That(answers.Select(a => a.got), Is.EqualTo(answers.Select(a => a.n.ToString())));
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(64));
        Assert.That(Server.LogEntries.Select(e => e.RequestMessage.Headers!["Authorization"].Single()).Distinct(),
            Is.EqualTo(new[] { "Bearer shared-token" }));
    }
}
