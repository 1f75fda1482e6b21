using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The endpoint, server, role, ACL and bookmark operations of specs/transfer.yaml on the wire: one
/// request with the exact method, escaped path, query and JSON body, and the typed answer read back.
/// Every id has a character that must be escaped, so each path shows its escaping.
/// </summary>
public class TransferEndpointWireTests : TransferWireTestBase
{
    // Ids with characters that must be escaped in a path segment.
    private const string Ep = "ep/1";
    private const string EpPath = "ep%2F1";
    private const string Role = "role#1";
    private const string Rule = "rule 1";
    private const string Bm = "bm?1";

    private const string Result = """{"DATA_TYPE": "result", "code": "Updated", "message": "done", "resource": "/endpoint/x", "request_id": "r-1"}""";
    private const string EndpointDoc = """{"DATA_TYPE": "endpoint", "id": "ep-1", "display_name": "Tutorial", "entity_type": "GCSv5_mapped_collection", "DATA": [{"DATA_TYPE": "server", "id": 985, "hostname": "gridftp.example.edu"}]}""";
    private const string EndpointListDoc = """{"DATA_TYPE": "endpoint_list", "offset": 0, "limit": 100, "has_next_page": false, "DATA": [{"id": "ep-1"}, {"id": "ep-2"}]}""";
    private const string CreateResult = """{"DATA_TYPE": "endpoint_create_result", "code": "Created", "id": "new-ep", "globus_connect_setup_key": "secret-key", "request_id": "r-2"}""";
    private const string ServerDoc = """{"DATA_TYPE": "server", "id": 985, "hostname": "gridftp.example.edu", "port": 2811, "scheme": "gsiftp"}""";
    private const string RoleDoc = """{"DATA_TYPE": "role", "id": "role-1", "principal_type": "identity", "principal": "u-1", "role": "access_manager"}""";
    private const string RuleDoc = """{"DATA_TYPE": "access", "id": "12345", "principal_type": "group", "principal": "g-1", "path": "/dataset1/", "permissions": "rw"}""";
    private const string BookmarkDoc = """{"DATA_TYPE": "bookmark", "id": "bm-1", "name": "Tutorial data", "endpoint_id": "ep-1", "path": "/share/godata/", "pinned": true}""";

    // The arguments in the order the rows below read best: the call, the answer and what is read from it, then the request.
    private static TestCaseData Case<T>(
        string name, Func<TransferClient, Task<GlobusResponse<T>>> call, string answer, Func<T, object?> read, object? expected,
        string method, string pathAndQuery, string? body = null) =>
        Case(name, call, method, pathAndQuery, body, answer, read, expected);

