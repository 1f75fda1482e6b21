using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Globus.Sdk.Groups;

/// <summary>
/// A batch of actions on a group's memberships, for <see cref="GroupsClient.BatchMembershipActionAsync"/>
/// (Python's <c>BatchMembershipActions</c>). Each method appends one item per identity to its action's list
/// and returns this batch, so calls chain; an action never used is not sent.
/// </summary>
/// <remarks>
/// The items are what Python writes: <c>{"identity_id": ...}</c>, with <c>"role"</c> for <c>add</c> and
/// <c>invite</c> (<c>member</c> unless given), and <c>{"role": ..., "identity_id": ...}</c> for <c>change_role</c>.
/// Identity ids are checked before anything is appended, so a refused call leaves the batch unchanged.
/// <code>
/// var batch = new BatchMembershipActions()
///     .AddMembers(["ae332d86-d274-11e5-b885-b31714a110e9"])
///     .InviteMembers(["c699d42e-d274-11e5-bf75-1fc5bf53bb24"]);
/// await groupsClient.BatchMembershipActionAsync(groupId, batch);
/// </code>
/// </remarks>
public sealed class BatchMembershipActions
{
    private readonly List<MembershipAction> _accept = [];
    private readonly List<MembershipAction> _add = [];
    private readonly List<MembershipAction> _approve = [];
    private readonly List<MembershipRoleChange> _changeRole = [];
    private readonly List<MembershipAction> _decline = [];
    private readonly List<MembershipAction> _invite = [];
    private readonly List<MembershipAction> _join = [];
    private readonly List<MembershipAction> _leave = [];
    private readonly List<MembershipAction> _reject = [];
    private readonly List<MembershipAction> _remove = [];
    private readonly List<MembershipAction> _requestJoin = [];

    /// <summary>Accept invitations for identities of the caller (<c>accept</c>).</summary>
    /// <param name="identityIds">The identities whose invitations to accept.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions AcceptInvites(IEnumerable<string> identityIds) => Append(_accept, identityIds);

    /// <summary>Add identities to the group as active members with a role (<c>add</c>).</summary>
    /// <param name="identityIds">The identities to add.</param>
    /// <param name="role">Their role; <see cref="GroupRole.Member"/> when null, as in Python.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space, or <paramref name="role"/> is the empty <c>default</c>.</exception>
    public BatchMembershipActions AddMembers(IEnumerable<string> identityIds, GroupRole? role = null) =>
        Append(_add, identityIds, RoleOrMember(role));

    /// <summary>Approve identities with pending join requests (<c>approve</c>).</summary>
    /// <param name="identityIds">The identities to approve.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions ApprovePending(IEnumerable<string> identityIds) => Append(_approve, identityIds);

    /// <summary>Give members a new role (<c>change_role</c>).</summary>
    /// <param name="role">The new role.</param>
    /// <param name="identityIds">The members whose role changes.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space, or <paramref name="role"/> is the empty <c>default</c>.</exception>
    public BatchMembershipActions ChangeRoles(GroupRole role, IEnumerable<string> identityIds)
    {
        RequireRole(role);
        _changeRole.AddRange(CheckedIds(identityIds).Select(id => new MembershipRoleChange { Role = role, IdentityId = id }));
        return this;
    }

    /// <summary>Decline invitations for identities of the caller (<c>decline</c>).</summary>
    /// <param name="identityIds">The identities whose invitations to decline.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions DeclineInvites(IEnumerable<string> identityIds) => Append(_decline, identityIds);

    /// <summary>Invite identities to the group with a role (<c>invite</c>).</summary>
    /// <param name="identityIds">The identities to invite.</param>
    /// <param name="role">Their role; <see cref="GroupRole.Member"/> when null, as in Python.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space, or <paramref name="role"/> is the empty <c>default</c>.</exception>
    public BatchMembershipActions InviteMembers(IEnumerable<string> identityIds, GroupRole? role = null) =>
        Append(_invite, identityIds, RoleOrMember(role));

