using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>The facts of <c>specs/search.yaml</c> that the Python SDK's behaviour pins down.</summary>
public class SearchSpecTests
{
    private static readonly Lazy<SpecDocument> Search = new(() => SpecDocument.Load(RepositoryFiles.PathOf("specs", "search.yaml")));

    private static Operation Op(string id) => Search.Value.Operations().Single(o => o.Id == id);

    private static JsonNode Schema(string name) => Search.Value.Root["components"]!["schemas"]![name]!;

    [Test]
    public void It_has_the_23_operations_of_SearchClient_v3_0_and_v4_9()
    {
        var expected = new Dictionary<string, string>
        {
            ["get_index"] = "GET /v1/index/{index_id}",
            ["search"] = "GET /v1/index/{index_id}/search",
            ["post_search"] = "POST /v1/index/{index_id}/search",
            ["ingest"] = "POST /v1/index/{index_id}/ingest",
            ["delete_by_query"] = "POST /v1/index/{index_id}/delete_by_query",
            ["get_subject"] = "GET /v1/index/{index_id}/subject",
            ["delete_subject"] = "DELETE /v1/index/{index_id}/subject",
            ["get_entry"] = "GET /v1/index/{index_id}/entry",
            ["create_entry"] = "POST /v1/index/{index_id}/entry",
            ["update_entry"] = "PUT /v1/index/{index_id}/entry",
            ["delete_entry"] = "DELETE /v1/index/{index_id}/entry",
            ["get_task"] = "GET /v1/task/{task_id}",
            ["get_task_list"] = "GET /v1/task_list/{index_id}",
            ["create_index"] = "POST /v1/index",
            ["update_index"] = "PATCH /v1/index/{index_id}",
            ["delete_index"] = "DELETE /v1/index/{index_id}",
            ["reopen_index"] = "POST /v1/index/{index_id}/reopen",
            ["index_list"] = "GET /v1/index_list",
            ["scroll"] = "POST /v1/index/{index_id}/scroll",
            ["batch_delete_by_subject"] = "POST /v1/index/{index_id}/batch_delete_by_subject",
            ["create_role"] = "POST /v1/index/{index_id}/role",
            ["get_role_list"] = "GET /v1/index/{index_id}/role_list",
            ["delete_role"] = "DELETE /v1/index/{index_id}/role/{role_id}",
        };
        var actual = Search.Value.Operations().ToDictionary(o => o.Id!, o => $"{o.Method.ToUpperInvariant()} {o.Template}");
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public void The_service_keys_and_scopes_are_those_of_the_Python_client()
    {
        var root = Search.Value.Root;
        var scheme = root["components"]!["securitySchemes"]!["globus_auth"]!;
        var scopes = (scheme["flows"]!["authorizationCode"]!["scopes"] as JsonObject)!.Select(s => s.Key);
        Assert.Multiple(() =>
        {
            Assert.That(root["x-globus-service"].AsString(), Is.EqualTo("search"));
            Assert.That(root["x-globus-client"].AsString(), Is.EqualTo("SearchClient"));
            Assert.That(root["x-globus-error"].AsString(), Is.EqualTo("SearchApiException"));
            Assert.That(scheme["x-globus-resource-server"].AsString(), Is.EqualTo("search.api.globus.org"));
            Assert.That(scheme["x-globus-scopes-class"].AsString(), Is.EqualTo("SearchScopes"));
            Assert.That(scheme["x-globus-default-scopes"].AsStrings(), Is.EqualTo(new[] { "urn:globus:auth:scope:search.api.globus.org:search" }));
            Assert.That(scopes, Is.EquivalentTo(new[] { "all", "search", "ingest", "globus_connect_server" }
                .Select(s => $"urn:globus:auth:scope:search.api.globus.org:{s}")));
        });
    }

    [Test]
    public void Search_sends_q_offset_limit_and_advanced_as_Python_does()
    {
        var parameters = Op("search").Parameters().ToDictionary(p => p["name"].AsString()!);
        Assert.Multiple(() =>
        {
            Assert.That(parameters["q"]["required"].AsBool(), Is.True);
            // Python 4.9's search() defaults offset, limit and advanced to MISSING: no default goes on the wire.
            Assert.That(parameters["offset"]["schema"]!["default"], Is.Null);
            Assert.That(parameters["limit"]["schema"]!["default"], Is.Null);
            Assert.That(parameters["advanced"]["schema"]!["default"], Is.Null);
            Assert.That(parameters["advanced"]["x-globus-encoding"].AsString(), Is.EqualTo("True|False"));
            Assert.That(parameters["bypass_visible_to"]["x-globus-encoding"].AsString(), Is.EqualTo("true|false"));
            Assert.That(parameters["filter_principal_sets"]["explode"].AsBool(), Is.False);
        });
    }

    [TestCase("search", "offset-has-next", "query", 100, 10000)]
    [TestCase("post_search", "offset-has-next", "body", 100, 10000)]
    [TestCase("scroll", "marker", "body", null, null)]
    public void Paging_follows_the_Python_paginators(string id, string style, string where, int? pageSize, int? maxTotal)
    {
        var paging = Op(id).Node["x-globus-paging"]!;
        Assert.Multiple(() =>
        {
            Assert.That(paging["style"].AsString(), Is.EqualTo(style));
            Assert.That(paging["in"].AsString() ?? "query", Is.EqualTo(where));
            Assert.That(paging["page-size"].AsInteger(), Is.EqualTo(pageSize));
            Assert.That(paging["max-total"].AsInteger(), Is.EqualTo(maxTotal));
        });
    }

    [Test]
    public void Only_search_post_search_and_scroll_page() =>
        Assert.That(Search.Value.Operations().Where(o => o.Node["x-globus-paging"] is not null).Select(o => o.Id),
            Is.EquivalentTo(new[] { "search", "post_search", "scroll" }));

    [TestCase("post_search", "data", new[] { "offset", "limit" })]
    [TestCase("scroll", "data", new[] { "marker" })]
    [TestCase("ingest", "data", new string[0])]
    [TestCase("delete_by_query", "data", new string[0])]
    [TestCase("create_role", "data", new string[0])]
    public void Document_bodies_are_passed_whole(string id, string argument, string[] merged)
    {
        var body = Op(id).RequestBody!["x-globus-body"]!;
        Assert.That(body["argument"].AsString(), Is.EqualTo(argument));
        Assert.That(body["merge"].AsStrings() ?? [], Is.EqualTo(merged));
    }

    [TestCase("create_index", new[] { "display_name", "description" }, null)]
    [TestCase("update_index", new[] { "display_name", "description" }, null)]
    [TestCase("batch_delete_by_subject", new[] { "subjects" }, "additional_params")]
    public void Built_bodies_come_from_named_arguments(string id, string[] arguments, string? additional)
    {
        var body = Op(id).RequestBody!["x-globus-body"]!;
        Assert.That(body["arguments"].AsStrings(), Is.EqualTo(arguments));
        Assert.That(body["additional"].AsString(), Is.EqualTo(additional));
    }

    [Test]
    public void Create_and_update_index_arguments_are_required_only_on_create()
    {
        var create = Op("create_index").RequestBodySchema()!;
        var update = Op("update_index").RequestBodySchema()!;
        Assert.That(create["required"].AsStrings(), Is.EquivalentTo(new[] { "display_name", "description" }));
        Assert.That(update["required"], Is.Null);
    }

    [Test]
    public void The_entry_writes_are_the_retired_operations()
    {
        var obsolete = Search.Value.Operations()
            .Where(o => o.Node["deprecated"].AsBool() == true)
            .ToDictionary(o => o.Id!, o => o.Node["x-globus-obsolete-id"].AsString());
        Assert.That(obsolete, Is.EquivalentTo(new Dictionary<string, string?> { ["create_entry"] = "GLOBUS140", ["update_entry"] = "GLOBUS141" }));
    }

    [Test]
    public void The_free_form_query_params_are_where_Python_has_them()
    {
        var withQueryParams = Search.Value.Operations()
            .Where(o => o.Node["x-globus-query-params"].AsBool() == true).Select(o => o.Id);
        Assert.That(withQueryParams, Is.EquivalentTo(new[]
        {
            "get_index", "index_list", "search", "get_subject", "delete_subject", "get_entry", "delete_entry",
            "get_task", "get_task_list", "create_role", "get_role_list", "delete_role",
        }));
    }

    [TestCase("Index", "SearchIndex")]
    [TestCase("Task", "SearchTask")]
    public void Colliding_models_are_renamed(string schema, string csharpName) =>
        Assert.That(Schema(schema)["x-globus-csharp-name"].AsString(), Is.EqualTo(csharpName));

    [Test]
    public void List_responses_enumerate_their_items()
    {
        var items = (Search.Value.Root["components"]!["schemas"] as JsonObject)!
            .Where(s => s.Value?["x-globus-items"] is not null)
            .ToDictionary(s => s.Key, s => s.Value!["x-globus-items"].AsString());
        Assert.That(items, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["GSearchResult"] = "gmeta", ["GScrollResult"] = "gmeta", ["IndexList"] = "index_list", ["TaskList"] = "tasks", ["RoleList"] = "role_list",
        }));
    }
}
