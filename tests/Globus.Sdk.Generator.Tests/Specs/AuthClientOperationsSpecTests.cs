using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>The facts of <c>AuthClient</c>'s operations in <c>specs/auth.yaml</c> that the Python SDK pins down.</summary>
public class AuthClientOperationsSpecTests
{
    private static readonly Lazy<SpecDocument> Auth = new(() => SpecDocument.Load(RepositoryFiles.PathOf("specs", "auth.yaml")));

    private static Operation Op(string id) => Auth.Value.Operations().Single(o => o.Id == id);

    private static JsonObject Parameter(string id, string name) =>
        Op(id).Parameters().Single(p => p["name"].AsString() == name);

    [Test]
    public void It_has_AuthClients_operations_of_the_4_9_table_but_get_jwk()
    {
        var expected = new Dictionary<string, string>
        {
            ["get_openid_configuration"] = "GET /.well-known/openid-configuration",
            ["userinfo"] = "GET /v2/oauth2/userinfo",
            ["get_identities"] = "GET /v2/api/identities",
            ["get_identity_providers"] = "GET /v2/api/identity_providers",
            ["get_project"] = "GET /v2/api/projects/{project_id}",
            ["get_projects"] = "GET /v2/api/projects",
            ["create_project"] = "POST /v2/api/projects",
            ["update_project"] = "PUT /v2/api/projects/{project_id}",
            ["delete_project"] = "DELETE /v2/api/projects/{project_id}",
            ["get_policy"] = "GET /v2/api/policies/{policy_id}",
            ["get_policies"] = "GET /v2/api/policies",
            ["create_policy"] = "POST /v2/api/policies",
            ["update_policy"] = "PUT /v2/api/policies/{policy_id}",
            ["delete_policy"] = "DELETE /v2/api/policies/{policy_id}",
            ["get_client"] = "GET /v2/api/clients/{client_id}",
            ["get_clients"] = "GET /v2/api/clients",
            ["create_client"] = "POST /v2/api/clients",
            ["update_client"] = "PUT /v2/api/clients/{client_id}",
            ["delete_client"] = "DELETE /v2/api/clients/{client_id}",
            ["get_client_credentials"] = "GET /v2/api/clients/{client_id}/credentials",
            ["create_client_credential"] = "POST /v2/api/clients/{client_id}/credentials",
            ["delete_client_credential"] = "DELETE /v2/api/clients/{client_id}/credentials/{credential_id}",
            ["get_scope"] = "GET /v2/api/scopes/{scope_id}",
            ["get_scopes"] = "GET /v2/api/scopes",
            ["create_scope"] = "POST /v2/api/clients/{client_id}/scopes",
            ["update_scope"] = "PUT /v2/api/scopes/{scope_id}",
            ["delete_scope"] = "DELETE /v2/api/scopes/{scope_id}",
            ["get_consents"] = "GET /v2/api/identities/{identity_id}/consents",
        };
        var actual = Auth.Value.Operations().ToDictionary(o => o.Id!, o => $"{o.Method.ToUpperInvariant()} {o.Template}");
        Assert.That(expected, Is.SubsetOf(actual));
    }

    [TestCase("create_project", "project")]
    [TestCase("update_project", "project")]
    [TestCase("create_policy", "policy")]
    [TestCase("update_policy", "policy")]
    [TestCase("create_client", "client")]
    [TestCase("update_client", "client")]
    [TestCase("create_client_credential", "credential")]
    [TestCase("create_scope", "scope")]
    [TestCase("update_scope", "scope")]
    public void Built_bodies_are_wrapped_in_the_resource_name(string id, string wrapper) =>
        Assert.That(Op(id).RequestBody!["x-globus-body"]!["wrapper"].AsString(), Is.EqualTo(wrapper));

    [Test]
    public void Booleans_and_lists_in_the_query_are_sent_as_Python_sends_them()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parameter("get_identities", "provision")["x-globus-encoding"].AsString(), Is.EqualTo("true|false"));
            Assert.That(Parameter("get_consents", "all")["x-globus-encoding"].AsString(), Is.EqualTo("True|False"));
            Assert.That(Parameter("get_consents", "all")["schema"]!["default"].AsBool(), Is.False);
            foreach (var (id, name) in new[] { ("get_identities", "usernames"), ("get_identities", "ids"), ("get_identity_providers", "domains"),
                         ("get_identity_providers", "ids"), ("get_scopes", "scope_strings"), ("get_scopes", "ids") })
            {
                Assert.That(Parameter(id, name)["explode"].AsBool(), Is.False, $"{id} {name} is comma-joined");
            }
        });
    }

    [Test]
    public void The_operations_with_checks_across_arguments_are_hand_written() =>
        Assert.That(Auth.Value.Operations().Where(o => o.Node["x-globus-hand-written"].AsBool() == true).Select(o => o.Id),
            Is.SupersetOf(new[] { "get_identities", "get_identity_providers", "get_client", "create_client", "update_client", "get_scopes" }));

    [Test]
    public void A_credentials_secret_is_marked_secret() =>
        Assert.That(Auth.Value.Root["components"]!["schemas"]!["ClientCredential"]!["properties"]!["secret"]!["x-globus-secret"].AsBool(), Is.True);

    [Test]
    public void The_openid_scope_constant_is_named_OpenId() =>
        Assert.That(Auth.Value.Root["components"]!["securitySchemes"]!["globus_auth"]!["x-globus-csharp-name"]!["openid"].AsString(), Is.EqualTo("OpenId"));
}
