namespace Globus.Sdk.Auth;

public partial class AuthClient
{
    /// <summary>Get information about the user the access token was issued for (v3.0's name; use UserInfoAsync).</summary>
    /// <remarks>
    /// v3.0's <c>oauth2_userinfo</c>, removed from the Python SDK in 4.0 in favour of <c>userinfo</c>.
    /// It is written here rather than in the spec because both names are the same
    /// <c>GET /v2/oauth2/userinfo</c>, which an OpenAPI document can describe only once.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The same answer as <see cref="UserInfoAsync"/>.</returns>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    [Obsolete("Get information about the user the access token was issued for (v3.0's name; use UserInfoAsync).", DiagnosticId = "GLOBUS100")]
    public virtual Task<GlobusResponse<UserInfo>> OAuth2UserInfoAsync(CancellationToken cancellationToken = default) =>
        UserInfoAsync(cancellationToken);
}
