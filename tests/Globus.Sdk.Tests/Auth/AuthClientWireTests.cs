using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// Every AuthClient operation of specs/auth.yaml as it goes on the wire (method, path, query, body),
/// the typed answers, and the cross-argument checks the Python SDK makes before any request.
/// </summary>
public class AuthClientWireTests : WireMockTestBase
{
    private const string Id1 = "46bd0f56-e24f-11e5-a510-131bef46955c";
    private const string Id2 = "ae341a98-d274-11e5-b888-dbae3a8ba545";
    private const string Answer = """{"ok": true}""";

    private static TestCaseData Case(
        string name, Func<AuthClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body = null) =>
        new TestCaseData(call, method, pathAndQuery, body).SetName($"{name}_is_one_{method}_of_its_path_query_and_body");

    private static async Task<GlobusResponse> Typed<T>(Task<GlobusResponse<T>> call) => await call;

#pragma warning disable GLOBUS100 // v3.0's name is still on the wire
    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("UserInfo", c => Typed(c.UserInfoAsync()), "GET", "/v2/oauth2/userinfo");
        yield return Case("OAuth2UserInfo", c => Typed(c.OAuth2UserInfoAsync()), "GET", "/v2/oauth2/userinfo");
        yield return Case("GetIdentities_usernames", c => Typed(c.GetIdentitiesAsync(usernames: ["a@x.org", "b@y.org"])), "GET",
            "/v2/api/identities?usernames=a%40x.org%2Cb%40y.org&provision=false");
        yield return Case("GetIdentities_provision", c => Typed(c.GetIdentitiesAsync(usernames: ["a@x.org"], provision: true)), "GET",
            "/v2/api/identities?usernames=a%40x.org&provision=true");
        yield return Case("GetIdentities_ids", c => Typed(c.GetIdentitiesAsync(ids: [Id1, Id2], provision: true, queryParams: [new("extra", "1")])), "GET",
            $"/v2/api/identities?ids={Id1}%2C{Id2}&extra=1");
        yield return Case("GetIdentityProviders_domains", c => Typed(c.GetIdentityProvidersAsync(domains: ["globusid.org", "uchicago.edu"])), "GET",
            "/v2/api/identity_providers?domains=globusid.org%2Cuchicago.edu");
        yield return Case("GetIdentityProviders_ids", c => Typed(c.GetIdentityProvidersAsync(ids: [Id1])), "GET", $"/v2/api/identity_providers?ids={Id1}");
        yield return Case("GetProjects", c => Typed(c.GetProjectsAsync()), "GET", "/v2/api/projects");
        yield return Case("GetProject", c => Typed(c.GetProjectAsync("p1")), "GET", "/v2/api/projects/p1");
        yield return Case("CreateProject", c => Typed(c.CreateProjectAsync("Ocean", "o@x.org", adminIds: [Id1])), "POST", "/v2/api/projects",
            $$$"""{"project": {"display_name": "Ocean", "contact_email": "o@x.org", "admin_ids": ["{{{Id1}}}"]}}""");
        yield return Case("UpdateProject", c => Typed(c.UpdateProjectAsync("p1", displayName: "Ocean 2", adminGroupIds: ["g1"])), "PUT", "/v2/api/projects/p1",
            """{"project": {"display_name": "Ocean 2", "admin_group_ids": ["g1"]}}""");
        yield return Case("DeleteProject", c => Typed(c.DeleteProjectAsync("p1")), "DELETE", "/v2/api/projects/p1");
        yield return Case("GetPolicies", c => Typed(c.GetPoliciesAsync()), "GET", "/v2/api/policies");
        yield return Case("GetPolicy", c => Typed(c.GetPolicyAsync("pol1")), "GET", "/v2/api/policies/pol1");
        yield return Case("CreatePolicy", c => Typed(c.CreatePolicyAsync("p1", "Staff", "Staff only", highAssurance: true, authenticationAssuranceTimeout: 3600,
                domainConstraintsInclude: ["example.org"])), "POST", "/v2/api/policies",
            """{"policy": {"project_id": "p1", "display_name": "Staff", "description": "Staff only", "high_assurance": true, "authentication_assurance_timeout": 3600, "domain_constraints_include": ["example.org"]}}""");
        yield return Case("UpdatePolicy", c => Typed(c.UpdatePolicyAsync("pol1", requiredMfa: false)), "PUT", "/v2/api/policies/pol1",
            """{"policy": {"required_mfa": false}}""");
        yield return Case("DeletePolicy", c => Typed(c.DeletePolicyAsync("pol1")), "DELETE", "/v2/api/policies/pol1");
        yield return Case("GetClients", c => Typed(c.GetClientsAsync()), "GET", "/v2/api/clients");
        yield return Case("GetClient_by_id", c => Typed(c.GetClientAsync(clientId: "c1")), "GET", "/v2/api/clients/c1");
        yield return Case("GetClient_by_fqdn", c => Typed(c.GetClientAsync(fqdn: "portal.example.org")), "GET", "/v2/api/clients?fqdn=portal.example.org");
        yield return Case("CreateClient", c => Typed(c.CreateClientAsync("Portal", "p1", clientType: "confidential_client", redirectUris: ["https://x.org/cb"],
                termsAndConditions: "https://x.org/tos", privacyPolicy: "https://x.org/privacy", additionalFields: [new("prompt_for_named_grant", true)])),
            "POST", "/v2/api/clients",
            """{"client": {"name": "Portal", "project": "p1", "client_type": "confidential_client", "redirect_uris": ["https://x.org/cb"], "links": {"terms_and_conditions": "https://x.org/tos", "privacy_policy": "https://x.org/privacy"}, "prompt_for_named_grant": true}}""");
        yield return Case("CreateClient_public", c => Typed(c.CreateClientAsync("App", "p1", publicClient: true)), "POST", "/v2/api/clients",
            """{"client": {"name": "App", "project": "p1", "public_client": true}}""");
        yield return Case("UpdateClient", c => Typed(c.UpdateClientAsync("c1", visibility: "public")), "PUT", "/v2/api/clients/c1",
            """{"client": {"visibility": "public"}}""");
        // Python 4.9: update_client(c1, name=..., visibility=..., redirect_uris=..., terms_and_conditions=..., privacy_policy=...,
        // required_idp=..., preselect_idp=..., additional_fields={"name": "Renamed", "prompt_for_named_grant": False}):
        // body.update(additional_fields) replaces "name" and adds the other field.
        yield return Case("UpdateClient_with_every_argument_as_Python_4_9", c => Typed(c.UpdateClientAsync("c1", name: "Portal", visibility: "private",
                redirectUris: ["https://x.org/cb"], termsAndConditions: "https://x.org/tos", privacyPolicy: "https://x.org/privacy", requiredIdp: Id1,
                preselectIdp: Id2, additionalFields: [new("name", "Renamed"), new("prompt_for_named_grant", false)])),
            "PUT", "/v2/api/clients/c1",
            $$$"""{"client": {"name": "Renamed", "visibility": "private", "redirect_uris": ["https://x.org/cb"], "required_idp": "{{{Id1}}}", "preselect_idp": "{{{Id2}}}", "links": {"terms_and_conditions": "https://x.org/tos", "privacy_policy": "https://x.org/privacy"}, "prompt_for_named_grant": false}}""");
        // Python 4.9: update_client(c1, name="Portal 2", required_idp=None) sends the null, which clears the field.
        yield return Case("UpdateClient_with_a_request_model_sends_a_property_set_to_null", c => Typed(c.UpdateClientAsync("c1",
                new ClientUpdate { Name = "Portal 2", RequiredIdp = null })),
            "PUT", "/v2/api/clients/c1", """{"client": {"name": "Portal 2", "required_idp": null}}""");
        yield return Case("UpdateClient_from_JSON_keeps_every_field", c => Typed(c.UpdateClientAsync("c1",
                ClientUpdate.FromJson("""{"preselect_idp": null, "new_flag": {"on": [1, null]}}"""))),
            "PUT", "/v2/api/clients/c1", """{"client": {"preselect_idp": null, "new_flag": {"on": [1, null]}}}""");
        yield return Case("DeleteClient", c => Typed(c.DeleteClientAsync("c1")), "DELETE", "/v2/api/clients/c1");
        yield return Case("GetClientCredentials", c => Typed(c.GetClientCredentialsAsync("c1")), "GET", "/v2/api/clients/c1/credentials");
        yield return Case("CreateClientCredential", c => Typed(c.CreateClientCredentialAsync("c1", "prod")), "POST", "/v2/api/clients/c1/credentials",
            """{"credential": {"name": "prod"}}""");
        yield return Case("DeleteClientCredential", c => Typed(c.DeleteClientCredentialAsync("c1", "cred1")), "DELETE", "/v2/api/clients/c1/credentials/cred1");
        yield return Case("GetScopes", c => Typed(c.GetScopesAsync(scopeStrings: ["openid", "email"])), "GET", "/v2/api/scopes?scope_strings=openid%2Cemail");
        yield return Case("GetScopes_ids", c => Typed(c.GetScopesAsync(ids: ["s1", "s2"])), "GET", "/v2/api/scopes?ids=s1%2Cs2");
        yield return Case("GetScope", c => Typed(c.GetScopeAsync("s1")), "GET", "/v2/api/scopes/s1");
        yield return Case("CreateScope", c => Typed(c.CreateScopeAsync("c1", "Data", "Read data", "data",
                dependentScopes: [new DependentScopeSpec { Scope = "s0", Optional = false, RequiresRefreshToken = true }], allowsRefreshToken: true)),
            "POST", "/v2/api/clients/c1/scopes",
            """{"scope": {"name": "Data", "description": "Read data", "scope_suffix": "data", "dependent_scopes": [{"scope": "s0", "optional": false, "requires_refresh_token": true}], "allows_refresh_token": true}}""");
        yield return Case("UpdateScope", c => Typed(c.UpdateScopeAsync("s1", advertised: true)), "PUT", "/v2/api/scopes/s1",
            """{"scope": {"advertised": true}}""");
        yield return Case("UpdateScope_with_a_request_model", c => Typed(c.UpdateScopeAsync("s1", new ScopeUpdate
            {
                Advertised = true, RequiredDomains = null, DependentScopes = [new DependentScopeSpec { Scope = "s0", Optional = null }],
            })),
            "PUT", "/v2/api/scopes/s1",
            """{"scope": {"required_domains": null, "dependent_scopes": [{"scope": "s0", "optional": null}], "advertised": true}}""");
        yield return Case("CreateProject_with_a_request_model", c => Typed(c.CreateProjectAsync(new ProjectCreate { DisplayName = "Ocean", ContactEmail = "o@x.org" })),
            "POST", "/v2/api/projects", """{"project": {"display_name": "Ocean", "contact_email": "o@x.org"}}""");
        yield return Case("UpdatePolicy_with_a_request_model", c => Typed(c.UpdatePolicyAsync("pol1", new PolicyUpdate { Description = null, RequiredMfa = true })),
            "PUT", "/v2/api/policies/pol1", """{"policy": {"required_mfa": true, "description": null}}""");
        yield return Case("DeleteScope", c => Typed(c.DeleteScopeAsync("s1")), "DELETE", "/v2/api/scopes/s1");
        yield return Case("GetConsents", c => Typed(c.GetConsentsAsync(Id1)), "GET", $"/v2/api/identities/{Id1}/consents?all=False");
        yield return Case("GetConsents_all", c => Typed(c.GetConsentsAsync(Id1, all: true)), "GET", $"/v2/api/identities/{Id1}/consents?all=True");
    }
