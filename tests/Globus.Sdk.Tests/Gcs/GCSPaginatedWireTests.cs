using Globus.Sdk.Gcs;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Gcs;

/// <summary>
/// <c>client.Paginated</c> for the GCS Manager: Python's <c>MarkerPaginator</c> over <c>data</c>, one request per
/// page that sends the previous page's <c>marker</c>, until <c>has_next_page</c> is false.
/// </summary>
public class GCSPaginatedWireTests : WireMockTestBase
{
    private GCSClient _client = null!;

    [SetUp]
    public void NewClient() => _client = new GCSClient("gcs.example.org", options: Options(o =>
    {
        o.BaseUrl = new Uri(ServerUrl, "api/");
        o.RetryPolicy = new RetryPolicy(maxRetries: 0);
    }));

    private static WireMock.ResponseBuilders.IResponseBuilder Page(string dataType, string[] ids, string? marker) =>
        ScriptedAnswers.Status(200, $$"""
            {"DATA_TYPE": "result#1.0.0", "code": "success", "has_next_page": {{(marker is null ? "false" : "true")}},
             {{(marker is null ? "" : $"\"marker\": \"{marker}\",")}}
             "data": [{{string.Join(",", ids.Select(i => $$"""{"DATA_TYPE": "{{dataType}}", "id": "{{i}}"}"""))}}]}
            """);

    private IReadOnlyList<string> PathsAndQueries =>
        Requests.Select(e => e.RequestMessage.AbsolutePath + e.RequestMessage.RawQuery).ToList();

    [Test]
    public async Task GetCollectionList_walks_three_pages_by_marker_keeping_the_callers_arguments()
    {
        Server.AnswerInTurn(
            Page("collection#1.5.0", ["c1", "c2"], "m-2"), Page("collection#1.5.0", ["c3"], "m-3"), Page("collection#1.5.0", ["c4"], null));

        var ids = new List<string>();
        await foreach (var collection in _client.Paginated.GetCollectionList(filter: ["mapped_collections"], pageSize: 2))
        {
            ids.Add(collection.Id!);
        }

        Assert.That(ids, Is.EqualTo(new[] { "c1", "c2", "c3", "c4" }));
        Assert.That(PathsAndQueries, Is.EqualTo(new[]
        {
            "/api/collections?filter=mapped_collections&page_size=2",
            "/api/collections?filter=mapped_collections&page_size=2&marker=m-2",
            "/api/collections?filter=mapped_collections&page_size=2&marker=m-3",
        }));
    }

    [Test]
    public async Task GetStorageGatewayList_pages_are_typed_result_documents()
    {
        Server.AnswerInTurn(Page("storage_gateway#1.2.0", ["g1"], "m-2"), Page("storage_gateway#1.2.0", ["g2"], null));

        var pages = new List<GCSStorageGatewayResult>();
        await foreach (var page in _client.Paginated.GetStorageGatewayList().AsPages())
        {
            pages.Add(page.Value);
        }

        Assert.That(pages.Select(p => p.HasNextPage), Is.EqualTo(new bool?[] { true, false }));
        Assert.That(pages.SelectMany(p => p.Select(g => g.Id)), Is.EqualTo(new[] { "g1", "g2" }));
        Assert.That(PathsAndQueries, Is.EqualTo(new[] { "/api/storage_gateways", "/api/storage_gateways?marker=m-2" }));
    }

    [Test]
    public async Task GetRoleList_and_GetUserCredentialList_walk_their_pages_too()
    {
        Server.AnswerInTurn(
            Page("role#1.0.0", ["r1"], "m-2"), Page("role#1.0.0", ["r2"], null),
            Page("user_credential#1.0.0", ["u1"], "m-9"), Page("user_credential#1.0.0", ["u2"], null));

        var roles = new List<string>();
        await foreach (var role in _client.Paginated.GetRoleList(collectionId: "c1"))
        {
            roles.Add(role.Id!);
        }

        var credentials = new List<string>();
        await foreach (var credential in _client.Paginated.GetUserCredentialList(storageGateway: "g1"))
        {
            credentials.Add(credential.Id!);
        }

        Assert.That(roles, Is.EqualTo(new[] { "r1", "r2" }));
        Assert.That(credentials, Is.EqualTo(new[] { "u1", "u2" }));
        Assert.That(PathsAndQueries, Is.EqualTo(new[]
        {
            "/api/roles?collection_id=c1", "/api/roles?collection_id=c1&marker=m-2",
            "/api/user_credentials?storage_gateway=g1", "/api/user_credentials?storage_gateway=g1&marker=m-9",
        }));
    }

    [Test]
    public async Task MaxTotalResults_stops_the_walk_without_another_request()
    {
        Server.AnswerInTurn(Page("collection#1.5.0", ["c1", "c2"], "m-2"), Page("collection#1.5.0", ["c3"], null));

        var ids = new List<string>();
        await foreach (var collection in _client.Paginated.GetCollectionList(maxTotalResults: 2))
        {
            ids.Add(collection.Id!);
        }

        Assert.That(ids, Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That(Requests, Has.Count.EqualTo(1));
    }
}
