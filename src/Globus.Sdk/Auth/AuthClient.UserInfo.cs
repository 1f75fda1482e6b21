namespace Globus.Sdk.Auth;

public partial class AuthClient
{
    /// <summary>Get information about the user the access token was issued for.</summary>
    /// <remarks>
    /// <para>
    /// <c>GET /v2/oauth2/userinfo</c>: the OpenID Connect userinfo of the authenticated user, <c>sub</c>
    /// (the identity id) always, and the name, email and identity set when the token has the
    /// <c>profile</c>, <c>email</c> and <c>view_identity_set</c> scopes.
    /// </para>
    /// <code>
    /// var me = (await authClient.UserInfoAsync()).Value;
    /// Console.WriteLine($"{me.Sub} {me.PreferredUsername}");
    /// </code>
    /// </remarks>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the user's information.</returns>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#get_or_post_v2_oauth2_userinfo_resource">Userinfo</seealso>
    public virtual Task<GlobusResponse<UserInfo>> UserInfoAsync(CancellationToken cancellationToken = default) =>
        UserInfoCoreAsync(cancellationToken);

    /// <summary>Get information about the user the access token was issued for (v3.0's name; use UserInfoAsync).</summary>
    /// <remarks>
    /// v3.0's <c>oauth2_userinfo</c>, removed from the Python SDK in 4.0 in favour of <c>userinfo</c>:
    /// the same <c>GET /v2/oauth2/userinfo</c>.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The same answer as <see cref="UserInfoAsync"/>.</returns>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    [Obsolete("Get information about the user the access token was issued for (v3.0's name; use UserInfoAsync).", DiagnosticId = "GLOBUS100")]
    public virtual Task<GlobusResponse<UserInfo>> OAuth2UserInfoAsync(CancellationToken cancellationToken = default) =>
        UserInfoCoreAsync(cancellationToken);
}
