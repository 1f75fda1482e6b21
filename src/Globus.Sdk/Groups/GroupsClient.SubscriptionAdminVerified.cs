namespace Globus.Sdk.Groups;

/// <summary>
/// <c>set_subscription_admin_verified</c>: the Python SDK takes <c>None</c> to remove the verification and
/// sends it as JSON <c>null</c>, so the body is always written with the id, null included.
/// </summary>
public partial class GroupsClient
{
    /// <summary>Verify a group as belonging to a subscription, or remove the verification.</summary>
    /// <remarks>
    /// <para>Sends <c>{"subscription_admin_verified_id": ...}</c>, with <c>null</c> for a null
    /// <paramref name="subscriptionId"/>, which disassociates the group from its subscription. The caller must
    /// administer the subscription's group (the old and the new one).</para>
    /// <para><c>PUT /v2/groups/{group_id}/subscription_admin_verified</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await groupsClient.SetSubscriptionAdminVerifiedAsync(groupId, subscriptionId);
    /// await groupsClient.SetSubscriptionAdminVerifiedAsync(otherGroupId, null);
    /// </code>
    /// </example>
    /// <param name="groupId">The id of the group.</param>
    /// <param name="subscriptionId">The id of the subscription the group belongs to, or null to disassociate it.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the group's verification as set.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is null, empty, white space or a dot segment.</exception>
    /// <exception cref="GroupsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://groups.api.globus.org/redoc#operation/update_subscription_admin_verified_id_v2_groups__group_id__subscription_admin_verified_put">Update the group's subscription admin verified ID</seealso>
    public virtual Task<GlobusResponse<SubscriptionAdminVerified>> SetSubscriptionAdminVerifiedAsync(
        string groupId,
        string? subscriptionId,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        // The request model sends a property set to null as null, where a null argument would not be sent.
        return SetSubscriptionAdminVerifiedCoreAsync(
            groupId, new SubscriptionAdminVerifiedUpdate { SubscriptionAdminVerifiedId = subscriptionId }, queryParams, cancellationToken);
    }
}
