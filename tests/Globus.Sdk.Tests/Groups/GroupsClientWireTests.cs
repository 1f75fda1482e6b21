using Globus.Sdk.Authorizers;
using Globus.Sdk.Groups;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Groups;

/// <summary>
/// Every operation of specs/groups.yaml (Python 4.9's GroupsClient), as it goes on the wire: one request
/// with the exact method, path, query and JSON body, the caller's token, and the typed answer handed back.
/// </summary>
public class GroupsClientWireTests : WireMockTestBase
{
    private const string GroupId = "d3974728-6458-11e4-b72d-123139141556";
    private const string IdentityId = "ae332d86-d274-11e5-b885-b31714a110e9";
    private const string SubscriptionId = "964be8f5-5f9b-11e4-b64e-12313940394d";

    private const string GroupJson = """
        {"name": "Rough Riders", "description": "No stairs allowed.", "parent_id": null, "id": "d3974728-6458-11e4-b72d-123139141556",
         "group_type": "plus", "enforce_session": false, "session_limit": 28800, "session_timeouts": {},
         "my_memberships": [{"group_id": "d3974728-6458-11e4-b72d-123139141556", "identity_id": "ae332d86-d274-11e5-b885-b31714a110e9",
                             "username": "claptrap@globus.org", "role": "admin", "status": "active", "membership_fields": {"institution": "UChicago"}}],
         "policies": {"group_visibility": "private", "group_members_visibility": "managers", "signup_fields": ["address1"]},
         "subscription_id": null, "subscription_info": null, "future_field": 1}
        """;

    private const string PoliciesJson = """
        {"is_high_assurance": false, "authentication_assurance_timeout": 28800, "group_visibility": "authenticated",
         "group_members_visibility": "members", "join_requests": true, "signup_fields": ["address1", "zip"]}
        """;

    private const string BatchResultJson = """
        {"add": [{"group_id": "d3974728-6458-11e4-b72d-123139141556", "identity_id": "ae332d86-d274-11e5-b885-b31714a110e9",
                  "username": "sirosen@globusid.org", "role": "manager", "status": "active"}],
         "errors": {"invite": [{"identity_id": "c699d42e-d274-11e5-bf75-1fc5bf53bb24", "code": "MEMBERSHIP_EXISTS", "detail": "Already a member."}]}}
        """;

    private static TestCaseData Case(
        string name, Func<GroupsClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body,
        string answer, Action<GlobusResponse> check) =>
        new TestCaseData(call, method, pathAndQuery, body, answer, check).SetName($"{name}_is_one_{method}_of_its_path_query_and_body_with_a_typed_answer");

    private static async Task<GlobusResponse> Typed<T>(Task<GlobusResponse<T>> call) => await call;

    private static T ValueOf<T>(GlobusResponse response) => ((GlobusResponse<T>)response).Value;

    private static void IsTheGroup(GlobusResponse response)
    {
        var group = ValueOf<Group>(response);
        Assert.Multiple(() =>
        {
            Assert.That(group.Id, Is.EqualTo(GroupId));
            Assert.That(group.GroupType, Is.EqualTo(GroupType.Plus));
            Assert.That(group.ParentId, Is.Null);
            Assert.That(group.MyMemberships![0].Role, Is.EqualTo(GroupRole.Admin));
            Assert.That(group.MyMemberships[0].Status, Is.EqualTo(MembershipStatus.Active));
            Assert.That(group.MyMemberships[0].MembershipFields!.Institution, Is.EqualTo("UChicago"));
            Assert.That(group.Policies!.GroupVisibility, Is.EqualTo(GroupVisibility.Private));
            Assert.That(group.Policies.GroupMembersVisibility, Is.EqualTo(GroupMemberVisibility.Managers));
            Assert.That(group.AdditionalProperties.Keys, Is.EqualTo(new[] { "future_field" }));
        });
    }