#pragma warning restore GLOBUS100

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_sends_one_exact_request(Func<AuthClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Answer));
        var recorder = new RecordingHandler();
        var client = new AuthClient(new AccessTokenAuthorizer("auth-token"), Options(o => o.HttpMessageHandler = recorder));

        var response = await call(client);

        ExactRequestAssertions.AssertExactRequest(SingleRequest, recorder, method, pathAndQuery, body, "auth-token");
        Assert.That(response.HttpStatus, Is.EqualTo(200));
    }

    private AuthClient Answering(string json)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
        return new AuthClient(options: Options());
    }

    [Test]
    public async Task Identities_are_typed_and_enumerable()
    {
        var client = Answering($$"""
            {"identities": [
              {"id": "{{Id1}}", "username": "ada@globusid.org", "name": "Ada", "email": null, "status": "used", "new_field": 1},
              {"id": "{{Id2}}", "username": "grace@uchicago.edu", "organization": "UChicago"}]}
            """);

        var identities = (await client.GetIdentitiesAsync(usernames: ["ada@globusid.org", "grace@uchicago.edu"])).Value;

        Assert.That(identities.Select(i => i.Username), Is.EqualTo(new[] { "ada@globusid.org", "grace@uchicago.edu" }));
        Assert.That(identities.First().Id, Is.EqualTo(Id1));
        Assert.That(identities.First().Email, Is.Null);
        Assert.That(identities.First().AdditionalProperties.ContainsKey("new_field"), Is.True);
        Assert.That(identities.Last().Organization, Is.EqualTo("UChicago"));
    }

    [Test]
    public async Task Identity_providers_projects_policies_clients_scopes_and_consents_are_typed()
    {
        var client = Answering("""
            {"identity_providers": [{"id": "i1", "name": "Globus ID", "domains": ["globusid.org"]}],
             "projects": [{"id": "p1", "display_name": "Ocean", "admin_ids": ["a"]}],
             "policies": [{"id": "pol1", "high_assurance": true, "authentication_assurance_timeout": 3600}],
             "clients": [{"id": "c1", "name": "Portal", "public_client": false, "redirect_uris": ["https://x.org/cb"]}],
             "credentials": [{"id": "cred1", "name": "prod", "client": "c1"}],
             "scopes": [{"id": "s1", "scope_string": "https://auth.globus.org/scopes/c1/data", "dependent_scopes": [{"scope": "s0", "optional": true, "requires_refresh_token": false}]}],
             "consents": [{"id": 142632, "scope_name": "urn:globus:auth:scope:transfer.api.globus.org:all", "dependency_path": [142632], "status": "approved"}]}
            """);

        Assert.That((await client.GetIdentityProvidersAsync(domains: ["globusid.org"])).Value.Single().Domains, Is.EqualTo(new[] { "globusid.org" }));
        Assert.That((await client.GetProjectsAsync()).Value.Single().AdminIds, Is.EqualTo(new[] { "a" }));
        var policy = (await client.GetPoliciesAsync()).Value.Single();
        Assert.That((policy.HighAssurance, policy.AuthenticationAssuranceTimeout), Is.EqualTo((true, 3600)));
        var authClient = (await client.GetClientsAsync()).Value.Single();
        Assert.That((authClient.Name, authClient.PublicClient), Is.EqualTo(("Portal", false)));
        Assert.That((await client.GetClientCredentialsAsync("c1")).Value.Single().Client, Is.EqualTo("c1"));
        var scope = (await client.GetScopesAsync()).Value.Single();
        Assert.That(scope.DependentScopes!.Single().Optional, Is.True);
        var consent = (await client.GetConsentsAsync(Id1)).Value.Single();
        Assert.That((consent.Id, consent.DependencyPath!.Single()), Is.EqualTo((142632L, 142632L)));
    }

    [Test]
    public async Task Single_documents_are_unwrapped_into_typed_properties()
    {
        var client = Answering("""
            {"project": {"id": "p1", "display_name": "Ocean"}, "policy": {"id": "pol1"}, "client": {"id": "c1", "name": "Portal"},
             "scope": {"id": "s1", "scope_string": "x"}, "sub": "u1", "preferred_username": "ada@globusid.org"}
            """);

        Assert.That((await client.GetProjectAsync("p1")).Value.Project!.DisplayName, Is.EqualTo("Ocean"));
        Assert.That((await client.GetPolicyAsync("pol1")).Value.Policy!.Id, Is.EqualTo("pol1"));
        Assert.That((await client.GetClientAsync(fqdn: "x.org")).Value.Client!.Name, Is.EqualTo("Portal"));
        Assert.That((await client.GetScopeAsync("s1")).Value.Scope!.ScopeString, Is.EqualTo("x"));
        Assert.That((await client.UserInfoAsync()).Value.PreferredUsername, Is.EqualTo("ada@globusid.org"));
    }

    [Test]
    public async Task A_new_credentials_secret_is_typed_but_never_printed()
    {
        var client = Answering("""{"credential": {"id": "cred1", "name": "prod", "secret": "s3cr3t-value"}}""");

        var credential = (await client.CreateClientCredentialAsync("c1", "prod")).Value.Credential!;

        Assert.That(credential.Secret, Is.EqualTo("s3cr3t-value"));
        Assert.That(credential.ToString(), Does.Not.Contain("s3cr3t-value"));
    }

    private static IEnumerable<TestCaseData> Misuses()
    {
        TestCaseData Misuse(string name, Func<AuthClient, Task> call) => new TestCaseData(call).SetName($"{name}_is_refused_before_any_request");
        yield return Misuse("GetIdentityProviders_with_domains_and_ids", c => c.GetIdentityProvidersAsync(domains: ["x.org"], ids: ["i1"]));
        yield return Misuse("GetClient_with_clientId_and_fqdn", c => c.GetClientAsync(clientId: "c1", fqdn: "x.org"));
        yield return Misuse("GetClient_with_neither", c => c.GetClientAsync());
        yield return Misuse("CreateClient_with_publicClient_and_clientType", c => c.CreateClientAsync("n", "p", publicClient: true, clientType: "confidential_client"));
        yield return Misuse("CreateClient_with_neither_publicClient_nor_clientType", c => c.CreateClientAsync("n", "p"));
        yield return Misuse("CreateClient_with_terms_only", c => c.CreateClientAsync("n", "p", publicClient: true, termsAndConditions: "https://x.org/tos"));
        yield return Misuse("CreateClient_with_privacy_policy_only", c => c.CreateClientAsync("n", "p", publicClient: true, privacyPolicy: "https://x.org/p"));
        yield return Misuse("UpdateClient_with_terms_only", c => c.UpdateClientAsync("c1", termsAndConditions: "https://x.org/tos"));
        yield return Misuse("GetScopes_with_scopeStrings_and_ids", c => c.GetScopesAsync(scopeStrings: ["openid"], ids: ["s1"]));
    }

    [TestCaseSource(nameof(Misuses))]
    public void Cross_argument_misuse(Func<AuthClient, Task> call)
    {
        var client = new AuthClient(options: Options());

        Assert.ThrowsAsync<GlobusSdkUsageException>(() => call(client));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void Single_bad_arguments_name_themselves_before_any_request()
    {
        var client = new AuthClient(options: Options());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateClientAsync(null!, "p", publicClient: true))!.ParamName, Is.EqualTo("name"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.CreateClientAsync(" ", "p", publicClient: true))!.ParamName, Is.EqualTo("name"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.CreateClientAsync("n", "", publicClient: true))!.ParamName, Is.EqualTo("project"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.GetClientAsync(clientId: " "))!.ParamName, Is.EqualTo("clientId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.GetClientAsync(fqdn: ""))!.ParamName, Is.EqualTo("fqdn"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.UpdateClientAsync(" "))!.ParamName, Is.EqualTo("clientId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.GetProjectAsync(""))!.ParamName, Is.EqualTo("projectId"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void The_scopes_class_names_the_auth_scopes()
    {
        Assert.That(AuthScopes.ResourceServer, Is.EqualTo("auth.globus.org"));
        Assert.That(AuthScopes.OpenId, Is.EqualTo("openid"), "named by the scheme's x-globus-csharp-name, not Openid");
        Assert.That(AuthScopes.DefaultScopes, Is.EqualTo(new[] { AuthScopes.OpenId, AuthScopes.Profile, AuthScopes.Email }));
        Assert.That(AuthScopes.ManageProjects, Is.EqualTo("urn:globus:auth:scope:auth.globus.org:manage_projects"));
        Assert.That(AuthScopes.ViewIdentities, Is.EqualTo("urn:globus:auth:scope:auth.globus.org:view_identities"));
    }
}
