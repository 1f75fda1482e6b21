namespace Globus.Sdk.Groups;

/// <summary>
/// <c>get_my_groups</c>: the service answers with a top-level JSON array of groups, which a spec's
/// response cannot name as one model, so the typed result is read here as a list.
/// </summary>
public partial class GroupsClient
{
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<Group>> GroupListTypeInfo =
        ModelCollections.ListOf(GroupsJsonContext.Default.Group);

    /// <summary>List the groups the caller's identities belong to.</summary>
    /// <remarks>
    /// <para>Returns, as a top-level JSON array, every group in which one of the caller's identities has a
    /// membership: by default the active ones; <paramref name="statuses"/> asks for memberships of other statuses
    /// (<c>active</c>, <c>invited</c>, <c>pending</c>, <c>rejected</c>, <c>removed</c>, <c>left</c>, <c>declined</c>),
    /// sent comma-separated and only when given. Each group carries the caller's memberships (<c>my_memberships</c>).</para>
    /// <para><c>GET /v2/groups/my_groups</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// foreach (var group in (await groupsClient.GetMyGroupsAsync(statuses: ["active", "invited"])).Value)
    ///     Console.WriteLine($"{group.Name} ({group.Id})");
    /// </code>
    /// </example>
    /// <param name="statuses">Only groups with memberships of these statuses; the service's default (<c>active</c>) when null.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the list of groups.</returns>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://groups.api.globus.org/redoc#operation/get_my_groups_and_memberships_v2_groups_my_groups_get">Retrieve your groups and membership</seealso>
    public virtual async Task<GlobusResponse<IReadOnlyList<Group>>> GetMyGroupsAsync(
        IEnumerable<string>? statuses = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        var response = await GetMyGroupsCoreAsync(statuses, queryParams, cancellationToken).ConfigureAwait(false);
        return GlobusResponse<IReadOnlyList<Group>>.FromResponse(response, GroupListTypeInfo);
    }
}
