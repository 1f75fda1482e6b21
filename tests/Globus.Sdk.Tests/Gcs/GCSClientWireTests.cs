using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Gcs;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Gcs;

/// <summary>
/// Every operation of specs/gcs.yaml, as it goes on the wire: one request with the exact method, path (under the
/// endpoint's <c>/api/</c>), query and JSON body, the caller's token (none for <c>GET /info</c>), and the answer
/// handed back, unpacked to the object's document where Python's <c>UnpackingGCSResponse</c> unpacks it.
/// </summary>
public class GCSClientWireTests : WireMockTestBase
{
    private const string Token = "gcs-token-0123456789";
    private const string CollectionId = "1e4b1f7c-9a52-4d0b-8c57-0a1b2c3d4e5f";
    private const string GatewayId = "3f0ba9c4-4e1d-4d83-9d10-0c7f3e1f6b7a";
    private const string RoleId = "8c1e0a33-5f4b-4b4e-a7a2-6d9e7f102030";
    private const string CredentialId = "5b7c9d2e-1f3a-4c6b-8d0e-a1b2c3d4e5f6";
    private const string Answer = """{"DATA_TYPE": "result#1.0.0", "code": "success", "http_response_code": 200, "data": []}""";

    private RecordingHandler _recorder = null!;

    private GCSClient NewClient(IGlobusAuthorizer? authorizer = null) =>
        new("gcs.example.org", authorizer ?? new AccessTokenAuthorizer(Token), Options(o =>
        {
            o.BaseUrl = new Uri(ServerUrl, "api/");
            o.HttpMessageHandler = _recorder;
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
        }));

    [SetUp]
    public void NewRecorder() => _recorder = new RecordingHandler();

    private static TestCaseData Case(string name, Func<GCSClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body = null) =>
        new TestCaseData(call, method, pathAndQuery, body).SetName($"{name}_is_one_{method}_of_its_path_query_and_body");

