using Globus.Sdk.Authorizers;
using Globus.Sdk.Groups;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Groups;

/// <summary>
/// Every helper of GroupsManager (Python 4.9's 13) on the wire: the one request it sends through its
/// GroupsClient, with the body Python's manager builds, and the typed answer handed back.
/// </summary>
public class GroupsManagerWireTests : WireMockTestBase
{
    private const string GroupId = "d3974728-6458-11e4-b72d-123139141556";
    private const string IdentityId = "ae332d86-d274-11e5-b885-b31714a110e9";
    private const string Membership = $$"""
        {"group_id": "{{GroupId}}", "identity_id": "{{IdentityId}}", "username": "sirosen@globusid.org", "role": "member", "status": "active"}
        """;

    private static TestCaseData Case(string name, Func<GroupsManager, Task<GlobusResponse>> call, string method, string path, string body, string answer) =>
        new TestCaseData(call, method, path, body, answer).SetName($"{name}_sends_what_Pythons_manager_sends");

    private static async Task<GlobusResponse> Typed<T>(Task<GlobusResponse<T>> call) => await call;

    // The membership helpers: one action, one identity, POST /v2/groups/{group_id}.
    private static TestCaseData Membership_(string name, Func<GroupsManager, Task<GlobusResponse>> call, string action, string item) =>
        Case(name, call, "POST", $"/v2/groups/{GroupId}", $$"""{"{{action}}": [{{item}}]}""", $$"""{"{{action}}": [{{Membership}}]}""");

