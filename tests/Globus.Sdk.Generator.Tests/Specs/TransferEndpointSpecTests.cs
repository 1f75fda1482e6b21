using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>
/// The facts of the endpoints and filesystem block of <c>specs/transfer.yaml</c> that the Python SDK
/// pins down: verbs and paths, which methods take <c>query_params</c>, bodies, query encodings, paging
/// and the retired v3.0 methods.
/// </summary>
public class TransferEndpointSpecTests
{
    private static readonly Lazy<SpecDocument> Transfer = new(() => SpecDocument.Load(RepositoryFiles.PathOf("specs", "transfer.yaml")));

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["get_endpoint"] = "GET /v0.10/endpoint/{endpoint_id}",
        ["update_endpoint"] = "PUT /v0.10/endpoint/{endpoint_id}",
        ["delete_endpoint"] = "DELETE /v0.10/endpoint/{endpoint_id}",
        ["create_endpoint"] = "POST /v0.10/endpoint",
        ["endpoint_search"] = "GET /v0.10/endpoint_search",
        ["set_subscription_id"] = "PUT /v0.10/endpoint/{collection_id}/subscription",
        ["set_subscription_admin_verified"] = "PUT /v0.10/endpoint/{collection_id}/subscription_admin_verified",
        ["my_effective_pause_rule_list"] = "GET /v0.10/endpoint/{endpoint_id}/my_effective_pause_rule_list",
        ["my_shared_endpoint_list"] = "GET /v0.10/endpoint/{endpoint_id}/my_shared_endpoint_list",
        ["get_shared_endpoint_list"] = "GET /v0.10/endpoint/{endpoint_id}/shared_endpoint_list",
        ["create_shared_endpoint"] = "POST /v0.10/shared_endpoint",
        ["endpoint_server_list"] = "GET /v0.10/endpoint/{endpoint_id}/server_list",
        ["get_endpoint_server"] = "GET /v0.10/endpoint/{endpoint_id}/server/{server_id}",
        ["add_endpoint_server"] = "POST /v0.10/endpoint/{endpoint_id}/server",
        ["update_endpoint_server"] = "PUT /v0.10/endpoint/{endpoint_id}/server/{server_id}",
        ["delete_endpoint_server"] = "DELETE /v0.10/endpoint/{endpoint_id}/server/{server_id}",
        ["endpoint_role_list"] = "GET /v0.10/endpoint/{endpoint_id}/role_list",
        ["add_endpoint_role"] = "POST /v0.10/endpoint/{endpoint_id}/role",
        ["get_endpoint_role"] = "GET /v0.10/endpoint/{endpoint_id}/role/{role_id}",
        ["delete_endpoint_role"] = "DELETE /v0.10/endpoint/{endpoint_id}/role/{role_id}",
        ["endpoint_acl_list"] = "GET /v0.10/endpoint/{endpoint_id}/access_list",
        ["get_endpoint_acl_rule"] = "GET /v0.10/endpoint/{endpoint_id}/access/{rule_id}",
        ["add_endpoint_acl_rule"] = "POST /v0.10/endpoint/{endpoint_id}/access",
        ["update_endpoint_acl_rule"] = "PUT /v0.10/endpoint/{endpoint_id}/access/{rule_id}",
        ["delete_endpoint_acl_rule"] = "DELETE /v0.10/endpoint/{endpoint_id}/access/{rule_id}",
        ["bookmark_list"] = "GET /v0.10/bookmark_list",
        ["create_bookmark"] = "POST /v0.10/bookmark",
        ["get_bookmark"] = "GET /v0.10/bookmark/{bookmark_id}",
        ["update_bookmark"] = "PUT /v0.10/bookmark/{bookmark_id}",
        ["delete_bookmark"] = "DELETE /v0.10/bookmark/{bookmark_id}",
        ["endpoint_autoactivate"] = "POST /v0.10/endpoint/{endpoint_id}/autoactivate",
        ["endpoint_deactivate"] = "POST /v0.10/endpoint/{endpoint_id}/deactivate",
        ["endpoint_activate"] = "POST /v0.10/endpoint/{endpoint_id}/activate",
        ["endpoint_get_activation_requirements"] = "GET /v0.10/endpoint/{endpoint_id}/activation_requirements",
        ["operation_ls"] = "GET /v0.10/operation/endpoint/{endpoint_id}/ls",
        ["operation_mkdir"] = "POST /v0.10/operation/endpoint/{endpoint_id}/mkdir",
        ["operation_rename"] = "POST /v0.10/operation/endpoint/{endpoint_id}/rename",
        ["operation_symlink"] = "POST /v0.10/operation/endpoint/{endpoint_id}/symlink",
        ["operation_stat"] = "GET /v0.10/operation/endpoint/{endpoint_id}/stat",
    };

    private static Operation Op(string id) => Transfer.Value.Operations().Single(o => o.Id == id);

    private static Dictionary<string, JsonObject> Query(string id) =>
        Op(id).Parameters().Where(p => p["in"].AsString() == "query").ToDictionary(p => p["name"].AsString()!);

    [Test]
    public void It_has_the_39_endpoint_and_filesystem_operations_of_TransferClient_v3_0_and_v4_9()
    {
        var actual = Transfer.Value.Operations().Where(o => Expected.ContainsKey(o.Id!))
            .ToDictionary(o => o.Id!, o => $"{o.Method.ToUpperInvariant()} {o.Template}");

        Assert.That(actual, Is.EquivalentTo(Expected));
    }

    [Test]
    public void The_methods_that_take_query_params_in_Python_say_so()
    {
        // Python's add/update/delete and create methods take no query_params (v3.0's activation and ls family took **params).
        var without = new[]
        {
            "delete_endpoint", "create_endpoint", "set_subscription_id", "set_subscription_admin_verified", "create_shared_endpoint",
            "add_endpoint_server", "update_endpoint_server", "delete_endpoint_server", "add_endpoint_role", "delete_endpoint_role",
            "add_endpoint_acl_rule", "update_endpoint_acl_rule", "delete_endpoint_acl_rule", "create_bookmark", "update_bookmark", "delete_bookmark",
        };
        var withQueryParams = Expected.Keys.Where(id => Op(id).Node["x-globus-query-params"].AsBool() == true);

        Assert.That(withQueryParams, Is.EquivalentTo(Expected.Keys.Except(without)));
    }

    [Test]
    public void Documents_travel_as_the_Python_arguments_and_built_bodies_name_their_fields()
    {
        string? Argument(string id) => Op(id).RequestBody?["x-globus-body"]?["argument"].AsString();
        IReadOnlyList<string>? Arguments(string id) => Op(id).RequestBody?["x-globus-body"]?["arguments"].AsStrings();

        Assert.Multiple(() =>
        {
            foreach (var id in new[] { "update_endpoint", "create_endpoint", "create_shared_endpoint" })
            {
                Assert.That(Argument(id), Is.EqualTo("data"), id);
            }

            Assert.That(Argument("add_endpoint_server"), Is.EqualTo("server_data"));
            Assert.That(Argument("update_endpoint_server"), Is.EqualTo("server_data"));
            Assert.That(Argument("add_endpoint_role"), Is.EqualTo("role_data"));
            Assert.That(Argument("add_endpoint_acl_rule"), Is.EqualTo("rule_data"));
            Assert.That(Argument("update_endpoint_acl_rule"), Is.EqualTo("rule_data"));
            Assert.That(Argument("create_bookmark"), Is.EqualTo("bookmark_data"));
            Assert.That(Argument("update_bookmark"), Is.EqualTo("bookmark_data"));
            Assert.That(Argument("endpoint_activate"), Is.EqualTo("requirements_data"));
            Assert.That(Arguments("set_subscription_id"), Is.EqualTo(new[] { "subscription_id" }));
            Assert.That(Arguments("set_subscription_admin_verified"), Is.EqualTo(new[] { "subscription_admin_verified" }));
            Assert.That(Arguments("operation_mkdir"), Is.EqualTo(new[] { "DATA_TYPE", "path", "local_user" }));
            Assert.That(Arguments("operation_rename"), Is.EqualTo(new[] { "DATA_TYPE", "old_path", "new_path", "local_user" }));
            Assert.That(Arguments("operation_symlink"), Is.EqualTo(new[] { "DATA_TYPE", "symlink_target", "path" }));
            foreach (var id in new[] { "set_subscription_id", "update_endpoint", "create_endpoint", "operation_mkdir", "operation_rename", "operation_symlink" })
            {
                Assert.That(Op(id).Node["x-globus-hand-written"].AsBool(), Is.True, $"{id}: the hand-written method supplies what no key says");
            }
        });
    }

    [Test]
    public void Query_parameters_follow_Pythons_order_and_encodings_and_are_sent_only_when_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Query("endpoint_search").Keys, Is.EqualTo(new[]
            {
                "filter_fulltext", "filter_scope", "filter_owner_id", "filter_host_endpoint", "filter_non_functional", "filter_entity_type", "limit", "offset",
            }));
            Assert.That(Query("endpoint_search")["filter_non_functional"]["x-globus-encoding"].AsString(), Is.EqualTo("1|0"));
            Assert.That(Query("operation_ls").Keys, Is.EqualTo(new[] { "path", "show_hidden", "orderby", "filter", "local_user", "limit", "offset" }));
            Assert.That(Query("operation_ls")["show_hidden"]["x-globus-encoding"].AsString(), Is.EqualTo("1|0"));
            Assert.That(Query("operation_ls")["filter"]["x-globus-csharp-type"].AsString(), Is.EqualTo("Globus.Sdk.Transfer.TransferFilter"));
            Assert.That(Query("operation_ls")["orderby"]["explode"].AsBool(), Is.False);
            Assert.That(Query("operation_stat").Keys, Is.EqualTo(new[] { "path", "local_user" }));
            Assert.That(Query("get_shared_endpoint_list").Keys, Is.EqualTo(new[] { "max_results", "next_token" }));
            Assert.That(Query("endpoint_autoactivate").Keys, Is.EqualTo(new[] { "if_expires_in" }));
            var defaults = Expected.Keys.SelectMany(id => Query(id).Values).Where(p => p["schema"]?["default"] is not null);
            Assert.That(defaults, Is.Empty, "Python sends none of these unless given");
            var required = Expected.Keys.SelectMany(id => Query(id).Values).Where(p => p["required"].AsBool() == true);
            Assert.That(required, Is.Empty);
        });
    }

    [Test]
    public void Endpoint_search_and_the_shared_endpoint_list_page_as_Python_does()
    {
        var search = Op("endpoint_search").Node["x-globus-paging"]!;
        var shares = Op("get_shared_endpoint_list").Node["x-globus-paging"]!;
        var schemas = Transfer.Value.Root["components"]!["schemas"]!;

        Assert.Multiple(() =>
        {
            Assert.That(search["style"].AsString(), Is.EqualTo("offset-has-next"));
            Assert.That(search["page-size"].AsInteger(), Is.EqualTo(100));
            Assert.That(search["max-total"].AsInteger(), Is.EqualTo(1000));
            Assert.That(search["size-key"], Is.Null, "the offset grows by len(DATA)");
            Assert.That(schemas["EndpointList"]!["x-globus-items"].AsString(), Is.EqualTo("DATA"));
            Assert.That(shares["style"].AsString(), Is.EqualTo("next-token"));
            Assert.That(shares["page-size"], Is.Null, "max_results is the caller's, not a page size");
            Assert.That(schemas["SharedEndpointList"]!["x-globus-items"].AsString(), Is.EqualTo("shared_endpoints"));
            Assert.That(schemas["FileList"]!["x-globus-items"].AsString(), Is.EqualTo("DATA"));
            Assert.That(Expected.Keys.Where(id => Op(id).Node["x-globus-paging"] is not null),
                Is.EquivalentTo(new[] { "endpoint_search", "get_shared_endpoint_list" }));
        });
    }

    [Test]
    public void The_methods_removed_in_Python_4_are_obsolete_with_ids_of_the_Transfer_block()
    {
        var expected = new Dictionary<string, string>
        {
            ["create_endpoint"] = "GLOBUS120",
            ["endpoint_autoactivate"] = "GLOBUS121",
            ["endpoint_deactivate"] = "GLOBUS122",
            ["endpoint_activate"] = "GLOBUS123",
            ["endpoint_get_activation_requirements"] = "GLOBUS124",
            ["add_endpoint_server"] = "GLOBUS125",
            ["update_endpoint_server"] = "GLOBUS126",
            ["delete_endpoint_server"] = "GLOBUS127",
            ["operation_symlink"] = "GLOBUS128",
        };
        var actual = Expected.Keys.Where(id => Op(id).Node["deprecated"].AsBool() == true)
            .ToDictionary(id => id, id => Op(id).Node["x-globus-obsolete-id"].AsString());

        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [Test]
    public void The_activation_requirements_model_has_the_v3_name_and_no_model_takes_an_implicitly_imported_name()
    {
        var schemas = Transfer.Value.Root["components"]!["schemas"]!;

        Assert.That(schemas["ActivationRequirements"]!["x-globus-csharp-name"].AsString(), Is.EqualTo("ActivationRequirementsResponse"));
        Assert.That(schemas["File"]!["x-globus-csharp-name"].AsString(), Is.EqualTo("FileEntry"));
    }
}
