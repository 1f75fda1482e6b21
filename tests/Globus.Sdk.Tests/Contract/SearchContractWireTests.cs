using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Contract;

public class SearchContractWireTests : WireMockTestBase
{
    private const string IndexId = "4de0e89e-a395-11e7-bc54-8c705ad34f60";

    private const string IndexJson = """
        {
          "@datatype": "GSearchIndex",
          "@version": "2017-09-01",
          "id": "4de0e89e-a395-11e7-bc54-8c705ad34f60",
          "display_name": "Ocean CTD casts",
          "description": "Conductivity, temperature and depth profiles, 2019 cruise",
          "creation_date": "2021-04-05 15:05:18",
          "is_trial": false,
          "subscription_id": "964be8f5-5f9b-11e4-b64e-12313940394d",
          "max_size_in_mb": 5000,
          "size_in_mb": 23,
          "num_subjects": 1822,
          "num_entries": 3644,
          "status": "open",
          "permissions": ["owner", "writer"]
        }
        """;

    // Every level carries a field this SDK does not know (high_assurance, score, highlight, missing, interval).
    private const string SearchResultJson = """
        {
          "@datatype": "GSearchResult",
          "@version": "2017-09-01",
          "count": 2,
          "total": 57,
          "offset": 20,
          "has_next_page": true,
          "high_assurance": false,
          "gmeta": [
            {
              "@datatype": "GMetaResult",
              "@version": "2019-08-27",
              "subject": "https://data.example.edu/cruise-2019/ctd-0042.nc",
              "score": 7.25,
              "entries": [
                {
                  "entry_id": "metadata",
                  "content": {"title": "CTD cast 42", "creator": "Ada Lovelace", "depth_m": [5, 10, 20]},
                  "matched_principal_sets": [],
                  "highlight": {"title": ["<em>CTD</em> cast 42"]}
                }
              ]
            },
            {
              "@datatype": "GMetaResult",
              "@version": "2019-08-27",
              "subject": "https://data.example.edu/cruise-2019/ctd-0043.nc",
              "entries": [
                {"entry_id": "metadata", "content": {"title": "CTD cast 43"}, "matched_principal_sets": ["crew"]}
              ]
            }
          ],
          "facet_results": [
            {
              "@datatype": "GFacetResult",
              "@version": "2017-09-01",
              "name": "Creator",
              "missing": 3,
              "buckets": [
                {"@datatype": "GBucket", "@version": "2017-09-01", "value": "Ada Lovelace", "count": 41},
                {"@datatype": "GBucket", "@version": "2017-09-01", "value": {"from": 0, "to": 10}, "count": 16, "interval": "depth"}
              ]
            }
          ]
        }
        """;

    private SearchClient Client(RecordingHandler? recorder = null) =>
        new(new AccessTokenAuthorizer("search-token"), Options(o => o.HttpMessageHandler = recorder));

