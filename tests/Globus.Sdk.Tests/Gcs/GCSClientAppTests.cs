using Globus.Sdk.Gcs;
using Globus.Sdk.Tests.App;
using Globus.Sdk.Tokens;
using WireMock.RequestBuilders;

namespace Globus.Sdk.Tests.Gcs;

/// <summary>
/// A GCS client on a <see cref="GlobusApp"/>: its resource server is the endpoint's GCS Manager client id, read from
/// <c>GET /info</c> without credentials when not given, and its requests carry the app's token for that id's
/// <c>manage_collections</c> scope.
/// </summary>
public class GCSClientAppTests : GlobusAppTestBase
{
    private const string EndpointClientId = "7d3c2b1a-0f9e-4d8c-b7a6-5e4f3d2c1b0a";
    private const string ManageCollections = $"urn:globus:auth:scope:{EndpointClientId}:manage_collections";
    private const string Collections = "/api/collections";

    private ClientApp NewApp(TokenStorage? storage = null) =>
        new("gcs-service", clientId: ConfidentialClientId, clientSecret: ClientSecret,
            config: new GlobusAppConfig { TokenStorage = storage ?? new MemoryTokenStorage(), Environment = "production" }, clientOptions: Here());

    private GlobusClientOptions OnTheFake() => Options(o =>
    {
        o.BaseUrl = new Uri(ServerUrl, "api/");
        o.TimeProvider = Auth.Time;
    });

    private void ServeInfo(string clientIdJson) =>
        Server.Given(Request.Create().WithPath("/api/info").UsingGet())
            .RespondWith(Json($$"""{"DATA_TYPE": "result#1.0.0", "code": "success", "http_response_code": 200, "data": [{"DATA_TYPE": "info#1.0.0", "client_id": {{clientIdJson}}, "api_version": "1.30.0"}]}"""));

    private void ServeCollections() =>
        Server.Given(Request.Create().WithPath(Collections).UsingGet())
            .RespondWith(Json("""{"DATA_TYPE": "result#1.0.0", "code": "success", "http_response_code": 200, "data": [], "has_next_page": false}"""));

    private List<string?> AuthorizationsTo(string path) => Requests
        .Where(r => r.RequestMessage.Path == path)
        .Select(r => r.RequestMessage.Headers!.TryGetValue("Authorization", out var values) ? values.SingleOrDefault() : null)
        .ToList();

    [Test]
    public async Task CreateAsync_reads_the_client_id_without_credentials_then_calls_with_the_apps_token_for_it()
    {
        ServeInfo($"\"{EndpointClientId}\"");
        ServeCollections();
        AnswerRenewals(EndpointClientId, ManageCollections);
        var storage = new MemoryTokenStorage();
        using var app = NewApp(storage);

        var gcs = await GCSClient.CreateAsync("gcs.example.org", app, OnTheFake());
        await gcs.GetCollectionListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(gcs.EndpointClientId, Is.EqualTo(EndpointClientId));
            Assert.That(app.ScopeRequirements[EndpointClientId].Select(s => s.ToString()), Is.EqualTo(new[] { ManageCollections }));
            Assert.That(AuthorizationsTo("/api/info"), Is.EqualTo(new string?[] { null }));
            Assert.That(TokenForms("client_credentials").Single()["scope"], Is.EqualTo(ManageCollections));
            Assert.That(AuthorizationsTo(Collections), Is.EqualTo(new[] { "Bearer at-renewed-1-0123456789" }));
        });
        Assert.That((await storage.GetTokenDataAsync(EndpointClientId))!.AccessToken, Is.EqualTo("at-renewed-1-0123456789"));
    }

    [Test]
    public async Task A_known_client_id_needs_no_info_request()
    {
        ServeCollections();
        AnswerRenewals(EndpointClientId, ManageCollections);
        using var app = NewApp();

        var gcs = new GCSClient("gcs.example.org", app, EndpointClientId, OnTheFake());
        await gcs.GetCollectionListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(gcs.EndpointClientId, Is.EqualTo(EndpointClientId));
            Assert.That(AuthorizationsTo("/api/info"), Is.Empty);
            Assert.That(AuthorizationsTo(Collections), Is.EqualTo(new[] { "Bearer at-renewed-1-0123456789" }));
        });
    }

    [TestCase("null")]
    [TestCase("\"\"")]
    [TestCase($"\"{EndpointClientId} urn:globus:auth:scope:transfer.api.globus.org:all\"")]
    public void An_info_document_without_a_uuid_client_id_is_a_decoding_error_and_changes_nothing(string clientIdJson)
    {
        ServeInfo(clientIdJson);
        using var app = NewApp();
        var before = app.ScopeRequirements.Keys.ToList();

        Assert.ThrowsAsync<GlobusResponseDecodingException>(() => GCSClient.CreateAsync("gcs.example.org", app, OnTheFake()));

        Assert.That(app.ScopeRequirements.Keys, Is.EquivalentTo(before));
        Assert.That(TokenForms("client_credentials"), Is.Empty);
    }

    [Test]
    public void Bad_arguments_are_refused_before_the_app_learns_anything_or_a_request_is_sent()
    {
        using var app = NewApp();
        var before = app.ScopeRequirements.Keys.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => new GCSClient("gcs.example.org", app, "not-a-uuid", OnTheFake()))!.ParamName, Is.EqualTo("endpointClientId"));
            Assert.That(Assert.Throws<ArgumentException>(() => new GCSClient("https://gcs.example.org/api/?x=1", app, EndpointClientId, OnTheFake()))!.ParamName, Is.EqualTo("gcsAddress"));
            Assert.Throws<ArgumentNullException>(() => new GCSClient("gcs.example.org", (GlobusApp)null!, EndpointClientId));
            Assert.ThrowsAsync<ArgumentNullException>(() => GCSClient.CreateAsync("gcs.example.org", null!));
            Assert.ThrowsAsync<ArgumentException>(() => GCSClient.CreateAsync(" ", app, OnTheFake()));
            Assert.That(app.ScopeRequirements.Keys, Is.EquivalentTo(before));
            Assert.That(Requests, Is.Empty);
        });
    }

    [Test]
    public void Cancelling_CreateAsync_sends_nothing()
    {
        using var app = NewApp();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.CatchAsync<OperationCanceledException>(() => GCSClient.CreateAsync("gcs.example.org", app, OnTheFake(), cancelled.Token));
        Assert.That(Requests, Is.Empty);
    }
}