    private static IEnumerable<TestCaseData> Helpers()
    {
        // Python: {"name": name, "description": description, "parent_id": None} - parent_id is sent as null.
        yield return Case("CreateGroup", m => Typed(m.CreateGroupAsync("Rough Riders", "No stairs.")), "POST", "/v2/groups",
            """{"name": "Rough Riders", "description": "No stairs.", "parent_id": null}""",
            $$"""{"name": "Rough Riders", "id": "{{GroupId}}", "parent_id": null}""");
        yield return Case("CreateGroup_with_a_parent", m => Typed(m.CreateGroupAsync("Sub", "A subgroup.", parentId: "fdb38a24-03c1-11e3-86f7-12313809f035")),
            "POST", "/v2/groups", """{"name": "Sub", "description": "A subgroup.", "parent_id": "fdb38a24-03c1-11e3-86f7-12313809f035"}""",
            $$"""{"name": "Sub", "id": "{{GroupId}}", "parent_id": "fdb38a24-03c1-11e3-86f7-12313809f035"}""");
        // Python's manager passes authentication_assurance_timeout=None, which GroupPolicies sends as null.
        yield return Case("SetGroupPolicies", m => Typed(m.SetGroupPoliciesAsync(GroupId, true, GroupVisibility.Authenticated,
                GroupMemberVisibility.Members, false, [GroupRequiredSignupFields.Department])),
            "PUT", $"/v2/groups/{GroupId}/policies",
            """{"is_high_assurance": true, "group_visibility": "authenticated", "group_members_visibility": "members", "join_requests": false, "signup_fields": ["department"], "authentication_assurance_timeout": null}""",
            """{"is_high_assurance": true, "group_visibility": "authenticated", "group_members_visibility": "members", "join_requests": false, "signup_fields": ["department"]}""");
        yield return Case("SetGroupPolicies_with_a_timeout", m => Typed(m.SetGroupPoliciesAsync(GroupId, true, GroupVisibility.Private,
                GroupMemberVisibility.Managers, true, [], authenticationAssuranceTimeout: 3600)),
            "PUT", $"/v2/groups/{GroupId}/policies",
            """{"is_high_assurance": true, "group_visibility": "private", "group_members_visibility": "managers", "join_requests": true, "signup_fields": [], "authentication_assurance_timeout": 3600}""",
            """{"is_high_assurance": true, "authentication_assurance_timeout": 3600}""");
        yield return Membership_("AcceptInvite", m => Typed(m.AcceptInviteAsync(GroupId, IdentityId)), "accept", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("AddMember", m => Typed(m.AddMemberAsync(GroupId, IdentityId)), "add", $$"""{"identity_id": "{{IdentityId}}", "role": "member"}""");
        yield return Membership_("AddMember_as_admin", m => Typed(m.AddMemberAsync(GroupId, IdentityId, role: GroupRole.Admin)), "add",
            $$"""{"identity_id": "{{IdentityId}}", "role": "admin"}""");
        yield return Membership_("ApprovePending", m => Typed(m.ApprovePendingAsync(GroupId, IdentityId)), "approve", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("ChangeRole", m => Typed(m.ChangeRoleAsync(GroupId, IdentityId, GroupRole.Manager)), "change_role",
            $$"""{"role": "manager", "identity_id": "{{IdentityId}}"}""");
        yield return Membership_("DeclineInvite", m => Typed(m.DeclineInviteAsync(GroupId, IdentityId)), "decline", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("InviteMember", m => Typed(m.InviteMemberAsync(GroupId, IdentityId)), "invite", $$"""{"identity_id": "{{IdentityId}}", "role": "member"}""");
        yield return Membership_("InviteMember_as_manager", m => Typed(m.InviteMemberAsync(GroupId, IdentityId, GroupRole.Manager)), "invite",
            $$"""{"identity_id": "{{IdentityId}}", "role": "manager"}""");
        yield return Membership_("Join", m => Typed(m.JoinAsync(GroupId, IdentityId)), "join", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("Leave", m => Typed(m.LeaveAsync(GroupId, IdentityId)), "leave", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("RejectJoinRequest", m => Typed(m.RejectJoinRequestAsync(GroupId, IdentityId)), "reject", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("RemoveMember", m => Typed(m.RemoveMemberAsync(GroupId, IdentityId)), "remove", $$"""{"identity_id": "{{IdentityId}}"}""");
        yield return Membership_("RequestJoin", m => Typed(m.RequestJoinAsync(GroupId, IdentityId)), "request_join", $$"""{"identity_id": "{{IdentityId}}"}""");
    }

    [TestCaseSource(nameof(Helpers))]
    public async Task Helper_sends_one_exact_request_through_its_client(
        Func<GroupsManager, Task<GlobusResponse>> call, string method, string path, string body, string answer)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        var recorder = new RecordingHandler();
        var manager = new GroupsManager(new GroupsClient(new AccessTokenAuthorizer("groups-token"), Options(o => o.HttpMessageHandler = recorder)));

        var response = await call(manager);

        ExactRequestAssertions.AssertExactRequest(SingleRequest, recorder, method, path, body, "groups-token");
        // Exact text too: the helpers write the fields in Python's order.
        Assert.That(TestJsonText(SingleRequest.Body!), Is.EqualTo(TestJsonText(body)));
        Assert.That(response.Text, Is.EqualTo(answer));
        var typed = response switch
        {
            GlobusResponse<BatchMembershipActionResult> batch => (object)batch.Value,
            GlobusResponse<Group> group => group.Value,
            GlobusResponse<GroupPolicySettings> policies => policies.Value,
            _ => null,
        };
        Assert.That(typed, Is.Not.Null, "a typed answer");
        if (typed is BatchMembershipActionResult result)
        {
            var memberships = new[] { result.Accept, result.Add, result.Approve, result.ChangeRole, result.Decline, result.Invite,
                result.Join, result.Leave, result.Reject, result.Remove, result.RequestJoin }.Where(l => l is not null).ToList();
            Assert.That(memberships.Single()!.Single().IdentityId, Is.EqualTo(IdentityId));
        }
    }

    [Test]
    public void Every_helper_of_the_Python_manager_is_a_method_and_on_the_wire_above()
    {
        string[] python =
        [
            "create_group", "set_group_policies", "accept_invite", "add_member", "approve_pending", "change_role", "decline_invite",
            "invite_member", "join", "leave", "reject_join_request", "remove_member", "request_join",
        ];
        var names = python.Select(p => string.Concat(p.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))).ToList();
        var methods = typeof(GroupsManager).GetMethods().Where(m => m.IsVirtual).Select(m => m.Name).ToHashSet();
        var onTheWire = Helpers().Select(c => c.TestName!).ToList();

        Assert.That(names.Where(n => !methods.Contains(n + "Async")), Is.Empty);
        Assert.That(names.Where(n => !onTheWire.Any(t => t.StartsWith(n + "_", StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public void Bad_arguments_are_refused_before_any_request()
    {
        var manager = new GroupsManager(new GroupsClient(options: Options()));

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.CreateGroupAsync(" ", "d"))!.ParamName, Is.EqualTo("name"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => manager.CreateGroupAsync("n", null!))!.ParamName, Is.EqualTo("description"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.AddMemberAsync(GroupId, ""))!.ParamName, Is.EqualTo("identityId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.LeaveAsync(" ", IdentityId))!.ParamName, Is.EqualTo("groupId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.ChangeRoleAsync(GroupId, IdentityId, default))!.ParamName, Is.EqualTo("role"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.InviteMemberAsync(GroupId, IdentityId, default(GroupRole)))!.ParamName,
                Is.EqualTo("role"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => manager.SetGroupPoliciesAsync(GroupId, false, GroupVisibility.Private,
                GroupMemberVisibility.Members, false, null!))!.ParamName, Is.EqualTo("signupFields"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.SetGroupPoliciesAsync(GroupId, false, default,
                GroupMemberVisibility.Members, false, []))!.ParamName, Is.EqualTo("groupVisibility"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => manager.SetGroupPoliciesAsync("..", false, GroupVisibility.Private,
                GroupMemberVisibility.Members, false, []))!.ParamName, Is.EqualTo("groupId"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void A_manager_without_a_client_makes_one_as_Python_does()
    {
        Assert.That(new GroupsManager().Client.BaseUrl, Is.EqualTo(new GroupsClient().BaseUrl));
    }

    private static string TestJsonText(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();
}
