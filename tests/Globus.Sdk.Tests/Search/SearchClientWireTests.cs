using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Search;

/// <summary>
/// Every operation of specs/search.yaml, as it goes on the wire: one request with the exact method,
/// path, query and JSON body, the caller's token, and the service's answer handed back.
/// </summary>
public class SearchClientWireTests : WireMockTestBase
{
    private const string Idx = "4de0e89e-a395-11e7-bc54-8c705ad34f60";
    private const string Subject = "https://data.example.org/buoys/46042/2023-07.nc";
    private const string EscapedSubject = "https%3A%2F%2Fdata.example.org%2Fbuoys%2F46042%2F2023-07.nc";
    private const string Answer = """{"acknowledged": true, "task_id": "05c1ec1b-2400-44e2-9797-922c29199042"}""";

    private static TestCaseData Case(
        string name, Func<SearchClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body = null) =>
        new TestCaseData(call, method, pathAndQuery, body).SetName($"{name}_is_one_{method}_of_its_path_query_and_body");

    private static async Task<GlobusResponse> Typed<T>(Task<GlobusResponse<T>> call) => await call;

#pragma warning disable GLOBUS140, GLOBUS141 // the retired entry operations are still on the wire
    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("CreateIndex", c => Typed(c.CreateIndexAsync("Ocean", "Buoys")), "POST", "/v1/index",
            """{"display_name": "Ocean", "description": "Buoys"}""");
        yield return Case("GetIndex", c => Typed(c.GetIndexAsync(Idx, queryParams: [new("extra", "1")])), "GET", $"/v1/index/{Idx}?extra=1");
        yield return Case("UpdateIndex", c => Typed(c.UpdateIndexAsync(Idx, description: "Buoy data")), "PATCH", $"/v1/index/{Idx}",
            """{"description": "Buoy data"}""");
        yield return Case("DeleteIndex", c => Typed(c.DeleteIndexAsync(Idx)), "DELETE", $"/v1/index/{Idx}");
        yield return Case("ReopenIndex", c => Typed(c.ReopenIndexAsync(Idx)), "POST", $"/v1/index/{Idx}/reopen");
        yield return Case("IndexList", c => Typed(c.IndexListAsync(filterRoles: ["owner", "admin"])), "GET", "/v1/index_list?filter_roles=owner%2Cadmin");
        yield return Case("Search", c => Typed(c.SearchAsync(Idx, "ocean", offset: 10, limit: 5, advanced: false, bypassVisibleTo: true, filterPrincipalSets: ["a", "b"])),
            "GET", $"/v1/index/{Idx}/search?q=ocean&offset=10&limit=5&advanced=False&bypass_visible_to=true&filter_principal_sets=a%2Cb");
        yield return Case("PostSearch", c => Typed(c.PostSearchAsync(Idx, new GSearchRequest { Q = "ocean", Limit = 1 }, offset: 20, limit: 50)),
            "POST", $"/v1/index/{Idx}/search", """{"q": "ocean", "limit": 50, "offset": 20}""");
        yield return Case("Scroll", c => Typed(c.ScrollAsync(Idx, GScrollRequest.FromJson(new JsonObject { ["q"] = "*" }), marker: "m-1")), "POST", $"/v1/index/{Idx}/scroll",
            """{"q": "*", "marker": "m-1"}""");
        yield return Case("Ingest", c => Typed(c.IngestAsync(Idx, GIngest.FromJson(new JsonObject { ["ingest_type"] = "GMetaEntry" }))), "POST", $"/v1/index/{Idx}/ingest",
            """{"ingest_type": "GMetaEntry"}""");
        yield return Case("DeleteByQuery", c => Typed(c.DeleteByQueryAsync(Idx, DeleteByQuery.FromJson("""{"q": "*"}"""))), "POST", $"/v1/index/{Idx}/delete_by_query",
            """{"q": "*"}""");
        yield return Case("BatchDeleteBySubject", c => Typed(c.BatchDeleteBySubjectAsync(Idx, ["s1", "s2"], additionalParams: [new("note", "x")])),
            "POST", $"/v1/index/{Idx}/batch_delete_by_subject", """{"subjects": ["s1", "s2"], "note": "x"}""");
        // Python 4.9: batch_delete_by_subject(index_id, subjects, additional_params={"subjects": [...]}) sends the additional value.
        yield return Case("BatchDeleteBySubject_additional_param_replaces_an_argument", c => Typed(c.BatchDeleteBySubjectAsync(Idx, ["s1"],
                additionalParams: [new("subjects", new JsonArray("s9"))])),
            "POST", $"/v1/index/{Idx}/batch_delete_by_subject", """{"subjects": ["s9"]}""");
        yield return Case("UpdateIndex_with_a_request_model_sends_a_property_set_to_null", c => Typed(c.UpdateIndexAsync(Idx, new IndexUpdate { Description = null })),
            "PATCH", $"/v1/index/{Idx}", """{"description": null}""");
        yield return Case("CreateIndex_with_a_request_model_omits_what_was_not_set", c => Typed(c.CreateIndexAsync(new IndexCreate { DisplayName = "Ocean" })),
            "POST", "/v1/index", """{"display_name": "Ocean"}""");
        yield return Case("CreateRole_with_an_enum_sends_its_wire_value", c => Typed(c.CreateRoleAsync(Idx, new RoleCreate { RoleName = "admin", Principal = "urn:p" })),
            "POST", $"/v1/index/{Idx}/role", """{"role_name": "admin", "principal": "urn:p"}""");
        yield return Case("Ingest_from_JSON_keeps_unknown_fields_and_nulls", c => Typed(c.IngestAsync(Idx, GIngest.FromJson(
                """{"ingest_type": "GMetaEntry", "ingest_data": {"subject": "s", "id": null, "visible_to": ["public"], "content": {"a": null}}, "future": [1, {"b": null}]}"""))),
            "POST", $"/v1/index/{Idx}/ingest",
            """{"ingest_type": "GMetaEntry", "ingest_data": {"subject": "s", "id": null, "visible_to": ["public"], "content": {"a": null}}, "future": [1, {"b": null}]}""");
        yield return Case("GetSubject", c => Typed(c.GetSubjectAsync(Idx, Subject, bypassVisibleTo: false)), "GET",
            $"/v1/index/{Idx}/subject?subject={EscapedSubject}&bypass_visible_to=false");
        yield return Case("DeleteSubject", c => Typed(c.DeleteSubjectAsync(Idx, Subject)), "DELETE", $"/v1/index/{Idx}/subject?subject={EscapedSubject}");
        yield return Case("GetEntry", c => Typed(c.GetEntryAsync(Idx, Subject, entryId: "quality")), "GET",
            $"/v1/index/{Idx}/entry?subject={EscapedSubject}&entry_id=quality");
        yield return Case("CreateEntry", c => Typed(c.CreateEntryAsync(Idx, GMetaIngestEntry.FromJson(new JsonObject { ["subject"] = "s" }))), "POST", $"/v1/index/{Idx}/entry",
            """{"subject": "s"}""");
        yield return Case("UpdateEntry", c => Typed(c.UpdateEntryAsync(Idx, GMetaIngestEntry.FromJson(new JsonObject { ["subject"] = "s", ["id"] = "e" }))), "PUT", $"/v1/index/{Idx}/entry",
            """{"subject": "s", "id": "e"}""");
        yield return Case("DeleteEntry", c => Typed(c.DeleteEntryAsync(Idx, Subject)), "DELETE", $"/v1/index/{Idx}/entry?subject={EscapedSubject}");
        yield return Case("GetTask", c => Typed(c.GetTaskAsync("task/1")), "GET", "/v1/task/task%2F1");
        yield return Case("GetTaskList", c => Typed(c.GetTaskListAsync(Idx)), "GET", $"/v1/task_list/{Idx}");
        yield return Case("CreateRole", c => Typed(c.CreateRoleAsync(Idx, new RoleCreate { RoleName = "writer", Principal = "urn:p" })),
            "POST", $"/v1/index/{Idx}/role", """{"role_name": "writer", "principal": "urn:p"}""");
        yield return Case("GetRoleList", c => Typed(c.GetRoleListAsync(Idx)), "GET", $"/v1/index/{Idx}/role_list");
        yield return Case("DeleteRole", c => Typed(c.DeleteRoleAsync(Idx, "MDAwMzU0")), "DELETE", $"/v1/index/{Idx}/role/MDAwMzU0");
    }