    private static string Ids<T>(IEnumerable<T> items, Func<T, string?> id) => string.Join(",", items.Select(id));

#pragma warning disable GLOBUS120, GLOBUS125, GLOBUS126, GLOBUS127 // the retired operations are still on the wire
    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("GetEndpoint", c => c.GetEndpointAsync(Ep, queryParams: [new("fields", "id,display_name")]), EndpointDoc,
            e => $"{e.DisplayName}|{e.EntityType}|{e.Data![0].Id}|{e.Data[0].Hostname}", "Tutorial|GCSv5_mapped_collection|985|gridftp.example.edu",
            "GET", $"/v0.10/endpoint/{EpPath}?fields=id%2Cdisplay_name");
        yield return Case("UpdateEndpoint", c => c.UpdateEndpointAsync(Ep, new Endpoint { DisplayName = "New Name", Description = null }, queryParams: [new("x", "1")]),
            Result, r => r.Code, "Updated", "PUT", $"/v0.10/endpoint/{EpPath}?x=1", """{"display_name": "New Name", "description": null}""");
        yield return Case("UpdateEndpoint_with_JSON", c => c.UpdateEndpointAsync(Ep, Endpoint.FromJson("""{"public": true}""")),
            Result, r => r.Message, "done", "PUT", $"/v0.10/endpoint/{EpPath}", """{"public": true}""");
        yield return Case("DeleteEndpoint", c => c.DeleteEndpointAsync(Ep), Result, r => r.RequestId, "r-1", "DELETE", $"/v0.10/endpoint/{EpPath}");
        yield return Case("CreateEndpoint", c => c.CreateEndpointAsync(new Endpoint
            {
                DataType = "endpoint", DisplayName = "My Endpoint", Data = [new EndpointServer { DataType = "server", Hostname = "gridftp.example.edu" }],
            }),
            CreateResult, r => $"{r.Id}|{r.GlobusConnectSetupKey}", "new-ep|secret-key", "POST", "/v0.10/endpoint",
            """{"DATA_TYPE": "endpoint", "display_name": "My Endpoint", "DATA": [{"DATA_TYPE": "server", "hostname": "gridftp.example.edu"}]}""");
        yield return Case("EndpointSearch", c => c.EndpointSearchAsync("tutorial", filterScope: "my-endpoints", filterOwnerId: "u-1", filterHostEndpoint: "h-1",
                filterNonFunctional: true, filterEntityType: "GCSv5_mapped_collection", limit: 10, offset: 20, queryParams: [new("extra", "1")]),
            EndpointListDoc, l => Ids(l, e => e.Id) + "|" + l.HasNextPage, "ep-1,ep-2|False", "GET",
            "/v0.10/endpoint_search?filter_fulltext=tutorial&filter_scope=my-endpoints&filter_owner_id=u-1&filter_host_endpoint=h-1"
            + "&filter_non_functional=1&filter_entity_type=GCSv5_mapped_collection&limit=10&offset=20&extra=1");
        yield return Case("EndpointSearch_sends_only_what_is_given", c => c.EndpointSearchAsync(filterScope: "shared-with-me", filterNonFunctional: false),
            EndpointListDoc, l => l.Data!.Count, 2, "GET", "/v0.10/endpoint_search?filter_scope=shared-with-me&filter_non_functional=0");
        yield return Case("SetSubscriptionId", c => c.SetSubscriptionIdAsync(Ep, "DEFAULT"), Result, r => r.Code, "Updated",
            "PUT", $"/v0.10/endpoint/{EpPath}/subscription", """{"subscription_id": "DEFAULT"}""");
        yield return Case("SetSubscriptionId_with_null_removes_the_subscription", c => c.SetSubscriptionIdAsync(Ep, null), Result, r => r.Code, "Updated",
            "PUT", $"/v0.10/endpoint/{EpPath}/subscription", """{"subscription_id": null}""");
        yield return Case("SetSubscriptionAdminVerified", c => c.SetSubscriptionAdminVerifiedAsync(Ep, false), Result, r => r.Code, "Updated",
            "PUT", $"/v0.10/endpoint/{EpPath}/subscription_admin_verified", """{"subscription_admin_verified": false}""");
        yield return Case("MyEffectivePauseRuleList", c => c.MyEffectivePauseRuleListAsync(Ep),
            """{"DATA_TYPE": "pause_rule_list", "DATA": [{"DATA_TYPE": "pause_rule_limited", "id": "p-1", "message": "maintenance", "pause_ls": true}]}""",
            l => l.Select(p => $"{p.Id}:{p.Message}:{p.PauseLs}").Single(), "p-1:maintenance:True",
            "GET", $"/v0.10/endpoint/{EpPath}/my_effective_pause_rule_list");
        yield return Case("MySharedEndpointList", c => c.MySharedEndpointListAsync(Ep), EndpointListDoc, l => Ids(l, e => e.Id), "ep-1,ep-2",
            "GET", $"/v0.10/endpoint/{EpPath}/my_shared_endpoint_list");
        yield return Case("GetSharedEndpointList", c => c.GetSharedEndpointListAsync(Ep, maxResults: 5, nextToken: "t-1"),
            """{"shared_endpoints": [{"id": "s-1", "host_path": "/~/share/"}], "next_token": "t-2"}""",
            l => $"{Ids(l, e => e.Id + e.HostPath)}|{l.NextToken}", "s-1/~/share/|t-2",
            "GET", $"/v0.10/endpoint/{EpPath}/shared_endpoint_list?max_results=5&next_token=t-1");
        yield return Case("CreateSharedEndpoint", c => c.CreateSharedEndpointAsync(new Endpoint
            {
                DataType = "shared_endpoint", HostEndpoint = "h-1", HostPath = "/~/share/", DisplayName = "Lab share",
            }),
            CreateResult, r => r.Id, "new-ep", "POST", "/v0.10/shared_endpoint",
            """{"DATA_TYPE": "shared_endpoint", "host_endpoint": "h-1", "host_path": "/~/share/", "display_name": "Lab share"}""");
        yield return Case("EndpointServerList", c => c.EndpointServerListAsync(Ep), $$"""{"DATA_TYPE": "endpoint_server_list", "endpoint": "ep-1", "DATA": [{{ServerDoc}}]}""",
            l => l.Single().Port, 2811, "GET", $"/v0.10/endpoint/{EpPath}/server_list");
        yield return Case("GetEndpointServer", c => c.GetEndpointServerAsync(Ep, "985"), ServerDoc, s => $"{s.Id}|{s.Scheme}", "985|gsiftp",
            "GET", $"/v0.10/endpoint/{EpPath}/server/985");
        yield return Case("AddEndpointServer", c => c.AddEndpointServerAsync(Ep, new EndpointServer { Hostname = "h.example.edu", Port = 2811 }),
            """{"DATA_TYPE": "endpoint_server_add_result", "code": "Created", "id": 986}""", r => r.DataType, "endpoint_server_add_result",
            "POST", $"/v0.10/endpoint/{EpPath}/server", """{"hostname": "h.example.edu", "port": 2811}""");
        yield return Case("UpdateEndpointServer", c => c.UpdateEndpointServerAsync(Ep, "985", new EndpointServer { Port = 2812 }), Result, r => r.Code, "Updated",
            "PUT", $"/v0.10/endpoint/{EpPath}/server/985", """{"port": 2812}""");
        yield return Case("DeleteEndpointServer", c => c.DeleteEndpointServerAsync(Ep, "985"), Result, r => r.Code, "Updated",
            "DELETE", $"/v0.10/endpoint/{EpPath}/server/985");
        yield return Case("EndpointRoleList", c => c.EndpointRoleListAsync(Ep), $$"""{"DATA_TYPE": "role_list", "DATA": [{{RoleDoc}}]}""",
            l => l.Single().Role, "access_manager", "GET", $"/v0.10/endpoint/{EpPath}/role_list");
        yield return Case("AddEndpointRole", c => c.AddEndpointRoleAsync(Ep, new EndpointRole { PrincipalType = "identity", Principal = "u-1", Role = "access_manager" }),
            RoleDoc, r => r.Id, "role-1", "POST", $"/v0.10/endpoint/{EpPath}/role",
            """{"principal_type": "identity", "principal": "u-1", "role": "access_manager"}""");
        yield return Case("GetEndpointRole", c => c.GetEndpointRoleAsync(Ep, Role), RoleDoc, r => r.Principal, "u-1",
            "GET", $"/v0.10/endpoint/{EpPath}/role/role%231");
        yield return Case("DeleteEndpointRole", c => c.DeleteEndpointRoleAsync(Ep, Role), Result, r => r.Code, "Updated",
            "DELETE", $"/v0.10/endpoint/{EpPath}/role/role%231");
        yield return Case("EndpointAclList", c => c.EndpointAclListAsync(Ep), $$"""{"DATA_TYPE": "access_list", "endpoint": "ep-1", "length": 1, "DATA": [{{RuleDoc}}]}""",
            l => $"{l.Endpoint}|{l.Single().Permissions}", "ep-1|rw", "GET", $"/v0.10/endpoint/{EpPath}/access_list");
        yield return Case("GetEndpointAclRule", c => c.GetEndpointAclRuleAsync(Ep, Rule), RuleDoc, r => $"{r.Id}|{r.Path}", "12345|/dataset1/",
            "GET", $"/v0.10/endpoint/{EpPath}/access/rule%201");
        yield return Case("AddEndpointAclRule", c => c.AddEndpointAclRuleAsync(Ep, new EndpointAclRule
            {
                DataType = "access", PrincipalType = "identity", Principal = "u-1", Path = "/dataset1/", Permissions = "rw",
            }),
            """{"DATA_TYPE": "access_create_result", "code": "Created", "access_id": 12345}""", r => r.AdditionalProperties!["access_id"].GetInt32(), 12345,
            "POST", $"/v0.10/endpoint/{EpPath}/access",
            """{"DATA_TYPE": "access", "principal_type": "identity", "principal": "u-1", "path": "/dataset1/", "permissions": "rw"}""");
        yield return Case("UpdateEndpointAclRule", c => c.UpdateEndpointAclRuleAsync(Ep, Rule, new EndpointAclRule { Permissions = "r" }), Result, r => r.Code, "Updated",
            "PUT", $"/v0.10/endpoint/{EpPath}/access/rule%201", """{"permissions": "r"}""");
        yield return Case("DeleteEndpointAclRule", c => c.DeleteEndpointAclRuleAsync(Ep, Rule), Result, r => r.Code, "Updated",
            "DELETE", $"/v0.10/endpoint/{EpPath}/access/rule%201");
        yield return Case("BookmarkList", c => c.BookmarkListAsync(queryParams: [new("a", "b")]), $$"""{"DATA_TYPE": "bookmark_list", "DATA": [{{BookmarkDoc}}]}""",
            l => l.Single().Name, "Tutorial data", "GET", "/v0.10/bookmark_list?a=b");
        yield return Case("CreateBookmark", c => c.CreateBookmarkAsync(new Bookmark { Name = "Tutorial data", EndpointId = "ep-1", Path = "/share/godata/" }),
            BookmarkDoc, b => b.Id, "bm-1", "POST", "/v0.10/bookmark", """{"name": "Tutorial data", "endpoint_id": "ep-1", "path": "/share/godata/"}""");
        yield return Case("GetBookmark", c => c.GetBookmarkAsync(Bm), BookmarkDoc, b => b.Pinned, true, "GET", "/v0.10/bookmark/bm%3F1");
        yield return Case("UpdateBookmark", c => c.UpdateBookmarkAsync(Bm, new Bookmark { Pinned = false }), BookmarkDoc, b => b.EndpointId, "ep-1",
            "PUT", "/v0.10/bookmark/bm%3F1", """{"pinned": false}""");
        yield return Case("DeleteBookmark", c => c.DeleteBookmarkAsync(Bm), Result, r => r.Code, "Updated", "DELETE", "/v0.10/bookmark/bm%3F1");
    }