    private void Answer(string body, int status = 200) =>
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    [Test]
    public async Task GetIndex_is_one_authorized_GET_of_the_index_path_and_returns_the_typed_index()
    {
        Answer(IndexJson);
        var recorder = new RecordingHandler();

        var response = await Client(recorder).GetIndexAsync(IndexId);

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { $"/v1/index/{IndexId}" }));
            Assert.That(request.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer search-token" }));
            ExactRequestAssertions.AssertNoBody(request);
        });
        var index = response.Value;
        Assert.Multiple(() =>
        {
            Assert.That(index.DataType, Is.EqualTo("GSearchIndex"));
            Assert.That(index.Version, Is.EqualTo("2017-09-01"));
            Assert.That(index.Id, Is.EqualTo(IndexId));
            Assert.That(index.DisplayName, Is.EqualTo("Ocean CTD casts"));
            Assert.That(index.Description, Does.StartWith("Conductivity"));
            Assert.That(index.CreationDate, Is.EqualTo("2021-04-05 15:05:18"));
            Assert.That(index.IsTrial, Is.False);
            Assert.That(index.SubscriptionId, Is.EqualTo("964be8f5-5f9b-11e4-b64e-12313940394d"));
            Assert.That(index.MaxSizeInMb, Is.EqualTo(5000));
            Assert.That(index.SizeInMb, Is.EqualTo(23));
            Assert.That(index.NumSubjects, Is.EqualTo(1822));
            Assert.That(index.NumEntries, Is.EqualTo(3644));
            Assert.That(index.Status, Is.EqualTo(SearchIndexStatus.Open));
            Assert.That(index.Permissions, Is.EqualTo(new[] { "owner", "writer" }));
            Assert.That(index.AdditionalProperties, Is.Empty);
        });
    }

    [TestCase("my index/v2", "/v1/index/my%20index%2Fv2")]
    [TestCase("100%41", "/v1/index/100%2541")]
    [TestCase("ü?#", "/v1/index/%C3%BC%3F%23")]
    public async Task Index_id_is_escaped_once_as_one_path_segment(string indexId, string expectedPath)
    {
        Answer(IndexJson);
        var recorder = new RecordingHandler();
        var client = Client(recorder);

        await client.GetIndexAsync(indexId);
        await client.SearchAsync(indexId, "x");

        Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { expectedPath, expectedPath + "/search?q=x" }));
    }

    [Test]
    public async Task Search_sends_q_offset_limit_and_advanced_True_and_returns_the_typed_page()
    {
        Answer(SearchResultJson);
        var recorder = new RecordingHandler();

        var response = await Client(recorder).SearchAsync(IndexId, "creator: \"Ada Lovelace\"", offset: 20, limit: 2, advanced: true);

        Assert.That(SingleRequest.Method, Is.EqualTo("GET"));
        Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer search-token" }));
        Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[]
        {
            $"/v1/index/{IndexId}/search?q=creator%3A%20%22Ada%20Lovelace%22&offset=20&limit=2&advanced=True",
        }));
        var page = response.Value;
        Assert.Multiple(() =>
        {
            Assert.That(page.Count, Is.EqualTo(2));
            Assert.That(page.Total, Is.EqualTo(57));
            Assert.That(page.Offset, Is.EqualTo(20));
            Assert.That(page.HasNextPage, Is.True);
            Assert.That(page.Select(r => r.Subject), Is.EqualTo(new[]
            {
                "https://data.example.edu/cruise-2019/ctd-0042.nc", "https://data.example.edu/cruise-2019/ctd-0043.nc",
            }));
            var entry = page.First().Entries!.Single();
            Assert.That(entry.EntryId, Is.EqualTo("metadata"));
            Assert.That(entry.Content!.Value.GetProperty("creator").GetString(), Is.EqualTo("Ada Lovelace"));
            Assert.That(entry.MatchedPrincipalSets, Is.Empty);
            Assert.That(page.Last().Entries!.Single().MatchedPrincipalSets, Is.EqualTo(new[] { "crew" }));
            var facet = page.FacetResults!.Single();
            Assert.That(facet.Name, Is.EqualTo("Creator"));
            Assert.That(facet.Buckets!.Select(b => b.Count), Is.EqualTo(new long?[] { 41, 16 }));
            Assert.That(facet.Buckets![0].Value!.Value.GetString(), Is.EqualTo("Ada Lovelace"));
            Assert.That(facet.Buckets![1].Value!.Value.GetProperty("to").GetInt32(), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task Search_sends_only_the_arguments_given_as_Python_4_9_does()
    {
        Answer(SearchResultJson);
        var recorder = new RecordingHandler();

        await Client(recorder).SearchAsync(IndexId, "ocean");

        // Python 4.9's search() defaults offset, limit and advanced to MISSING: only q goes on the wire.
        Assert.That(recorder.PathsAndQueries.Single(), Is.EqualTo($"/v1/index/{IndexId}/search?q=ocean"));
    }

    [Test]
    public async Task Search_sends_the_arguments_given()
    {
        Answer(SearchResultJson);
        var recorder = new RecordingHandler();

        await Client(recorder).SearchAsync(IndexId, "ocean", offset: 20, limit: 5, advanced: true);

        Assert.That(recorder.PathsAndQueries.Single(), Is.EqualTo($"/v1/index/{IndexId}/search?q=ocean&offset=20&limit=5&advanced=True"));
    }

    [Test]
    public async Task Search_adds_query_params_and_named_arguments_win_over_them()
    {
        Answer(SearchResultJson);
        var recorder = new RecordingHandler();
        var client = Client(recorder);

        await client.SearchAsync(IndexId, "ocean", limit: 5, queryParams: [new("bypass_visible_to", "true"), new("limit", "999")]);
        await client.SearchAsync(IndexId, "ocean", queryParams: [new("limit", "999")]);

        Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[]
        {
            $"/v1/index/{IndexId}/search?q=ocean&limit=5&bypass_visible_to=true",
            // A named limit that was not given is not sent, so the dictionary's goes, as in Python.
            $"/v1/index/{IndexId}/search?q=ocean&limit=999",
        }));
    }

    [Test]
    public async Task Unknown_fields_at_every_level_survive_a_read_write_round_trip()
    {
        Answer(SearchResultJson);

        var page = (await Client().SearchAsync(IndexId, "ocean")).Value;
        var written = JsonSerializer.Serialize(page, SearchJsonContext.Default.SearchResult);

        Assert.That(page.AdditionalProperties["high_assurance"].GetBoolean(), Is.False);
        Assert.That(page.First().AdditionalProperties["score"].GetDouble(), Is.EqualTo(7.25));
        Assert.That(page.First().Entries![0].AdditionalProperties["highlight"].GetProperty("title")[0].GetString(),
            Is.EqualTo("<em>CTD</em> cast 42"));
        Assert.That(page.FacetResults![0].AdditionalProperties["missing"].GetInt32(), Is.EqualTo(3));
        Assert.That(page.FacetResults![0].Buckets![1].AdditionalProperties["interval"].GetString(), Is.EqualTo("depth"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(SearchResultJson)), Is.True, written);
    }

    [Test]
    public async Task A_model_read_from_one_response_can_be_sent_as_a_body()
    {
        Answer(IndexJson.Replace("\"status\": \"open\"", "\"status\": \"open\", \"retention_days\": 30"));
        var client = Client();
        var index = (await client.GetIndexAsync(IndexId)).Value;
        Server.ResetLogEntries();

        await client.PostAsync("/v1/echo", data: index);

        var sent = JsonNode.Parse(SingleRequest.Body!)!;
        Assert.That(SingleRequest.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
        Assert.That(sent["display_name"]!.GetValue<string>(), Is.EqualTo("Ocean CTD casts"));
        Assert.That(sent["retention_days"]!.GetValue<int>(), Is.EqualTo(30));
        Assert.That(sent["permissions"]!.AsArray().Select(p => p!.GetValue<string>()), Is.EqualTo(new[] { "owner", "writer" }));
    }

    [Test]
    public async Task Fields_the_service_omitted_or_sent_as_null_are_null()
    {
        Answer("""{"id": "idx-1", "subscription_id": null, "gmeta_count": 0}""");

        var index = (await Client().GetIndexAsync("idx-1")).Value;

        Assert.Multiple(() =>
        {
            Assert.That(index.Id, Is.EqualTo("idx-1"));
            Assert.That(index.SubscriptionId, Is.Null);
            Assert.That(index.DisplayName, Is.Null);
            Assert.That(index.IsTrial, Is.Null);
            Assert.That(index.NumEntries, Is.Null);
            Assert.That(index.Status, Is.Null);
            Assert.That(index.Permissions, Is.Null);
            Assert.That(index.AdditionalProperties.Keys, Is.EqualTo(new[] { "gmeta_count" }));
        });
    }

    [Test]
    public async Task An_index_status_this_sdk_does_not_know_reads_compares_and_writes_back()
    {
        Answer(IndexJson.Replace("\"status\": \"open\"", "\"status\": \"read-only\""));

        var index = (await Client().GetIndexAsync(IndexId)).Value;

        Assert.That(index.Status!.Value.Value, Is.EqualTo("read-only"));
        Assert.That(index.Status, Is.Not.EqualTo(SearchIndexStatus.Open).And.Not.EqualTo(SearchIndexStatus.DeletePending));
        Assert.That(index.Status == "read-only", Is.True);
        Assert.That(JsonSerializer.SerializeToNode(index, SearchJsonContext.Default.SearchIndex)!["status"]!.GetValue<string>(),
            Is.EqualTo("read-only"));
    }

    [Test]
    public void Unknown_index_raises_SearchApiException_with_the_service_error()
    {
        Answer("""
            {
              "@datatype": "GError",
              "@version": "2017-09-01",
              "status": 404,
              "code": "NotFound.NoSuchIndex",
              "message": "There is no search index with id 'missing-index'",
              "request_id": "38186e960f3a64c9d530d48ba2271285",
              "error_data": {"cause": "no index has this id", "constraint": "the index must exist"}
            }
            """, status: 404);

        var error = Assert.ThrowsAsync<SearchApiException>(() => Client().GetIndexAsync("missing-index"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<GlobusApiException>());
            Assert.That(error.HttpStatus, Is.EqualTo(404));
            Assert.That(error.Code, Is.EqualTo("NotFound.NoSuchIndex"));
            Assert.That(error.RequestId, Is.EqualTo("38186e960f3a64c9d530d48ba2271285"));
            Assert.That(error.ErrorData!.Value.GetProperty("cause").GetString(), Is.EqualTo("no index has this id"));
            Assert.That(error.Message, Does.Contain("GET").And.Contain("/v1/index/missing-index").And.Contain("404"));
        });
    }

    [TestCase("""{"gmeta": "not a list", "count": 0}""", TestName = "Malformed_200_a_string_where_a_list_belongs")]
    [TestCase("""{"gmeta": [{"subject": "https://data.example.edu/a", """, TestName = "Malformed_200_truncated_json")]
    [TestCase("""{"count": "two"}""", TestName = "Malformed_200_a_string_where_a_number_belongs")]
    public async Task Malformed_200_raises_on_Value_while_Text_works(string body)
    {
        Answer(body);

        var response = await Client().SearchAsync(IndexId, "ocean");

        var error = Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value)!;
        Assert.That(error.HttpStatus, Is.EqualTo(200));
        Assert.That(error.RawText, Is.EqualTo(body));
        Assert.That(error.InnerException, Is.InstanceOf<JsonException>());
        Assert.That(error.Message, Does.Contain(nameof(SearchResult)));
        Assert.That(response.Text, Is.EqualTo(body));
    }

    [Test]
    public async Task Malformed_200_keeps_the_untyped_views()
    {
        Answer("""{"gmeta": "not a list", "count": 0}""");

        var response = await Client().SearchAsync(IndexId, "ocean");

        Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value);
        Assert.That(response["gmeta"].GetString(), Is.EqualTo("not a list"));
        Assert.That(response.Get("count")!.Value.GetInt32(), Is.EqualTo(0));
    }

    private static IEnumerable<TestCaseData> BadArguments()
    {
        TestCaseData Case(string name, Func<SearchClient, Task> call, Type exception, string parameter) =>
            new TestCaseData(call, exception, parameter).SetName($"Rejected_before_any_request_{name}");

        yield return Case("null_index_id", c => c.GetIndexAsync(null!), typeof(ArgumentNullException), "indexId");
        yield return Case("empty_index_id", c => c.GetIndexAsync(""), typeof(ArgumentException), "indexId");
        yield return Case("blank_index_id", c => c.GetIndexAsync("  "), typeof(ArgumentException), "indexId");
        yield return Case("search_empty_index_id", c => c.SearchAsync("", "ocean"), typeof(ArgumentException), "indexId");
        yield return Case("search_null_q", c => c.SearchAsync(IndexId, null!), typeof(ArgumentNullException), "q");
        yield return Case("negative_offset", c => c.SearchAsync(IndexId, "ocean", offset: -1), typeof(ArgumentOutOfRangeException), "offset");
        yield return Case("negative_limit", c => c.SearchAsync(IndexId, "ocean", limit: -5), typeof(ArgumentOutOfRangeException), "limit");
    }

    [TestCaseSource(nameof(BadArguments))]
    public void Bad_arguments_are_rejected_before_any_request(Func<SearchClient, Task> call, Type exception, string parameter)
    {
        Answer(IndexJson);

        var error = Assert.CatchAsync<ArgumentException>(() => call(Client()))!;

        Assert.That(error, Is.TypeOf(exception));
        Assert.That(error.ParamName, Is.EqualTo(parameter));
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
