namespace Globus.Sdk.Groups;

/// <summary>
/// The common group and membership actions as one call each (Python's <c>GroupsManager</c>), over a
/// <see cref="GroupsClient"/>: each membership helper sends a <see cref="BatchMembershipActions"/> of one
/// identity with <see cref="GroupsClient.BatchMembershipActionAsync"/>.
/// </summary>
/// <remarks>
/// Its methods are <see langword="virtual"/> and a protected parameterless constructor exists, so code
/// that uses it can be tested with a mock.
/// <code>
/// var manager = new GroupsManager(groupsClient);
/// var group = (await manager.CreateGroupAsync("Ocean Observers", "Buoy data users")).Value;
/// await manager.AddMemberAsync(group.Id, identityId, role: GroupRole.Manager);
/// </code>
/// </remarks>
public class GroupsManager
{
    /// <summary>Creates a manager over a client.</summary>
    /// <param name="client">The client to send with; a new <see cref="GroupsClient"/> without authorizer when null, as in Python.</param>
    public GroupsManager(GroupsClient? client = null)
    {
        Client = client ?? new GroupsClient();
    }

    /// <summary>For mocking frameworks: a manager whose methods are all overridden by the mock.</summary>
    protected GroupsManager()
    {
        Client = null!;
    }

    /// <summary>The client the manager sends with.</summary>
    public GroupsClient Client { get; }

    /// <summary>Create a group, a subgroup of <paramref name="parentId"/> when given.</summary>
    /// <remarks>Sends <c>{"name": ..., "description": ..., "parent_id": ...}</c>, with <c>parent_id</c> <c>null</c> for a top-level group, as Python does.</remarks>
    /// <param name="name">The name of the group.</param>
    /// <param name="description">A description of the group.</param>
    /// <param name="parentId">The id of the parent group, or null for a top-level group.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the new group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<Group>> CreateGroupAsync(
        string name,
        string description,
        string? parentId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        // parent_id is always set, so a top-level group sends it as null, as Python does.
        var data = new GroupCreate { Name = name, Description = description, ParentId = parentId };
        return Client.CreateGroupAsync(data, cancellationToken: cancellationToken);
    }

    /// <summary>Set a group's policies.</summary>
    /// <remarks>
    /// Sends every policy; <c>authentication_assurance_timeout</c> is always sent, as <c>null</c> when not given,
    /// as Python's manager does (unlike <see cref="GroupPolicies"/> alone, which leaves it out by default).
    /// </remarks>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="isHighAssurance">Whether the group can provide a High Assurance guarantee when used for access control.</param>
    /// <param name="groupVisibility">Who can see the group.</param>
    /// <param name="groupMembersVisibility">Who can see the group's memberships.</param>
    /// <param name="joinRequests">Whether users may ask to join the group.</param>
    /// <param name="signupFields">The fields a member must fill in to join.</param>
    /// <param name="authenticationAssuranceTimeout">The seconds within which a member must have authenticated when the group is used for High Assurance.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the policies as set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signupFields"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is null, empty or white space, or a visibility or sign-up field is the empty <c>default</c>.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<GroupPolicySettings>> SetGroupPoliciesAsync(
        string groupId,
        bool isHighAssurance,
        GroupVisibility groupVisibility,
        GroupMemberVisibility groupMembersVisibility,
        bool joinRequests,
        IEnumerable<GroupRequiredSignupFields> signupFields,
        long? authenticationAssuranceTimeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var data = new GroupPolicies(
            isHighAssurance, groupVisibility, groupMembersVisibility, joinRequests, signupFields, authenticationAssuranceTimeout);
        return Client.SetGroupPoliciesAsync(groupId, data, cancellationToken: cancellationToken);
    }

    /// <summary>Accept an invitation for an identity of the caller.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity whose invitation to accept.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> AcceptInviteAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.AcceptInvites(ids), cancellationToken);

    /// <summary>Add an identity to a group with a role.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity to add.</param>
    /// <param name="role">The new member's role; <see cref="GroupRole.Member"/> when null, as in Python.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space, or <paramref name="role"/> is the empty <c>default</c>.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> AddMemberAsync(
        string groupId, string identityId, GroupRole? role = null, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.AddMembers(ids, role), cancellationToken);

    /// <summary>Approve an identity with a pending join request.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity to approve.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> ApprovePendingAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.ApprovePending(ids), cancellationToken);

    /// <summary>Change the role of a member.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The member whose role changes.</param>
    /// <param name="role">The new role.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space, or <paramref name="role"/> is the empty <c>default</c>.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> ChangeRoleAsync(
        string groupId, string identityId, GroupRole role, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.ChangeRoles(role, ids), cancellationToken);

    /// <summary>Decline an invitation for an identity of the caller.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity whose invitation to decline.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> DeclineInviteAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.DeclineInvites(ids), cancellationToken);

    /// <summary>Invite an identity to a group with a role.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity to invite.</param>
    /// <param name="role">The invited member's role; <see cref="GroupRole.Member"/> when null, as in Python.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space, or <paramref name="role"/> is the empty <c>default</c>.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> InviteMemberAsync(
        string groupId, string identityId, GroupRole? role = null, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.InviteMembers(ids, role), cancellationToken);

    /// <summary>Join a group with an identity of the caller.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity that joins.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> JoinAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.Join(ids), cancellationToken);

    /// <summary>Leave a group with an identity of the caller.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity that leaves.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> LeaveAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.Leave(ids), cancellationToken);

    /// <summary>Reject an identity that asked to join.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity to reject.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> RejectJoinRequestAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.RejectJoinRequests(ids), cancellationToken);

    /// <summary>Remove a member from a group, as an administrator or manager.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The member to remove.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> RemoveMemberAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.RemoveMembers(ids), cancellationToken);

    /// <summary>Ask to join a group with an identity of the caller.</summary>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="identityId">The identity that asks to join.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> lists the membership changed, or the error.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> or <paramref name="identityId"/> is null, empty or white space.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse<BatchMembershipActionResult>> RequestJoinAsync(
        string groupId, string identityId, CancellationToken cancellationToken = default) =>
        SendAsync(groupId, identityId, (batch, ids) => batch.RequestJoin(ids), cancellationToken);

    // Every membership helper is one action for one identity, checked before the batch is sent.
    private Task<GlobusResponse<BatchMembershipActionResult>> SendAsync(
        string groupId,
        string identityId,
        Func<BatchMembershipActions, IEnumerable<string>, BatchMembershipActions> action,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        ArgumentException.ThrowIfNullOrWhiteSpace(identityId);
        var batch = action(new BatchMembershipActions(), [identityId]);
        return Client.BatchMembershipActionAsync(groupId, batch, cancellationToken: cancellationToken);
    }
}
