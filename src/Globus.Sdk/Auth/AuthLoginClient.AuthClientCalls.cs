// v3.0's NativeAppAuthClient and ConfidentialAppAuthClient were AuthClients, so they inherited these
// calls; 4.0 made the login clients separate and dropped them. They are kept for v3.0 code, sent as
// the login client authenticates (Basic for a confidential app, nothing for a native one).
namespace Globus.Sdk.Auth;

public partial class AuthLoginClient
{
    /// <summary>Look up identities by username or by id, authenticated as this login client (v3.0; use <see cref="AuthClient.GetIdentitiesAsync"/>).</summary>
    /// <remarks>
    /// <c>GET /v2/api/identities</c>, as <see cref="AuthClient.GetIdentitiesAsync"/> sends it: <paramref name="usernames"/>
    /// and <paramref name="ids"/> comma-joined, <paramref name="provision"/> only with usernames.
    /// </remarks>
    /// <param name="usernames">The usernames to look up, sent comma-joined. Not sent when null.</param>
    /// <param name="ids">The identity ids to look up, sent comma-joined. Not sent when null.</param>
    /// <param name="provision">Create identity ids for usernames Globus Auth has not seen yet; sent only with <paramref name="usernames"/>.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> enumerates the identities found.</returns>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    [Obsolete("A login client's identity lookup (v3.0; removed from the login clients in the Python SDK 4.0): use AuthClient.GetIdentitiesAsync with a token.", DiagnosticId = "GLOBUS118")]
    public virtual Task<GlobusResponse<GetIdentitiesResponse>> GetIdentitiesAsync(
        IEnumerable<string>? usernames = null,
        IEnumerable<string>? ids = null,
        bool provision = false,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        GetIdentitiesCoreAsync(usernames, ids, usernames is null ? null : provision, queryParams, cancellationToken);

    /// <summary>Get information about the user, authenticated as this login client (v3.0's name; use <see cref="AuthClient.UserInfoAsync"/>).</summary>
    /// <remarks><c>GET /v2/oauth2/userinfo</c>, which Globus Auth answers for a user's access token.</remarks>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the user's information.</returns>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    [Obsolete("Get information about the user the access token was issued for (v3.0's name, on a login client; use AuthClient.UserInfoAsync).", DiagnosticId = "GLOBUS100")]
    public virtual Task<GlobusResponse<UserInfo>> OAuth2UserInfoAsync(CancellationToken cancellationToken = default) =>
        UserInfoCoreAsync(cancellationToken);
}