    private static void IsThePolicies(GlobusResponse response)
    {
        var policies = ValueOf<GroupPolicySettings>(response);
        Assert.That(policies.GroupVisibility, Is.EqualTo(GroupVisibility.Authenticated));
        Assert.That(policies.JoinRequests, Is.True);
        Assert.That(policies.AuthenticationAssuranceTimeout, Is.EqualTo(28800));
        Assert.That(policies.SignupFields, Is.EqualTo(new[] { "address1", "zip" }));
    }

    private static IEnumerable<TestCaseData> Operations()
    {
        yield return Case("GetMyGroups", c => Typed(c.GetMyGroupsAsync()), "GET", "/v2/groups/my_groups", null,
            $"[{GroupJson}, {{\"name\": \"duke\", \"id\": \"7c580b9a-4592-11e3-a2a0-12313d2d6e7f\", \"parent_id\": \"{GroupId}\"}}]",
            r =>
            {
                var groups = ValueOf<IReadOnlyList<Group>>(r);
                Assert.That(groups.Select(g => g.Name), Is.EqualTo(new[] { "Rough Riders", "duke" }));
                Assert.That(groups[1].ParentId, Is.EqualTo(GroupId));
            });
        // Python: {"statuses": commajoin(statuses), **query_params}.
        yield return Case("GetMyGroups_with_statuses_and_query_params", c => Typed(c.GetMyGroupsAsync(["active", "invited"], [new("extra", "1")])),
            "GET", "/v2/groups/my_groups?statuses=active%2Cinvited&extra=1", null, "[]",
            r => Assert.That(ValueOf<IReadOnlyList<Group>>(r), Is.Empty));
        yield return Case("GetGroup", c => Typed(c.GetGroupAsync(GroupId)), "GET", $"/v2/groups/{GroupId}", null, GroupJson, IsTheGroup);
        yield return Case("GetGroup_with_include", c => Typed(c.GetGroupAsync(GroupId, include: ["memberships", "policies"])),
            "GET", $"/v2/groups/{GroupId}?include=memberships%2Cpolicies", null, GroupJson, IsTheGroup);
        yield return Case("GetGroupBySubscriptionId", c => Typed(c.GetGroupBySubscriptionIdAsync(SubscriptionId)),
            "GET", $"/v2/subscription_info/{SubscriptionId}", null,
            $$$"""{"subscription_info": {"is_high_assurance": true, "is_baa": false, "connectors": {}}, "group_id": "{{{GroupId}}}", "subscription_id": "{{{SubscriptionId}}}"}""",
            r =>
            {
                var found = ValueOf<GroupSubscription>(r);
                Assert.That(found.GroupId, Is.EqualTo(GroupId));
                Assert.That(found.SubscriptionInfo!.IsHighAssurance, Is.True);
                Assert.That(found.SubscriptionInfo.Name, Is.Null);
            });
        yield return Case("DeleteGroup", c => Typed(c.DeleteGroupAsync(GroupId, queryParams: [new("x", "y")])), "DELETE", $"/v2/groups/{GroupId}?x=y", null,
            GroupJson, IsTheGroup);
        yield return Case("CreateGroup", c => Typed(c.CreateGroupAsync(new GroupCreate { Name = "Rough Riders", Description = "No stairs allowed." })),
            "POST", "/v2/groups", """{"name": "Rough Riders", "description": "No stairs allowed."}""", GroupJson, IsTheGroup);
        yield return Case("CreateGroup_from_JSON_keeps_every_field", c => Typed(c.CreateGroupAsync(GroupCreate.FromJson("""{"name": "n", "parent_id": null, "extra": [1]}"""))),
            "POST", "/v2/groups", """{"name": "n", "parent_id": null, "extra": [1]}""", GroupJson, IsTheGroup);
        yield return Case("UpdateGroup", c => Typed(c.UpdateGroupAsync(GroupId, new GroupUpdate { Description = "Stairs discouraged.", SubscriptionAdminVerifiedId = null })),
            "PUT", $"/v2/groups/{GroupId}", """{"description": "Stairs discouraged.", "subscription_admin_verified_id": null}""", GroupJson, IsTheGroup);
        yield return Case("GetGroupPolicies", c => Typed(c.GetGroupPoliciesAsync(GroupId)), "GET", $"/v2/groups/{GroupId}/policies", null,
            PoliciesJson, IsThePolicies);
        yield return Case("SetGroupPolicies", c => Typed(c.SetGroupPoliciesAsync(GroupId, new GroupPolicies(
                false, GroupVisibility.Authenticated, GroupMemberVisibility.Members, true, [GroupRequiredSignupFields.Address1, GroupRequiredSignupFields.Zip]))),
            "PUT", $"/v2/groups/{GroupId}/policies",
            """{"is_high_assurance": false, "group_visibility": "authenticated", "group_members_visibility": "members", "join_requests": true, "signup_fields": ["address1", "zip"]}""",
            PoliciesJson, IsThePolicies);
        yield return Case("GetIdentityPreferences", c => Typed(c.GetIdentityPreferencesAsync()), "GET", "/v2/preferences", null,
            $$$"""{"{{{IdentityId}}}": {"allow_add": true}, "ae341a98-d274-11e5-b888-dbae3a8ba545": {"allow_add": false}}""",
            r =>
            {
                var preferences = ValueOf<IReadOnlyDictionary<string, IdentityPreferences>>(r);
                Assert.That(preferences.Keys, Is.EquivalentTo(new[] { IdentityId, "ae341a98-d274-11e5-b888-dbae3a8ba545" }));
                Assert.That(preferences[IdentityId].AllowAdd, Is.True);
                Assert.That(preferences["ae341a98-d274-11e5-b888-dbae3a8ba545"].AllowAdd, Is.False);
            });
        yield return Case("SetIdentityPreferences", c => Typed(c.SetIdentityPreferencesAsync(
                new Dictionary<string, IdentityPreferences> { [IdentityId] = new() { AllowAdd = false } })),
            "PUT", "/v2/preferences", $$$"""{"{{{IdentityId}}}": {"allow_add": false}}""",
            $$$"""{"{{{IdentityId}}}": {"allow_add": false}}""",
            r => Assert.That(ValueOf<IReadOnlyDictionary<string, IdentityPreferences>>(r)[IdentityId].AllowAdd, Is.False));
        yield return Case("GetMembershipFields", c => Typed(c.GetMembershipFieldsAsync(GroupId)), "GET", $"/v2/groups/{GroupId}/membership_fields", null,
            $$$"""{"{{{IdentityId}}}": {"institution": "UChicago", "department": "CS"}}""",
            r =>
            {
                var fields = ValueOf<IReadOnlyDictionary<string, MembershipFields>>(r)[IdentityId];
                Assert.That((fields.Institution, fields.Department, fields.Zip), Is.EqualTo(("UChicago", "CS", (string?)null)));
            });
        yield return Case("SetMembershipFields", c => Typed(c.SetMembershipFieldsAsync(GroupId,
                new Dictionary<string, MembershipFields> { [IdentityId] = new() { Institution = "UChicago" } })),
            "PUT", $"/v2/groups/{GroupId}/membership_fields", $$$"""{"{{{IdentityId}}}": {"institution": "UChicago"}}""",
            $$$"""{"{{{IdentityId}}}": {"institution": "UChicago"}}""",
            r => Assert.That(ValueOf<IReadOnlyDictionary<string, MembershipFields>>(r)[IdentityId].Institution, Is.EqualTo("UChicago")));
        yield return Case("BatchMembershipAction", c => Typed(c.BatchMembershipActionAsync(GroupId,
                new BatchMembershipActions().AddMembers([IdentityId], GroupRole.Manager).InviteMembers(["c699d42e-d274-11e5-bf75-1fc5bf53bb24"]))),
            "POST", $"/v2/groups/{GroupId}",
            $$"""{"add": [{"identity_id": "{{IdentityId}}", "role": "manager"}], "invite": [{"identity_id": "c699d42e-d274-11e5-bf75-1fc5bf53bb24", "role": "member"}]}""",
            BatchResultJson,
            r =>
            {
                var result = ValueOf<BatchMembershipActionResult>(r);
                Assert.That(result.Add![0].Role, Is.EqualTo(GroupRole.Manager));
                Assert.That(result.Invite, Is.Null);
                Assert.That(result.Errors!.Invite![0].Code, Is.EqualTo("MEMBERSHIP_EXISTS"));
            });
        yield return Case("SetSubscriptionAdminVerified", c => Typed(c.SetSubscriptionAdminVerifiedAsync(GroupId, SubscriptionId)),
            "PUT", $"/v2/groups/{GroupId}/subscription_admin_verified", $$"""{"subscription_admin_verified_id": "{{SubscriptionId}}"}""",
            $$"""{"group_id": "{{GroupId}}", "subscription_admin_verified_id": "{{SubscriptionId}}"}""",
            r => Assert.That(ValueOf<SubscriptionAdminVerified>(r).SubscriptionAdminVerifiedId, Is.EqualTo(SubscriptionId)));
        // Python: data={"subscription_admin_verified_id": None} is sent as JSON null.
        yield return Case("SetSubscriptionAdminVerified_with_null_sends_null", c => Typed(c.SetSubscriptionAdminVerifiedAsync(GroupId, null, [new("q", "1")])),
            "PUT", $"/v2/groups/{GroupId}/subscription_admin_verified?q=1", """{"subscription_admin_verified_id": null}""",
            $$"""{"group_id": "{{GroupId}}", "subscription_admin_verified_id": null}""",
            r => Assert.That(ValueOf<SubscriptionAdminVerified>(r).SubscriptionAdminVerifiedId, Is.Null));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Operation_sends_one_exact_request(
        Func<GroupsClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body, string answer, Action<GlobusResponse> check)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        var recorder = new RecordingHandler();
        var client = new GroupsClient(new AccessTokenAuthorizer("groups-token"), Options(o => o.HttpMessageHandler = recorder));

        var response = await call(client);

        ExactRequestAssertions.AssertExactRequest(SingleRequest, recorder, method, pathAndQuery, body, "groups-token");
        Assert.That(response.HttpStatus, Is.EqualTo(200));
        check(response);
    }