#pragma warning restore GLOBUS120, GLOBUS125, GLOBUS126, GLOBUS127

    private static TestCaseData Rejects(string name, Func<TransferClient, string, Task> call, string parameter) =>
        new TestCaseData(call, parameter).SetName($"{name}_rejects_an_empty_{parameter}");

#pragma warning disable GLOBUS120, GLOBUS125, GLOBUS126, GLOBUS127
    private static IEnumerable<TestCaseData> EmptyIds()
    {
        var server = new EndpointServer();
        yield return Rejects("GetEndpoint", (c, id) => c.GetEndpointAsync(id), "endpointId");
        yield return Rejects("UpdateEndpoint", (c, id) => c.UpdateEndpointAsync(id, new Endpoint()), "endpointId");
        yield return Rejects("DeleteEndpoint", (c, id) => c.DeleteEndpointAsync(id), "endpointId");
        yield return Rejects("SetSubscriptionId", (c, id) => c.SetSubscriptionIdAsync(id, "DEFAULT"), "collectionId");
        yield return Rejects("SetSubscriptionAdminVerified", (c, id) => c.SetSubscriptionAdminVerifiedAsync(id, true), "collectionId");
        yield return Rejects("MyEffectivePauseRuleList", (c, id) => c.MyEffectivePauseRuleListAsync(id), "endpointId");
        yield return Rejects("MySharedEndpointList", (c, id) => c.MySharedEndpointListAsync(id), "endpointId");
        yield return Rejects("GetSharedEndpointList", (c, id) => c.GetSharedEndpointListAsync(id), "endpointId");
        yield return Rejects("EndpointServerList", (c, id) => c.EndpointServerListAsync(id), "endpointId");
        yield return Rejects("GetEndpointServer", (c, id) => c.GetEndpointServerAsync(id, "985"), "endpointId");
        yield return Rejects("GetEndpointServer", (c, id) => c.GetEndpointServerAsync(Ep, id), "serverId");
        yield return Rejects("AddEndpointServer", (c, id) => c.AddEndpointServerAsync(id, server), "endpointId");
        yield return Rejects("UpdateEndpointServer", (c, id) => c.UpdateEndpointServerAsync(Ep, id, server), "serverId");
        yield return Rejects("DeleteEndpointServer", (c, id) => c.DeleteEndpointServerAsync(id, "985"), "endpointId");
        yield return Rejects("DeleteEndpointServer", (c, id) => c.DeleteEndpointServerAsync(Ep, id), "serverId");
        yield return Rejects("EndpointRoleList", (c, id) => c.EndpointRoleListAsync(id), "endpointId");
        yield return Rejects("AddEndpointRole", (c, id) => c.AddEndpointRoleAsync(id, new EndpointRole()), "endpointId");
        yield return Rejects("GetEndpointRole", (c, id) => c.GetEndpointRoleAsync(Ep, id), "roleId");
        yield return Rejects("DeleteEndpointRole", (c, id) => c.DeleteEndpointRoleAsync(id, Role), "endpointId");
        yield return Rejects("DeleteEndpointRole", (c, id) => c.DeleteEndpointRoleAsync(Ep, id), "roleId");
        yield return Rejects("EndpointAclList", (c, id) => c.EndpointAclListAsync(id), "endpointId");
        yield return Rejects("GetEndpointAclRule", (c, id) => c.GetEndpointAclRuleAsync(Ep, id), "ruleId");
        yield return Rejects("AddEndpointAclRule", (c, id) => c.AddEndpointAclRuleAsync(id, new EndpointAclRule()), "endpointId");
        yield return Rejects("UpdateEndpointAclRule", (c, id) => c.UpdateEndpointAclRuleAsync(Ep, id, new EndpointAclRule()), "ruleId");
        yield return Rejects("DeleteEndpointAclRule", (c, id) => c.DeleteEndpointAclRuleAsync(id, Rule), "endpointId");
        yield return Rejects("DeleteEndpointAclRule", (c, id) => c.DeleteEndpointAclRuleAsync(Ep, id), "ruleId");
        yield return Rejects("GetBookmark", (c, id) => c.GetBookmarkAsync(id), "bookmarkId");
        yield return Rejects("UpdateBookmark", (c, id) => c.UpdateBookmarkAsync(id, new Bookmark()), "bookmarkId");
        yield return Rejects("DeleteBookmark", (c, id) => c.DeleteBookmarkAsync(id), "bookmarkId");
    }
