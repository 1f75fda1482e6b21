using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Groups;

namespace Globus.Sdk.Tests.Groups;

/// <summary>
/// GroupPolicies and BatchMembershipActions write what Python 4.9's payload classes write (fields, order,
/// defaults, MISSING versus None), and refuse what cannot be sent before anything is appended.
/// </summary>
public class GroupsPayloadTests
{
    private const string A = "ae332d86-d274-11e5-b885-b31714a110e9";
    private const string B = "c699d42e-d274-11e5-bf75-1fc5bf53bb24";

    private static string Json(GroupPolicyUpdate request) => JsonSerializer.Serialize(request, GroupsJsonContext.Default.GroupPolicyUpdate);

    private static string Json(BatchMembershipActionRequest request) => JsonSerializer.Serialize(request, GroupsJsonContext.Default.BatchMembershipActionRequest);

    private static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString();

    [Test]
    public void GroupPolicies_without_a_timeout_leaves_it_out_as_Pythons_MISSING_default()
    {
        var policies = new GroupPolicies(false, GroupVisibility.Private, GroupMemberVisibility.Managers, false, [GroupRequiredSignupFields.Address1]);

        Assert.That(Json(policies.ToRequest()), Is.EqualTo(Compact(
            """{"is_high_assurance": false, "group_visibility": "private", "group_members_visibility": "managers", "join_requests": false, "signup_fields": ["address1"]}""")));
        Assert.That(policies.HasAuthenticationAssuranceTimeout, Is.False);
    }

    [TestCase(null, "null")]
    [TestCase(28800L, "28800")]
    public void GroupPolicies_with_a_timeout_sends_it_last_null_included(long? timeout, string wire)
    {
        var policies = new GroupPolicies(true, GroupVisibility.Authenticated, GroupMemberVisibility.Members, true,
            [GroupRequiredSignupFields.Institution, GroupRequiredSignupFields.FieldOfScience], timeout);

        Assert.That(Json(policies), Is.EqualTo(Compact(
            $$"""{"is_high_assurance": true, "group_visibility": "authenticated", "group_members_visibility": "members", "join_requests": true, "signup_fields": ["institution", "field_of_science"], "authentication_assurance_timeout": {{wire}}}""")));
        Assert.That(policies.ToString(), Is.EqualTo(Json(policies)));
    }

    [Test]
    public void GroupPolicies_keeps_a_value_the_SDK_does_not_know()
    {
        var policies = new GroupPolicies(false, (GroupVisibility)"public", (GroupMemberVisibility)"everyone", false, [(GroupRequiredSignupFields)"orcid"]);

        Assert.That(JsonNode.Parse(Json(policies))!["group_visibility"]!.GetValue<string>(), Is.EqualTo("public"));
        Assert.That(JsonNode.Parse(Json(policies))!["signup_fields"]![0]!.GetValue<string>(), Is.EqualTo("orcid"));
    }

