using System.Diagnostics.CodeAnalysis;

namespace Globus.Sdk.Groups;

/// <summary>
/// The policies of a group, to set with <see cref="GroupsClient.SetGroupPoliciesAsync"/> (Python's
/// <c>GroupPolicies</c>): every policy but the High Assurance timeout is required, as in Python.
/// </summary>
/// <remarks>
/// The document is written in Python's order: <c>is_high_assurance</c>, <c>group_visibility</c>,
/// <c>group_members_visibility</c>, <c>join_requests</c>, <c>signup_fields</c>, then
/// <c>authentication_assurance_timeout</c> only when a constructor that takes it was used (a null timeout is
/// sent as <c>null</c>, as Python sends <c>None</c>; without it, nothing is sent, as for Python's default).
/// <code>
/// await groupsClient.SetGroupPoliciesAsync(groupId, new GroupPolicies(
///     isHighAssurance: false, groupVisibility: GroupVisibility.Private,
///     groupMembersVisibility: GroupMemberVisibility.Managers, joinRequests: false,
///     signupFields: [GroupRequiredSignupFields.Address1]));
/// </code>
/// </remarks>
public sealed class GroupPolicies
{
    /// <summary>Creates the policies, without a High Assurance timeout (none is sent).</summary>
    /// <param name="isHighAssurance">Whether the group can provide a High Assurance guarantee when used for access control.</param>
    /// <param name="groupVisibility">Who can see the group.</param>
    /// <param name="groupMembersVisibility">Who can see the group's memberships.</param>
    /// <param name="joinRequests">Whether users may ask to join the group.</param>
    /// <param name="signupFields">The fields a member must fill in to join.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signupFields"/> is null.</exception>
    /// <exception cref="ArgumentException">A visibility or a sign-up field is the empty <c>default</c> value.</exception>
    public GroupPolicies(
        bool isHighAssurance,
        GroupVisibility groupVisibility,
        GroupMemberVisibility groupMembersVisibility,
        bool joinRequests,
        IEnumerable<GroupRequiredSignupFields> signupFields)
    {
        ArgumentNullException.ThrowIfNull(signupFields);
        RequireValue(groupVisibility.Value, nameof(groupVisibility));
        RequireValue(groupMembersVisibility.Value, nameof(groupMembersVisibility));
        var fields = signupFields.ToList();
        foreach (var field in fields)
        {
            RequireValue(field.Value, nameof(signupFields));
        }

        IsHighAssurance = isHighAssurance;
        GroupVisibility = groupVisibility;
        GroupMembersVisibility = groupMembersVisibility;
        JoinRequests = joinRequests;
        SignupFields = fields.AsReadOnly();
    }

    /// <summary>Creates the policies with a High Assurance timeout, sent even when null (as <c>null</c>).</summary>
    /// <param name="isHighAssurance">Whether the group can provide a High Assurance guarantee when used for access control.</param>
    /// <param name="groupVisibility">Who can see the group.</param>
    /// <param name="groupMembersVisibility">Who can see the group's memberships.</param>
    /// <param name="joinRequests">Whether users may ask to join the group.</param>
    /// <param name="signupFields">The fields a member must fill in to join.</param>
    /// <param name="authenticationAssuranceTimeout">The seconds within which a member must have authenticated when the group is used for High Assurance; null sends <c>null</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signupFields"/> is null.</exception>
    /// <exception cref="ArgumentException">A visibility or a sign-up field is the empty <c>default</c> value.</exception>
    public GroupPolicies(
        bool isHighAssurance,
        GroupVisibility groupVisibility,
        GroupMemberVisibility groupMembersVisibility,
        bool joinRequests,
        IEnumerable<GroupRequiredSignupFields> signupFields,
        long? authenticationAssuranceTimeout)
        : this(isHighAssurance, groupVisibility, groupMembersVisibility, joinRequests, signupFields)
    {
        AuthenticationAssuranceTimeout = authenticationAssuranceTimeout;
        HasAuthenticationAssuranceTimeout = true;
    }

    /// <summary>Whether the group can provide a High Assurance guarantee (<c>is_high_assurance</c>).</summary>
    public bool IsHighAssurance { get; }

    /// <summary>Who can see the group (<c>group_visibility</c>).</summary>
    public GroupVisibility GroupVisibility { get; }

    /// <summary>Who can see the group's memberships (<c>group_members_visibility</c>).</summary>
    public GroupMemberVisibility GroupMembersVisibility { get; }

    /// <summary>Whether users may ask to join the group (<c>join_requests</c>).</summary>
    public bool JoinRequests { get; }

    /// <summary>The fields a member must fill in to join (<c>signup_fields</c>).</summary>
    public IReadOnlyList<GroupRequiredSignupFields> SignupFields { get; }

    /// <summary>The High Assurance timeout in seconds (<c>authentication_assurance_timeout</c>), or null.</summary>
    public long? AuthenticationAssuranceTimeout { get; }

    /// <summary>Whether <c>authentication_assurance_timeout</c> is sent (a constructor that takes it was used), null included.</summary>
    public bool HasAuthenticationAssuranceTimeout { get; }

    /// <summary>The policies as the request model <see cref="GroupsClient.SetGroupPoliciesAsync"/> takes.</summary>
    /// <param name="policies">The policies; null gives null.</param>
    [return: NotNullIfNotNull(nameof(policies))]
    public static implicit operator GroupPolicyUpdate?(GroupPolicies? policies) => policies?.ToRequest();

    /// <summary>The policies as the request model, with exactly the fields Python sends.</summary>
    /// <returns>A new request model.</returns>
    public GroupPolicyUpdate ToRequest()
    {
        var request = new GroupPolicyUpdate
        {
            IsHighAssurance = IsHighAssurance,
            GroupVisibility = GroupVisibility,
            GroupMembersVisibility = GroupMembersVisibility,
            JoinRequests = JoinRequests,
            SignupFields = SignupFields.Select(field => field.Value).ToList().AsReadOnly(),
        };
        return HasAuthenticationAssuranceTimeout ? request with { AuthenticationAssuranceTimeout = AuthenticationAssuranceTimeout } : request;
    }

    /// <summary>The document as the JSON it is sent as.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(ToRequest(), GroupsJsonContext.Default.GroupPolicyUpdate);

    // A default(struct) has no value: sending it would write null where the service expects a name.
    private static void RequireValue(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentException("The value is the empty default; use a named value such as GroupVisibility.Private.", parameterName);
        }
    }
}