    private static async Task<GlobusResponse> Sent<T>(Task<T> call)
        where T : GlobusResponse => await call;

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("GetEndpoint", c => Sent(c.GetEndpointAsync(queryParams: [new("x", "1")])), "GET", "/api/endpoint?x=1");
        yield return Case("UpdateEndpoint", c => Sent(c.UpdateEndpointAsync(new EndpointDocument(displayName: "Lab"), include: ["endpoint"])),
            "PATCH", "/api/endpoint?include=endpoint", """{"DATA_TYPE": "endpoint#1.0.0", "display_name": "Lab"}""");
        yield return Case("UpdateEndpoint_without_include_sends_no_query", c => Sent(c.UpdateEndpointAsync(new EndpointDocument(@public: false))),
            "PATCH", "/api/endpoint", """{"DATA_TYPE": "endpoint#1.0.0", "public": false}""");
        yield return Case("GetCollectionList", c => Sent(c.GetCollectionListAsync(
                mappedCollectionId: CollectionId, filter: ["mapped_collections", "created_by_me"], include: ["private_policies"], pageSize: 10, marker: "m1")),
            "GET", $"/api/collections?mapped_collection_id={CollectionId}&filter=mapped_collections%2Ccreated_by_me&include=private_policies&page_size=10&marker=m1");
        yield return Case("GetCollectionList_without_arguments", c => Sent(c.GetCollectionListAsync()), "GET", "/api/collections");
        yield return Case("GetCollection", c => Sent(c.GetCollectionAsync(CollectionId)), "GET", $"/api/collections/{CollectionId}");
        yield return Case("CreateCollection", c => Sent(c.CreateCollectionAsync(new GuestCollectionDocument(
                mappedCollectionId: CollectionId, userCredentialId: CredentialId, collectionBasePath: "/x"))),
            "POST", "/api/collections",
            $$"""{"collection_type": "guest", "DATA_TYPE": "collection#1.0.0", "collection_base_path": "/x", "mapped_collection_id": "{{CollectionId}}", "user_credential_id": "{{CredentialId}}"}""");
        yield return Case("UpdateCollection", c => Sent(c.UpdateCollectionAsync(CollectionId, new MappedCollectionDocument(displayName: "New"), queryParams: [new("y", "2")])),
            "PATCH", $"/api/collections/{CollectionId}?y=2", """{"collection_type": "mapped", "DATA_TYPE": "collection#1.0.0", "display_name": "New"}""");
        yield return Case("DeleteCollection", c => Sent(c.DeleteCollectionAsync(CollectionId)), "DELETE", $"/api/collections/{CollectionId}");
        yield return Case("GetStorageGatewayList", c => Sent(c.GetStorageGatewayListAsync(include: ["private_policies"], pageSize: 5, marker: "m2")),
            "GET", "/api/storage_gateways?include=private_policies&page_size=5&marker=m2");
        yield return Case("CreateStorageGateway", c => Sent(c.CreateStorageGatewayAsync(new StorageGatewayDocument(
                displayName: "POSIX", connectorId: ConnectorTable.POSIX.ConnectorId, policies: new POSIXStoragePolicies()))),
            "POST", "/api/storage_gateways",
            """{"DATA_TYPE": "storage_gateway#1.0.0", "display_name": "POSIX", "connector_id": "145812c8-decc-41f1-83cf-bb2a85a2a70b", "policies": {"DATA_TYPE": "posix_storage_policies#1.0.0"}}""");
        yield return Case("GetStorageGateway", c => Sent(c.GetStorageGatewayAsync(GatewayId, include: ["private_policies"])),
            "GET", $"/api/storage_gateways/{GatewayId}?include=private_policies");
        yield return Case("UpdateStorageGateway", c => Sent(c.UpdateStorageGatewayAsync(GatewayId, new StorageGatewayDocument(requireMfa: true))),
            "PATCH", $"/api/storage_gateways/{GatewayId}", """{"DATA_TYPE": "storage_gateway#1.1.0", "require_mfa": true}""");
        yield return Case("DeleteStorageGateway", c => Sent(c.DeleteStorageGatewayAsync(GatewayId)), "DELETE", $"/api/storage_gateways/{GatewayId}");
        yield return Case("GetRoleList", c => Sent(c.GetRoleListAsync(collectionId: CollectionId, include: "all_roles", pageSize: 2, marker: "m3")),
            "GET", $"/api/roles?collection_id={CollectionId}&include=all_roles&page_size=2&marker=m3");
        yield return Case("CreateRole", c => Sent(c.CreateRoleAsync(new GCSRoleDocument(collection: CollectionId, principal: "urn:globus:auth:identity:i1", role: "administrator"))),
            "POST", "/api/roles",
            $$"""{"DATA_TYPE": "role#1.0.0", "collection": "{{CollectionId}}", "principal": "urn:globus:auth:identity:i1", "role": "administrator"}""");
        yield return Case("GetRole", c => Sent(c.GetRoleAsync(RoleId)), "GET", $"/api/roles/{RoleId}");
        yield return Case("DeleteRole", c => Sent(c.DeleteRoleAsync(RoleId)), "DELETE", $"/api/roles/{RoleId}");
        yield return Case("GetUserCredentialList", c => Sent(c.GetUserCredentialListAsync(storageGateway: GatewayId, pageSize: 3, marker: "m4")),
            "GET", $"/api/user_credentials?storage_gateway={GatewayId}&page_size=3&marker=m4");
        yield return Case("CreateUserCredential", c => Sent(c.CreateUserCredentialAsync(new UserCredentialDocument(identityId: "i1", storageGatewayId: GatewayId, username: "jdoe"))),
            "POST", "/api/user_credentials",
            $$"""{"DATA_TYPE": "user_credential#1.0.0", "identity_id": "i1", "storage_gateway_id": "{{GatewayId}}", "username": "jdoe"}""");
        yield return Case("GetUserCredential", c => Sent(c.GetUserCredentialAsync(CredentialId)), "GET", $"/api/user_credentials/{CredentialId}");
        yield return Case("UpdateUserCredential", c => Sent(c.UpdateUserCredentialAsync(CredentialId, new UserCredentialDocument(displayName: "jdoe on POSIX"))),
            "PATCH", $"/api/user_credentials/{CredentialId}", """{"DATA_TYPE": "user_credential#1.0.0", "display_name": "jdoe on POSIX"}""");
        yield return Case("DeleteUserCredential", c => Sent(c.DeleteUserCredentialAsync(CredentialId)), "DELETE", $"/api/user_credentials/{CredentialId}");
        yield return Case("Request_model_sends_a_property_set_to_null", c => Sent(c.UpdateCollectionAsync(CollectionId, new GCSCollectionRequest { DisplayName = null })),
            "PATCH", $"/api/collections/{CollectionId}", """{"display_name": null}""");
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_sends_one_exact_request(Func<GCSClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body)
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, Answer));

        var response = await call(NewClient());

        Assert.Multiple(() =>
        {
            ExactRequestAssertions.AssertExactRequest(SingleRequest, _recorder, method, pathAndQuery, body, Token);
            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(response.Text, Is.EqualTo(Answer));
        });
    }

    [Test]
    public async Task GetGcsInfo_is_sent_without_credentials_and_unpacks_the_info_document()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """
            {"DATA_TYPE": "result#1.0.0", "code": "success", "data": [
              {"DATA_TYPE": "info#1.0.0", "client_id": "c-1", "endpoint_id": "e-1", "manager_version": "5.4.70", "api_version": "1.24.0"}]}
            """));
        var client = NewClient();

        var info = await client.GetGcsInfoAsync(queryParams: [new("z", "3")]);

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { "/api/info?z=3" }));
            Assert.That(request.Headers!.ContainsKey("Authorization"), Is.False);
            Assert.That(info.Value.ClientId, Is.EqualTo("c-1"));
            Assert.That(info.Value.ManagerVersion, Is.EqualTo("5.4.70"));
            Assert.That(info["code"].GetString(), Is.EqualTo("success"));
            Assert.That(client.EndpointClientId, Is.EqualTo("c-1"));
        });
    }

    [Test]
    public async Task GetEndpointClientId_reads_info_once_without_credentials_then_keeps_it()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"DATA_TYPE": "result#1.0.0", "data": [{"DATA_TYPE": "info#1.1.0", "client_id": "c-9"}]}"""));
        var client = NewClient();
        Assert.That(client.EndpointClientId, Is.Null);

        var first = await client.GetEndpointClientIdAsync();
        var second = await client.GetEndpointClientIdAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("c-9"));
            Assert.That(second, Is.EqualTo("c-9"));
            Assert.That(client.EndpointClientId, Is.EqualTo("c-9"));
            Assert.That(SingleRequest.Headers!.ContainsKey("Authorization"), Is.False);
            Assert.That(GCSClient.GetGcsEndpointScopes(first).ManageCollections, Is.EqualTo("urn:globus:auth:scope:c-9:manage_collections"));
        });
    }

    [Test]
    public void GetEndpointClientId_of_an_info_document_without_client_id_is_a_decoding_error()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"DATA_TYPE": "result#1.0.0", "data": [{"DATA_TYPE": "info#1.0.0"}]}"""));
        var client = NewClient();

        Assert.ThrowsAsync<GlobusResponseDecodingException>(() => client.GetEndpointClientIdAsync());
        Assert.That(client.EndpointClientId, Is.Null);
    }

    [Test]
    public async Task An_object_answer_unpacks_the_first_document_of_its_type_and_keeps_the_whole_result()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, $$"""
            {"DATA_TYPE": "result#1.0.0", "code": "success", "data": [
              {"DATA_TYPE": "role#1.0.0", "id": "not-this"},
              {"DATA_TYPE": "collection#1.5.0", "id": "{{CollectionId}}", "collection_type": "mapped", "display_name": "Lab", "future_field": 7},
              {"DATA_TYPE": "collection#1.5.0", "id": "second"}]}
            """));

        var response = await NewClient().GetCollectionAsync(CollectionId);

        Assert.Multiple(() =>
        {
            Assert.That(response.Value.Id, Is.EqualTo(CollectionId));
            Assert.That(response.Value.DisplayName, Is.EqualTo("Lab"));
            Assert.That(response.Value.AdditionalProperties["future_field"].GetInt32(), Is.EqualTo(7));
            Assert.That(response.UnpackedData.GetProperty("id").GetString(), Is.EqualTo(CollectionId));
            Assert.That(response.Data.GetProperty("data").GetArrayLength(), Is.EqualTo(3));
            Assert.That(response["code"].GetString(), Is.EqualTo("success"));
        });
    }

    [Test]
    public async Task An_answer_without_a_document_of_the_type_gives_the_whole_body_as_Python_does()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"DATA_TYPE": "result#1.0.0", "code": "success", "data": [{"DATA_TYPE": "nothing_like_it"}], "display_name": "top"}"""));

        var response = await NewClient().GetEndpointAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Value.DataType, Is.EqualTo("result#1.0.0"));
            Assert.That(response.Value.DisplayName, Is.EqualTo("top"));
            Assert.That(response.UnpackedData.GetProperty("code").GetString(), Is.EqualTo("success"));
        });
    }

    [Test]
    public async Task UpdateStorageGateway_is_not_unpacked_as_in_Python()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(200, """{"DATA_TYPE": "result#1.0.0", "data": [{"DATA_TYPE": "storage_gateway#1.2.0", "id": "g"}]}"""));

        var response = await NewClient().UpdateStorageGatewayAsync(GatewayId, new StorageGatewayDocument(displayName: "x"));

        Assert.That(response.Value.DataType, Is.EqualTo("result#1.0.0"));
        Assert.That(response.Value.Single().Id, Is.EqualTo("g"));
    }

    [Test]
    public void An_error_answer_is_a_GCSApiException_with_its_code_and_detail()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(409, """
            {"DATA_TYPE": "result#1.0.0", "code": "conflict", "http_response_code": 409, "message": "A role like it exists",
             "detail": {"DATA_TYPE": "role#1.0.0", "id": "r-1"}}
            """));

        var error = Assert.ThrowsAsync<GCSApiException>(() => NewClient().CreateRoleAsync(new GCSRoleDocument(role: "administrator", principal: "urn:p")))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(409));
            Assert.That(error.Code, Is.EqualTo("conflict"));
            Assert.That(error.ErrorMessage, Is.EqualTo("A role like it exists"));
            Assert.That(error.DetailDataType, Is.EqualTo("role#1.0.0"));
            Assert.That(error.Detail!.Value.GetProperty("id").GetString(), Is.EqualTo("r-1"));
            Assert.That(error.Message, Does.Contain("409").And.Contain("/api/roles"));
        });
    }

    [Test]
    public void An_error_with_text_detail_has_no_detail_data_type()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(403, """{"code": "permission_denied", "detail": "no role"}"""));

        var error = Assert.ThrowsAsync<GCSApiException>(() => NewClient().GetStorageGatewayListAsync())!;

        Assert.That(error.Detail!.Value.GetString(), Is.EqualTo("no role"));
        Assert.That(error.DetailDataType, Is.Null);
    }

    [Test]
    public void An_error_of_an_unpacking_operation_is_a_GCSApiException_too()
    {
        Server.AnswerInTurn(ScriptedAnswers.Status(404, """{"code": "not_found"}"""));

        var error = Assert.ThrowsAsync<GCSApiException>(() => NewClient().GetUserCredentialAsync(CredentialId))!;

        Assert.That(error.Code, Is.EqualTo("not_found"));
    }

    private static IEnumerable<TestCaseData> BadArguments()
    {
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.GetCollectionAsync("")), "collectionId").SetName("GetCollection_with_an_empty_id");
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.GetCollectionAsync("..")), "collectionId").SetName("GetCollection_with_a_dot_segment_id");
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.DeleteRoleAsync(" ")), "roleId").SetName("DeleteRole_with_a_blank_id");
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.UpdateUserCredentialAsync("", new UserCredentialDocument())), "userCredentialId").SetName("UpdateUserCredential_with_an_empty_id");
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.CreateCollectionAsync(null!)), "collectionData").SetName("CreateCollection_without_a_document");
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.UpdateEndpointAsync(null!)), "endpointData").SetName("UpdateEndpoint_without_a_document");
        yield return new TestCaseData((Func<GCSClient, Task>)(c => c.CreateStorageGatewayAsync(null!)), "data").SetName("CreateStorageGateway_without_a_document");
    }

    [TestCaseSource(nameof(BadArguments))]
    public void A_bad_argument_is_refused_before_any_request(Func<GCSClient, Task> call, string parameter)
    {
        var error = Assert.CatchAsync<ArgumentException>(() => call(NewClient()))!;

        Assert.That(error.ParamName, Is.EqualTo(parameter));
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