#pragma warning restore GLOBUS140, GLOBUS141

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_sends_one_exact_request(Func<SearchClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Answer));
        var recorder = new RecordingHandler();
        var client = new SearchClient(new AccessTokenAuthorizer("search-token"), Options(o => o.HttpMessageHandler = recorder));

        var response = await call(client);

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            ExactRequestAssertions.AssertExactRequest(request, recorder, method, pathAndQuery, body, "search-token");

            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(response.Text, Is.EqualTo(Answer));
        });
    }

    [Test]
    public async Task PostSearch_sends_the_callers_document_untouched_when_no_paging_value_is_given()
    {
        Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"gmeta": [], "count": 0}"""));
        var client = new SearchClient(options: Options());

        var page = await client.PostSearchAsync(Idx, new GSearchRequest { Q = "ocean", Limit = 3 });

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(SingleRequest.Body!), JsonNode.Parse("""{"q": "ocean", "limit": 3}""")), Is.True);
        Assert.That(page.Value.Count, Is.EqualTo(0));
    }

    [Test]
    public void A_5xx_answer_is_a_SearchApiException_after_one_attempt()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "ServiceUnavailable", "message": "down", "error_data": {"retry": true}}"""));
        var client = new SearchClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var error = Assert.ThrowsAsync<SearchApiException>(() => client.DeleteIndexAsync(Idx))!;

        Assert.That(error.HttpStatus, Is.EqualTo(503));
        Assert.That(error.ErrorData!.Value.GetProperty("retry").GetBoolean(), Is.True);
        Assert.That(Server.LogEntries.Count(), Is.EqualTo(1));
    }

    [Test]
    public void Required_arguments_are_checked_before_any_request()
    {
        var client = new SearchClient(options: Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.IngestAsync(Idx, null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.BatchDeleteBySubjectAsync(Idx, (IEnumerable<string>)null!))!.ParamName, Is.EqualTo("subjects"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.DeleteRoleAsync(Idx, " "))!.ParamName, Is.EqualTo("roleId"));
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.PostSearchAsync(Idx, new GSearchRequest(), limit: -1))!.ParamName, Is.EqualTo("limit"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void The_scopes_class_names_the_resource_server_and_its_scopes()
    {
        Assert.That(SearchScopes.ResourceServer, Is.EqualTo("search.api.globus.org"));
        Assert.That(SearchScopes.All, Is.EqualTo("urn:globus:auth:scope:search.api.globus.org:all"));
        Assert.That(SearchScopes.GlobusConnectServer, Is.EqualTo("urn:globus:auth:scope:search.api.globus.org:globus_connect_server"));
        Assert.That(SearchScopes.DefaultScopes, Is.EqualTo(new[] { SearchScopes.Search }));
    }
}
