using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Groups;

/// <summary>
/// <c>get_membership_fields</c> and <c>set_membership_fields</c>: both documents are objects keyed by
/// identity id, which a spec's model cannot type, so they are read and written here as dictionaries.
/// </summary>
public partial class GroupsClient
{
    private static readonly JsonTypeInfo<IReadOnlyDictionary<string, MembershipFields>> FieldsByIdentityTypeInfo =
        ModelCollections.MapOf(GroupsJsonContext.Default.MembershipFields);

    /// <summary>Get the membership fields of the caller's identities in a group.</summary>
    /// <remarks>
    /// <para>Returns, for each identity of the caller's identity set with a membership in the group, the sign-up
    /// fields it filled in.</para>
    /// <para><c>GET /v2/groups/{group_id}/membership_fields</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var fields = (await groupsClient.GetMembershipFieldsAsync(groupId)).Value;
    /// Console.WriteLine(fields[identityId].Institution);
    /// </code>
    /// </example>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> maps each identity id to its fields.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is null, empty, white space or a dot segment.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://groups.api.globus.org/redoc#operation/get_membership_fields_v2_groups__group_id__membership_fields_get">Get the membership fields for your identity set</seealso>
    public virtual async Task<GlobusResponse<IReadOnlyDictionary<string, MembershipFields>>> GetMembershipFieldsAsync(
        string groupId,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        var response = await GetMembershipFieldsCoreAsync(groupId, queryParams, cancellationToken).ConfigureAwait(false);
        return GlobusResponse<IReadOnlyDictionary<string, MembershipFields>>.FromResponse(response, FieldsByIdentityTypeInfo);
    }

    /// <summary>Set the membership fields of the caller's identities in a group.</summary>
    /// <remarks>
    /// <para>Sends <paramref name="data"/> as the JSON object <c>{"identity id": {"institution": ..., ...}, ...}</c>;
    /// a field left null is not sent.</para>
    /// <para><c>PUT /v2/groups/{group_id}/membership_fields</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await groupsClient.SetMembershipFieldsAsync(groupId, new Dictionary&lt;string, MembershipFields&gt;
    /// {
    ///     [identityId] = new() { Institution = "University of Chicago" },
    /// });
    /// </code>
    /// </example>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="data">The fields to set, by identity id.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> maps each identity id to its fields as set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is null, empty, white space or a dot segment; or a key of <paramref name="data"/> is empty or white space, or a value is null.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://groups.api.globus.org/redoc#operation/put_membership_fields_v2_groups__group_id__membership_fields_put">Set the membership fields for your identity set</seealso>
    public virtual async Task<GlobusResponse<IReadOnlyDictionary<string, MembershipFields>>> SetMembershipFieldsAsync(
        string groupId,
        IReadOnlyDictionary<string, MembershipFields> data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        // A document keyed by ids has no fixed properties: its entries travel as the model's unknown fields.
        var body = new MembershipFieldsUpdate
        {
            AdditionalProperties = ModelCollections.ToFields(data, GroupsJsonContext.Default.MembershipFields, nameof(data)),
        };
        var response = await SetMembershipFieldsCoreAsync(groupId, body, queryParams, cancellationToken).ConfigureAwait(false);
        return GlobusResponse<IReadOnlyDictionary<string, MembershipFields>>.FromResponse(response, FieldsByIdentityTypeInfo);
    }
}
