namespace Globus.Sdk.Transfer;

/// <summary>
/// <c>set_subscription_id</c>: the Python SDK takes <c>None</c> to remove an endpoint's subscription
/// and sends it as JSON <c>null</c>, while a body built from arguments leaves a null argument out.
/// </summary>
public partial class TransferClient
{
    /// <summary>Set (or remove) the subscription an endpoint or collection belongs to.</summary>
    /// <remarks>
    /// <para>Associates the endpoint with a subscription the caller manages, by id, or with the caller's
    /// default subscription with <c>DEFAULT</c>; null removes the subscription. Sends
    /// <c>{"subscription_id": ...}</c>, with <c>null</c> for a null <paramref name="subscriptionId"/>.
    /// Requires subscription manager rights.</para>
    /// <para><c>PUT /v0.10/endpoint/{collection_id}/subscription</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await transferClient.SetSubscriptionIdAsync(collectionId, "DEFAULT");
    /// await transferClient.SetSubscriptionIdAsync(otherCollectionId, null);
    /// </code>
    /// </example>
    /// <param name="collectionId">The id of the endpoint or collection.</param>
    /// <param name="subscriptionId">A subscription id, <c>DEFAULT</c> for the caller's default subscription, or null to remove the subscription.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the result document.</returns>
    /// <exception cref="ArgumentException"><paramref name="collectionId"/> is null, empty or white space.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/endpoint/#set_endpoint_subscription">Set endpoint subscription</seealso>
    public virtual Task<GlobusResponse<EndpointResult>> SetSubscriptionIdAsync(
        string collectionId,
        string? subscriptionId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(collectionId);
        // The request model sends a property set to null as null, where a null argument would not be sent.
        return SetSubscriptionIdCoreAsync(collectionId, new SubscriptionIdUpdate { SubscriptionId = subscriptionId }, cancellationToken);
    }
}
