using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Search;

/// <summary>
/// The Search examples of the Python SDK v3.0 documentation, written in C# and run against a stand-in Search
/// service: each sends the request its Python original sends. Where v3.0 and this SDK differ, a comment says how
/// and why.
/// </summary>
public class V3DocumentationExamplesTests : WireMockTestBase
{
    private const string IndexId = "4de0e89e-a395-11e7-bc54-8c705ad34f60";
    private const string Acknowledged = """{"acknowledged": true, "task_id": "05c1ec1b-2400-44e2-9797-922c29199042"}""";

    private SearchClient NewClient(string answer = Acknowledged)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        return new SearchClient(new AccessTokenAuthorizer("search-token"), Options(o => o.HttpMessageHandler = Recorder));
    }

    // WireMock reports paths unescaped; the recorder keeps the request-target exactly as sent.
    private RecordingHandler Recorder { get; set; } = null!;

    [SetUp]
    public void NewRecorder() => Recorder = new RecordingHandler();

    private void AssertSent(string method, string pathAndQuery, string? body = null)
    {
        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(Recorder.PathsAndQueries, Is.EqualTo(new[] { pathAndQuery }));
            Assert.That(request.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer search-token" }));
            if (body is null)
            {
                ExactRequestAssertions.AssertNoBody(request);
            }
            else
            {
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
            }
        });
    }

    [Test]
    public async Task Get_index_and_print_its_name()
    {
        var sc = NewClient("""{"id": "4de0e89e-a395-11e7-bc54-8c705ad34f60", "display_name": "Buoys", "description": "NOAA buoys"}""");

        // v3.0 asserts index['index_id']; the service names the field "id", which the typed model reads.
        var index = await sc.GetIndexAsync(IndexId);
        Assert.That(index.Value.Id, Is.EqualTo(IndexId));
        var line = $"{index.Value.DisplayName} ({IndexId}): {index.Value.Description}";

        Assert.That(line, Is.EqualTo($"Buoys ({IndexId}): NOAA buoys"));
        AssertSent("GET", $"/v1/index/{IndexId}");
    }

    [Test]
    public async Task Search_with_a_query_string()
    {
        var sc = NewClient("""{"gmeta": [], "count": 0, "total": 0}""");

        var result = await sc.SearchAsync(IndexId, "query string");

        Assert.That(result.Value.Total, Is.EqualTo(0));
        AssertSent("GET", $"/v1/index/{IndexId}/search?q=query%20string");
    }

    [Test]
    public async Task Search_with_the_advanced_syntax()
    {
        var sc = NewClient("""{"gmeta": [], "count": 0, "total": 0}""");

        var advancedResult = await sc.SearchAsync(IndexId, "author: \"Ada Lovelace\"", advanced: true);

        Assert.That(advancedResult.HttpStatus, Is.EqualTo(200));
        AssertSent("GET", $"/v1/index/{IndexId}/search?q=author%3A%20%22Ada%20Lovelace%22&advanced=True");
    }

    private const string PostSearchDocument = """
        {
          "@datatype": "GSearchRequest",
          "q": "user query",
          "filters": [{"type": "range", "field_name": "path.to.date", "values": [{"from": "*", "to": "2014-11-07"}]}],
          "facets": [{"name": "Publication Date", "field_name": "path.to.date", "type": "date_histogram", "date_interval": "year"}],
          "sort": [{"field_name": "path.to.date", "order": "asc"}]
        }
        """;

    [Test]
    public async Task Post_search_with_a_query_document()
    {
        var sc = NewClient("""{"gmeta": [], "count": 0, "total": 0}""");
        var queryData = JsonNode.Parse(PostSearchDocument)!;

        var searchResult = await sc.PostSearchAsync(IndexId, GSearchRequest.FromJson(queryData));

        Assert.That(searchResult.Value.Count, Is.EqualTo(0));
        AssertSent("POST", $"/v1/index/{IndexId}/search", PostSearchDocument);
    }

    [Test]
    public async Task Post_search_with_the_same_document_built_by_SearchQuery()
    {
        var sc = NewClient("""{"gmeta": [], "count": 0, "total": 0}""");

        // Not a v3.0 example: the dictionary above, built with v3.0's own helper, sends the same body.
        var query = new SearchQuery("user query", additionalFields: [new("@datatype", "GSearchRequest")])
            .AddFilter("path.to.date", [new JsonObject { ["from"] = "*", ["to"] = "2014-11-07" }], type: "range")
            .AddFacet("Publication Date", "path.to.date", type: "date_histogram", dateInterval: "year")
            .AddSort("path.to.date", order: "asc");
        await sc.PostSearchAsync(IndexId, query);

        AssertSent("POST", $"/v1/index/{IndexId}/search", PostSearchDocument);
    }

    [Test]
    public async Task Ingest_one_entry()
    {
        var sc = NewClient();
        var ingestData = new JsonObject
        {
            ["ingest_type"] = "GMetaEntry",
            ["ingest_data"] = new JsonObject
            {
                ["subject"] = "https://example.com/foo/bar",
                ["visible_to"] = new JsonArray("public"),
                ["content"] = new JsonObject { ["foo/bar"] = "some val" },
            },
        };

        await sc.IngestAsync(IndexId, GIngest.FromJson(ingestData));

        AssertSent("POST", $"/v1/index/{IndexId}/ingest", """
            {"ingest_type": "GMetaEntry", "ingest_data": {"subject": "https://example.com/foo/bar",
             "visible_to": ["public"], "content": {"foo/bar": "some val"}}}
            """);
    }

    [Test]
    public async Task Ingest_a_list_of_entries()
    {
        var sc = NewClient();
        var ingestData = new JsonObject
        {
            ["ingest_type"] = "GMetaList",
            ["ingest_data"] = new JsonObject
            {
                ["gmeta"] = new JsonArray(
                    new JsonObject
                    {
                        ["subject"] = "https://example.com/foo/bar",
                        ["visible_to"] = new JsonArray("public"),
                        ["content"] = new JsonObject { ["foo/bar"] = "some val" },
                    },
                    new JsonObject
                    {
                        ["subject"] = "https://example.com/foo/bar",
                        ["id"] = "otherentry",
                        ["visible_to"] = new JsonArray("public"),
                        ["content"] = new JsonObject { ["foo/bar"] = "some otherval" },
                    }),
            },
        };

        await sc.IngestAsync(IndexId, GIngest.FromJson(ingestData));

        AssertSent("POST", $"/v1/index/{IndexId}/ingest", """
            {"ingest_type": "GMetaList", "ingest_data": {"gmeta": [
              {"subject": "https://example.com/foo/bar", "visible_to": ["public"], "content": {"foo/bar": "some val"}},
              {"subject": "https://example.com/foo/bar", "id": "otherentry", "visible_to": ["public"], "content": {"foo/bar": "some otherval"}}]}}
            """);
    }

    [Test]
    public async Task Delete_by_query()
    {
        var sc = NewClient();
        var queryData = new JsonObject
        {
            ["q"] = "user query",
            ["filters"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "range",
                    ["field_name"] = "path.to.date",
                    ["values"] = new JsonArray(new JsonObject { ["from"] = "*", ["to"] = "2014-11-07" }),
                }),
        };

        await sc.DeleteByQueryAsync(IndexId, DeleteByQuery.FromJson(queryData));

        AssertSent("POST", $"/v1/index/{IndexId}/delete_by_query", """
            {"q": "user query", "filters": [{"type": "range", "field_name": "path.to.date", "values": [{"from": "*", "to": "2014-11-07"}]}]}
            """);
    }

    [Test]
    public async Task Get_subject()
    {
        var sc = NewClient("""{"subject": "http://example.com/abc", "entries": []}""");

        var subjectData = await sc.GetSubjectAsync(IndexId, "http://example.com/abc");

        Assert.That(subjectData.Value.Subject, Is.EqualTo("http://example.com/abc"));
        AssertSent("GET", $"/v1/index/{IndexId}/subject?subject=http%3A%2F%2Fexample.com%2Fabc");
    }

    [Test]
    public async Task Delete_subject()
    {
        var sc = NewClient();

        // v3.0's delete_subject example calls get_subject, a slip in its documentation; the text above it says
        // "Delete all data for subject", which is what this does.
        await sc.DeleteSubjectAsync(IndexId, "http://example.com/abc");

        AssertSent("DELETE", $"/v1/index/{IndexId}/subject?subject=http%3A%2F%2Fexample.com%2Fabc");
    }

    [Test]
    public async Task Get_entry_with_a_null_entry_id()
    {
        var sc = NewClient("""{"subject": "http://example.com/foo/bar", "entries": []}""");

        await sc.GetEntryAsync(IndexId, "http://example.com/foo/bar");

        AssertSent("GET", $"/v1/index/{IndexId}/entry?subject=http%3A%2F%2Fexample.com%2Ffoo%2Fbar");
    }

    [Test]
    public async Task Get_entry_with_an_entry_id()
    {
        var sc = NewClient("""{"subject": "http://example.com/foo/bar", "entries": []}""");

        await sc.GetEntryAsync(IndexId, "http://example.com/foo/bar", entryId: "foo/bar");

        AssertSent("GET", $"/v1/index/{IndexId}/entry?subject=http%3A%2F%2Fexample.com%2Ffoo%2Fbar&entry_id=foo%2Fbar");
    }

    // create_entry and update_entry are in v3.0 but retired by the service (removed in the Python SDK v4);
    // they keep their names here, marked obsolete, so the v3.0 examples still compile and send what they sent.