#pragma warning restore GLOBUS120, GLOBUS125, GLOBUS126, GLOBUS127

    [TestCaseSource(nameof(EmptyIds))]
    public void Empty_and_blank_ids_are_refused_before_any_request(Func<TransferClient, string, Task> call, string parameter)
    {
        var client = new TransferClient(options: Options());

        foreach (var id in new[] { "", "  " })
        {
            var error = Assert.ThrowsAsync<ArgumentException>(() => call(client, id))!;
            Assert.That(error.ParamName, Is.EqualTo(parameter), $"id '{id}'");
        }

        Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => call(client, null!))!.ParamName, Is.EqualTo(parameter));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void Missing_documents_are_refused_before_any_request()
    {
        var client = new TransferClient(options: Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.UpdateEndpointAsync(Ep, null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateSharedEndpointAsync(null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.AddEndpointRoleAsync(Ep, null!))!.ParamName, Is.EqualTo("roleData"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.AddEndpointAclRuleAsync(Ep, null!))!.ParamName, Is.EqualTo("ruleData"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateBookmarkAsync(null!))!.ParamName, Is.EqualTo("bookmarkData"));
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.EndpointSearchAsync(limit: -1))!.ParamName, Is.EqualTo("limit"));
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetSharedEndpointListAsync(Ep, maxResults: 0))!.ParamName, Is.EqualTo("maxResults"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void An_error_answer_is_a_TransferApiException_with_the_services_code()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "EndpointNotFound", "message": "No such endpoint", "request_id": "r-9", "resource": "/endpoint/x"}"""));
        var client = new TransferClient(options: Options());

        var error = Assert.ThrowsAsync<TransferApiException>(() => client.GetEndpointAsync("x"))!;

        Assert.That(error.HttpStatus, Is.EqualTo(404));
        Assert.That(error.Code, Is.EqualTo("EndpointNotFound"));
        Assert.That(error.RequestId, Is.EqualTo("r-9"));
    }

    [Test]
    public async Task A_new_endpoints_setup_key_is_redacted_when_printed()
    {
        Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(CreateResult));
        var client = new TransferClient(options: Options());

        var created = await client.CreateSharedEndpointAsync(new Endpoint { DataType = "shared_endpoint" });

        Assert.That(created.Value.GlobusConnectSetupKey, Is.EqualTo("secret-key"));
        Assert.That(created.Value.ToString(), Does.Not.Contain("secret-key").And.Contain("REDACTED"));
    }

    [Test]
    public async Task An_endpoint_keeps_the_fields_the_spec_does_not_name()
    {
        Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"DATA_TYPE": "endpoint", "id": "ep-1", "brand_new_field": {"a": 1}, "DATA": []}"""));
        var client = new TransferClient(options: Options());

        var endpoint = (await client.GetEndpointAsync("ep-1")).Value;

        Assert.That(endpoint.AdditionalProperties!["brand_new_field"].GetProperty("a").GetInt32(), Is.EqualTo(1));
        Assert.That(endpoint.Data, Is.Empty);
        Assert.That(endpoint.DisplayName, Is.Null);
    }

    [TestCase("""{"myproxy_server": "myproxy.example.org", "display_name": "x"}""", """{"myproxy_server": "myproxy.example.org", "display_name": "x", "oauth_server": null}""",
        TestName = "UpdateEndpoint_with_a_MyProxy_server_sends_oauth_server_null")]
    [TestCase("""{"oauth_server": "oauth.example.org"}""", """{"oauth_server": "oauth.example.org", "myproxy_server": null}""",
        TestName = "UpdateEndpoint_with_an_OAuth_server_sends_myproxy_server_null")]
    [TestCase("""{"myproxy_server": "", "oauth_server": null, "public": true}""", """{"myproxy_server": "", "oauth_server": null, "public": true}""",
        TestName = "UpdateEndpoint_with_empty_servers_sends_the_document_as_given")]
    public async Task UpdateEndpoint_names_one_identity_provider_as_the_Python_SDK_does(string document, string sent)
    {
        Server.Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Result));
        var client = new TransferClient(options: Options());
        var data = Endpoint.FromJson(document);

        await client.UpdateEndpointAsync(Ep, data);

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(SingleRequest.Body!), JsonNode.Parse(sent)), Is.True, SingleRequest.Body);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(data, TransferJsonContext.Default.Endpoint)), JsonNode.Parse(document)), Is.True,
            "the caller's document is not changed");
    }

    [Test]
    public async Task UpdateEndpoint_with_a_typed_document_adds_the_other_server_as_null()
    {
        Server.Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Result));
        var client = new TransferClient(options: Options());

        await client.UpdateEndpointAsync(Ep, new Endpoint { OAuthServer = "oauth.example.org" });

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(SingleRequest.Body!), JsonNode.Parse("""{"oauth_server": "oauth.example.org", "myproxy_server": null}""")), Is.True);
    }

    [Test]
    public void A_document_with_both_MyProxy_and_OAuth_servers_is_refused_before_any_request()
    {
        var client = new TransferClient(options: Options());
        var both = new Endpoint { MyProxyServer = "myproxy.example.org", OAuthServer = "oauth.example.org" };

        Assert.That(() => client.UpdateEndpointAsync(Ep, both), Throws.InstanceOf<GlobusSdkUsageException>().With.Message.Contains("MyProxy or OAuth"));
#pragma warning disable GLOBUS120
        Assert.That(() => client.CreateEndpointAsync(Endpoint.FromJson("""{"myproxy_server": "m", "oauth_server": "o"}""")),
            Throws.InstanceOf<GlobusSdkUsageException>());
#pragma warning restore GLOBUS120
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void The_scopes_class_names_the_transfer_resource_server()
    {
        Assert.That(TransferScopes.ResourceServer, Is.EqualTo("transfer.api.globus.org"));
        Assert.That(TransferScopes.All, Is.EqualTo("urn:globus:auth:scope:transfer.api.globus.org:all"));
    }
}