    [Test]
    public void GroupPolicies_refuses_an_empty_default_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new GroupPolicies(false, default, GroupMemberVisibility.Members, false, []),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("groupVisibility"));
            Assert.That(() => new GroupPolicies(false, GroupVisibility.Private, default, false, []),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("groupMembersVisibility"));
            Assert.That(() => new GroupPolicies(false, GroupVisibility.Private, GroupMemberVisibility.Members, false, [default]),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("signupFields"));
            Assert.That(() => new GroupPolicies(false, GroupVisibility.Private, GroupMemberVisibility.Members, false, null!),
                Throws.ArgumentNullException.With.Property("ParamName").EqualTo("signupFields"));
        });
    }

    [Test]
    public void GroupRequiredSignupFields_names_Pythons_twelve_values()
    {
        string[] python =
        [
            "institution", "current_project_name", "address", "city", "state", "country", "address1", "address2", "zip", "phone",
            "department", "field_of_science",
        ];
        var named = typeof(GroupRequiredSignupFields).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(p => ((GroupRequiredSignupFields)p.GetValue(null)!).Value);

        Assert.That(named, Is.EquivalentTo(python));
        Assert.That(GroupRequiredSignupFields.FieldOfScience == (GroupRequiredSignupFields?)"field_of_science", Is.True);
        Assert.That(() => new GroupRequiredSignupFields(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void The_group_enums_name_Pythons_values()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new[] { GroupRole.Member, GroupRole.Manager, GroupRole.Admin }.Select(r => r.Value), Is.EqualTo(new[] { "member", "manager", "admin" }));
            Assert.That(new[] { GroupVisibility.Authenticated, GroupVisibility.Private }.Select(v => v.Value), Is.EqualTo(new[] { "authenticated", "private" }));
            Assert.That(new[] { GroupMemberVisibility.Members, GroupMemberVisibility.Managers }.Select(v => v.Value), Is.EqualTo(new[] { "members", "managers" }));
        });
    }

    // One action each: the item Python writes, in Python's field order.
    [TestCase("accept", """{"accept": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("add", """{"add": [{"identity_id": "A", "role": "member"}, {"identity_id": "B", "role": "member"}]}""")]
    [TestCase("approve", """{"approve": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("change_role", """{"change_role": [{"role": "admin", "identity_id": "A"}, {"role": "admin", "identity_id": "B"}]}""")]
    [TestCase("decline", """{"decline": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("invite", """{"invite": [{"identity_id": "A", "role": "member"}, {"identity_id": "B", "role": "member"}]}""")]
    [TestCase("join", """{"join": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("leave", """{"leave": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("reject", """{"reject": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("remove", """{"remove": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    [TestCase("request_join", """{"request_join": [{"identity_id": "A"}, {"identity_id": "B"}]}""")]
    public void BatchMembershipActions_writes_each_action_as_Python_does(string action, string python)
    {
        string[] ids = [A, B];
        var batch = new BatchMembershipActions();
        _ = action switch
        {
            "accept" => batch.AcceptInvites(ids),
            "add" => batch.AddMembers(ids),
            "approve" => batch.ApprovePending(ids),
            "change_role" => batch.ChangeRoles(GroupRole.Admin, ids),
            "decline" => batch.DeclineInvites(ids),
            "invite" => batch.InviteMembers(ids),
            "join" => batch.Join(ids),
            "leave" => batch.Leave(ids),
            "reject" => batch.RejectJoinRequests(ids),
            "remove" => batch.RemoveMembers(ids),
            _ => batch.RequestJoin(ids),
        };

        Assert.That(batch.ToString(), Is.EqualTo(Compact(python.Replace("\"A\"", $"\"{A}\"").Replace("\"B\"", $"\"{B}\""))));
    }

    [Test]
    public void BatchMembershipActions_appends_to_an_action_across_calls_and_sends_only_the_actions_used()
    {
        var batch = new BatchMembershipActions()
            .AddMembers([A], role: GroupRole.Manager)
            .InviteMembers([B], GroupRole.Admin)
            .AddMembers([B]);
        BatchMembershipActionRequest request = batch;

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Json(request)), JsonNode.Parse($$"""
            {"add": [{"identity_id": "{{A}}", "role": "manager"}, {"identity_id": "{{B}}", "role": "member"}],
             "invite": [{"identity_id": "{{B}}", "role": "admin"}]}
            """)), Is.True, Json(request));
        Assert.That(new BatchMembershipActions().ToString(), Is.EqualTo("{}"));
    }

    [Test]
    public void A_request_taken_from_a_batch_does_not_change_when_the_batch_grows()
    {
        var batch = new BatchMembershipActions().Join([A]);
        var before = batch.ToRequest();

        batch.Join([B]);

        Assert.That(before.Join!.Select(j => j.IdentityId), Is.EqualTo(new[] { A }));
        Assert.That(batch.ToRequest().Join!.Select(j => j.IdentityId), Is.EqualTo(new[] { A, B }));
    }

    [Test]
    public void BatchMembershipActions_refuses_bad_ids_and_roles_and_appends_nothing()
    {
        var batch = new BatchMembershipActions();

        Assert.Multiple(() =>
        {
            Assert.That(() => batch.AddMembers([A, " "]), Throws.ArgumentException.With.Property("ParamName").EqualTo("identityIds"));
            Assert.That(() => batch.Leave([null!]), Throws.ArgumentException.With.Property("ParamName").EqualTo("identityIds"));
            Assert.That(() => batch.RemoveMembers(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("identityIds"));
            Assert.That(() => batch.ChangeRoles(default, [A]), Throws.ArgumentException.With.Property("ParamName").EqualTo("role"));
            Assert.That(() => batch.InviteMembers([A], default(GroupRole)), Throws.ArgumentException.With.Property("ParamName").EqualTo("role"));
        });
        Assert.That(batch.ToString(), Is.EqualTo("{}"));
    }
}