#pragma warning disable GLOBUS140, GLOBUS141
    private static JsonObject Entry(string? id = null)
    {
        var entry = new JsonObject { ["subject"] = "https://example.com/foo/bar", ["visible_to"] = new JsonArray("public") };
        if (id is not null)
        {
            entry["id"] = id;
        }

        entry["content"] = new JsonObject { ["foo/bar"] = "some val" };
        return entry;
    }

    [Test]
    public async Task Create_entry_with_a_null_entry_id()
    {
        var sc = NewClient();

        await sc.CreateEntryAsync(IndexId, GMetaIngestEntry.FromJson(Entry()));

        AssertSent("POST", $"/v1/index/{IndexId}/entry",
            """{"subject": "https://example.com/foo/bar", "visible_to": ["public"], "content": {"foo/bar": "some val"}}""");
    }

    [Test]
    public async Task Create_entry_with_an_entry_id()
    {
        var sc = NewClient();

        await sc.CreateEntryAsync(IndexId, GMetaIngestEntry.FromJson(Entry("foo/bar")));

        AssertSent("POST", $"/v1/index/{IndexId}/entry",
            """{"subject": "https://example.com/foo/bar", "visible_to": ["public"], "id": "foo/bar", "content": {"foo/bar": "some val"}}""");
    }

    [Test]
    public async Task Update_entry_with_a_null_entry_id()
    {
        var sc = NewClient();

        await sc.UpdateEntryAsync(IndexId, GMetaIngestEntry.FromJson(Entry()));

        AssertSent("PUT", $"/v1/index/{IndexId}/entry",
            """{"subject": "https://example.com/foo/bar", "visible_to": ["public"], "content": {"foo/bar": "some val"}}""");
    }
