using Globus.Sdk.Transport;

namespace Globus.Sdk.Auth;

public partial class AuthClient
{
    /// <summary>Look up identities by username or by id.</summary>
    /// <remarks>
    /// <para>
    /// <c>GET /v2/api/identities</c>. <paramref name="usernames"/> and <paramref name="ids"/> are sent
    /// comma-joined. <paramref name="provision"/> is sent (as <c>true</c> or <c>false</c>) only together
    /// with <paramref name="usernames"/>, as the Python SDK sends it: it means nothing for ids. Giving both
    /// usernames and ids is allowed (the Python SDK only logs a warning); the service decides.
    /// Identities Globus does not know are left out of the answer. To look up many identities, batch
    /// them with <see cref="IdentityMap"/>.
    /// </para>
    /// <code>
    /// var found = await authClient.GetIdentitiesAsync(usernames: ["ada@globusid.org"]);
    /// foreach (var identity in found.Value)
    ///     Console.WriteLine($"{identity.Username}: {identity.Id}");
    /// </code>
    /// </remarks>
    /// <param name="usernames">The usernames to look up, sent comma-joined. Not sent when null.</param>
    /// <param name="ids">The identity ids to look up, sent comma-joined. Not sent when null.</param>
    /// <param name="provision">Create identity ids for usernames Globus Auth has not seen yet; sent only with <paramref name="usernames"/>.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> enumerates the identities found.</returns>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#v2_api_identities_resources">Get identities</seealso>
    public virtual Task<GlobusResponse<GetIdentitiesResponse>> GetIdentitiesAsync(
        IEnumerable<string>? usernames = null,
        IEnumerable<string>? ids = null,
        bool provision = false,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        GetIdentitiesCoreAsync(usernames, ids, usernames is null ? null : provision, queryParams, cancellationToken);

    /// <summary>Look up identity providers by domain or by id.</summary>
    /// <remarks>
    /// <para>
    /// <c>GET /v2/api/identity_providers</c>. Give at most one of <paramref name="domains"/> and
    /// <paramref name="ids"/> (each sent comma-joined); both together are refused before any request,
    /// as the Python SDK refuses them.
    /// </para>
    /// <code>
    /// var idps = await authClient.GetIdentityProvidersAsync(domains: ["globusid.org"]);
    /// foreach (var idp in idps.Value)
    ///     Console.WriteLine($"{idp.Name}: {idp.Id}");
    /// </code>
    /// </remarks>
    /// <param name="domains">The domains whose identity providers to return, sent comma-joined. Not sent when null.</param>
    /// <param name="ids">The identity provider ids to return, sent comma-joined. Not sent when null.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> enumerates the identity providers found.</returns>
    /// <exception cref="GlobusSdkUsageException">Both <paramref name="domains"/> and <paramref name="ids"/> were given.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#get_identity_providers">Get identity providers</seealso>
    public virtual Task<GlobusResponse<GetIdentityProvidersResponse>> GetIdentityProvidersAsync(
        IEnumerable<string>? domains = null,
        IEnumerable<string>? ids = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        if (domains is not null && ids is not null)
        {
            throw new GlobusSdkUsageException(
                "GetIdentityProvidersAsync takes 'domains' or 'ids', not both: they are mutually exclusive.");
        }

        return GetIdentityProvidersCoreAsync(domains, ids, queryParams, cancellationToken);
    }
}