    [Test]
    public void Every_operation_of_the_Python_client_is_a_method()
    {
        string[] python =
        [
            "get_my_groups", "get_group", "get_group_by_subscription_id", "delete_group", "create_group", "update_group",
            "get_group_policies", "set_group_policies", "get_identity_preferences", "set_identity_preferences",
            "get_membership_fields", "set_membership_fields", "batch_membership_action", "set_subscription_admin_verified",
        ];
        var methods = typeof(GroupsClient).GetMethods().Select(m => m.Name).ToHashSet();

        Assert.That(
            python.Select(p => string.Concat(p.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Async").Where(n => !methods.Contains(n)),
            Is.Empty);
        Assert.That(Operations().Select(c => c.TestName!.Split("_is_one_")[0].Split('_')[0]).Distinct().Count(), Is.EqualTo(python.Length),
            "every operation is on the wire above");
    }

    [Test]
    public void An_error_answer_is_a_GroupsApiException_with_status_code_and_message()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "NOT_FOUND", "detail": "No group with that id."}"""));
        var client = new GroupsClient(new AccessTokenAuthorizer("groups-token"), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var error = Assert.ThrowsAsync<GroupsApiException>(() => client.GetGroupAsync(GroupId))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.HttpStatus, Is.EqualTo(404));
            Assert.That(error.Code, Is.EqualTo("NOT_FOUND"));
            Assert.That(error.ErrorMessage, Is.EqualTo("No group with that id."));
            Assert.That(error.Message, Does.Contain("NOT_FOUND").And.Contain("No group with that id."));
            Assert.That(error, Is.InstanceOf<GlobusApiException>());
        });
    }

    [Test]
    public void An_error_answer_to_a_hand_written_operation_is_a_GroupsApiException_too()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "FORBIDDEN", "detail": "Missing scope."}"""));
        var client = new GroupsClient(options: Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));

        var error = Assert.ThrowsAsync<GroupsApiException>(() => client.GetMyGroupsAsync())!;

        Assert.That((error.HttpStatus, error.Code, error.ErrorMessage), Is.EqualTo((403, "FORBIDDEN", "Missing scope.")));
    }

    [Test]
    public void Bad_arguments_are_refused_before_any_request()
    {
        var client = new GroupsClient(options: Options());
        var preferences = new Dictionary<string, IdentityPreferences> { [" "] = new() { AllowAdd = true } };

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.GetGroupAsync(" "))!.ParamName, Is.EqualTo("groupId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.DeleteGroupAsync(".."))!.ParamName, Is.EqualTo("groupId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.GetGroupBySubscriptionIdAsync(""))!.ParamName, Is.EqualTo("subscriptionId"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.CreateGroupAsync(null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.BatchMembershipActionAsync(GroupId, (BatchMembershipActionRequest)null!))!.ParamName,
                Is.EqualTo("actions"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.SetIdentityPreferencesAsync(null!))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.SetIdentityPreferencesAsync(preferences))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.SetMembershipFieldsAsync(GroupId,
                new Dictionary<string, MembershipFields> { [IdentityId] = null! }))!.ParamName, Is.EqualTo("data"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.SetMembershipFieldsAsync("\r\n", new Dictionary<string, MembershipFields>()))!.ParamName,
                Is.EqualTo("groupId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.SetSubscriptionAdminVerifiedAsync(" ", null))!.ParamName, Is.EqualTo("groupId"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task A_path_argument_is_sent_as_one_escaped_segment()
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(PoliciesJson));
        var recorder = new RecordingHandler();
        var client = new GroupsClient(options: Options(o => o.HttpMessageHandler = recorder));

        await client.GetGroupPoliciesAsync("a/b?c");

        Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { "/v2/groups/a%2Fb%3Fc/policies" }));
    }

    [Test]
    public void A_top_level_array_that_is_not_one_reads_as_a_decoding_error_and_keeps_the_raw_answer()
    {
        var response = GlobusResponse<IReadOnlyList<Group>>.FromResponse(
            GlobusResponse.FromJson("""{"not": "an array"}"""), ModelCollections.ListOf(GroupsJsonContext.Default.Group));

        Assert.That(() => response.Value, Throws.TypeOf<GlobusResponseDecodingException>());
        Assert.That(response["not"].GetString(), Is.EqualTo("an array"));
    }

    [Test]
    public void The_scopes_class_names_the_resource_server_and_its_scopes()
    {
        Assert.That(GroupsScopes.ResourceServer, Is.EqualTo("groups.api.globus.org"));
        Assert.That(GroupsScopes.All, Is.EqualTo("urn:globus:auth:scope:groups.api.globus.org:all"));
        Assert.That(GroupsScopes.ViewMyGroupsAndMemberships, Is.EqualTo("urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships"));
        Assert.That(GroupsScopes.DefaultScopes, Is.EqualTo(new[] { GroupsScopes.ViewMyGroupsAndMemberships }));
    }

    [Test]
    public void The_client_uses_the_groups_service_url_of_each_environment()
    {
        Assert.That(new GroupsClient().BaseUrl, Is.EqualTo(new Uri("https://groups.api.globus.org/")));
        Assert.That(new GroupsClient(options: new GlobusClientOptions { Environment = "sandbox" }).BaseUrl,
            Is.EqualTo(new Uri("https://groups.api.sandbox.globuscs.info/")));
    }
}