#pragma warning restore GLOBUS140, GLOBUS141

    [Test]
    public async Task Delete_entry_with_a_null_entry_id()
    {
        var sc = NewClient();

        await sc.DeleteEntryAsync(IndexId, "https://example.com/foo/bar");

        AssertSent("DELETE", $"/v1/index/{IndexId}/entry?subject=https%3A%2F%2Fexample.com%2Ffoo%2Fbar");
    }

    [Test]
    public async Task Delete_entry_with_an_entry_id()
    {
        var sc = NewClient();

        await sc.DeleteEntryAsync(IndexId, "https://example.com/foo/bar", entryId: "foo/bar");

        AssertSent("DELETE", $"/v1/index/{IndexId}/entry?subject=https%3A%2F%2Fexample.com%2Ffoo%2Fbar&entry_id=foo%2Fbar");
    }

    [Test]
    public async Task SearchQuery_helper_example()
    {
        var sc = NewClient("""{"gmeta": [], "count": 0, "total": 0}""");

        var query = new SearchQuery(q: "example query")
            .SetLimit(100).SetOffset(10)
            .AddFilter("path.to.field1", ["foo", "bar"]);
        var result = await sc.PostSearchAsync(IndexId, query);

        Assert.That(result.HttpStatus, Is.EqualTo(200));
        AssertSent("POST", $"/v1/index/{IndexId}/search", """
            {"q": "example query", "limit": 100, "offset": 10,
             "filters": [{"field_name": "path.to.field1", "values": ["foo", "bar"], "type": "match_all"}]}
            """);
    }
}