    /// <summary>Join the group with identities of the caller, where the group's policy allows it (<c>join</c>).</summary>
    /// <param name="identityIds">The identities that join.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions Join(IEnumerable<string> identityIds) => Append(_join, identityIds);

    /// <summary>Leave the group with identities of the caller (<c>leave</c>).</summary>
    /// <param name="identityIds">The identities that leave.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions Leave(IEnumerable<string> identityIds) => Append(_leave, identityIds);

    /// <summary>Reject identities that asked to join (<c>reject</c>).</summary>
    /// <param name="identityIds">The identities to reject.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions RejectJoinRequests(IEnumerable<string> identityIds) => Append(_reject, identityIds);

    /// <summary>Remove members from the group, as an administrator or manager (<c>remove</c>).</summary>
    /// <param name="identityIds">The members to remove.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions RemoveMembers(IEnumerable<string> identityIds) => Append(_remove, identityIds);

    /// <summary>Ask to join the group with identities of the caller (<c>request_join</c>).</summary>
    /// <param name="identityIds">The identities that ask to join.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identityIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id is null, empty or white space.</exception>
    public BatchMembershipActions RequestJoin(IEnumerable<string> identityIds) => Append(_requestJoin, identityIds);

    /// <summary>The batch as the request model <see cref="GroupsClient.BatchMembershipActionAsync"/> takes.</summary>
    /// <param name="actions">The batch; null gives null.</param>
    [return: NotNullIfNotNull(nameof(actions))]
    public static implicit operator BatchMembershipActionRequest?(BatchMembershipActions? actions) => actions?.ToRequest();

    /// <summary>The batch as the request model: one list per action used, none for the others.</summary>
    /// <returns>A new request model; later calls on this batch do not change it.</returns>
    public BatchMembershipActionRequest ToRequest()
    {
        var request = new BatchMembershipActionRequest();
        // Only the actions used are set: an unset list is not sent, as Python's setdefault never creates it.
        if (_accept.Count > 0) request = request with { Accept = [.. _accept] };
        if (_add.Count > 0) request = request with { Add = [.. _add] };
        if (_approve.Count > 0) request = request with { Approve = [.. _approve] };
        if (_changeRole.Count > 0) request = request with { ChangeRole = [.. _changeRole] };
        if (_decline.Count > 0) request = request with { Decline = [.. _decline] };
        if (_invite.Count > 0) request = request with { Invite = [.. _invite] };
        if (_join.Count > 0) request = request with { Join = [.. _join] };
        if (_leave.Count > 0) request = request with { Leave = [.. _leave] };
        if (_reject.Count > 0) request = request with { Reject = [.. _reject] };
        if (_remove.Count > 0) request = request with { Remove = [.. _remove] };
        if (_requestJoin.Count > 0) request = request with { RequestJoin = [.. _requestJoin] };
        return request;
    }

    /// <summary>The batch as the JSON it is sent as.</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => JsonSerializer.Serialize(ToRequest(), GroupsJsonContext.Default.BatchMembershipActionRequest);

    private BatchMembershipActions Append(List<MembershipAction> items, IEnumerable<string> identityIds, GroupRole? role = null)
    {
        var ids = CheckedIds(identityIds);
        items.AddRange(ids.Select(id => role is { } r ? new MembershipAction { IdentityId = id, Role = r } : new MembershipAction { IdentityId = id }));
        return this;
    }

    // Materialised and checked first, so a bad id appends nothing.
    private static List<string> CheckedIds(IEnumerable<string> identityIds)
    {
        ArgumentNullException.ThrowIfNull(identityIds);
        var ids = identityIds.ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                throw new ArgumentException($"identityIds[{i}] is null, empty or white space.", nameof(identityIds));
            }
        }

        return ids;
    }

    private static GroupRole RoleOrMember(GroupRole? role)
    {
        if (role is { } given)
        {
            RequireRole(given);
            return given;
        }

        return GroupRole.Member;
    }

    private static void RequireRole(GroupRole role)
    {
        if (role.Value is null)
        {
            throw new ArgumentException("The role is the empty default; use GroupRole.Member, GroupRole.Manager or GroupRole.Admin.", nameof(role));
        }
    }
}
