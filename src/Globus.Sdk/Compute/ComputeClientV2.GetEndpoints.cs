using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk.Compute;

/// <summary>
/// <c>get_endpoints</c>: the service answers with a top-level JSON array of endpoints, which a spec's
/// response cannot name as one model, so the typed result is read here as a list.
/// </summary>
public partial class ComputeClientV2
{
    private static readonly JsonTypeInfo<IReadOnlyList<ComputeEndpoint>> EndpointListTypeInfo =
        ModelCollections.ListOf(ComputeJsonContext.Default.ComputeEndpoint);

    /// <summary>List the registered endpoints associated with the caller.</summary>
    /// <remarks>
    /// <para>The service answers with a top-level JSON array of endpoints; <paramref name="role"/> (<c>owner</c>,
    /// <c>any</c>) says which ones, and is sent only when given. Each endpoint of the list carries its
    /// <c>uuid</c>, <c>name</c>, <c>display_name</c> and <c>owner</c>.</para>
    /// <para><c>GET /v2/endpoints</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// foreach (var endpoint in (await computeClient.GetEndpointsAsync(role: "any")).Value)
    ///     Console.WriteLine($"{endpoint.DisplayName} ({endpoint.Uuid})");
    /// </code>
    /// </example>
    /// <param name="role">The caller's role on the endpoints to list, such as <c>owner</c> or <c>any</c>; the service's default when null.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the list of endpoints.</returns>
    /// <exception cref="ComputeApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://compute.api.globus.org/redoc#tag/Endpoints/operation/get_endpoints_v2_endpoints_get">Get Endpoints</seealso>
    public virtual async Task<GlobusResponse<IReadOnlyList<ComputeEndpoint>>> GetEndpointsAsync(
        string? role = null,
        CancellationToken cancellationToken = default)
    {
        var response = await GetEndpointsCoreAsync(role, cancellationToken).ConfigureAwait(false);
        return GlobusResponse<IReadOnlyList<ComputeEndpoint>>.FromResponse(response, EndpointListTypeInfo);
    }
}
