namespace Globus.Sdk.Auth;

/// <summary>
/// The answer of a dependent token grant
/// (<see cref="ConfidentialAppAuthClient.OAuth2GetDependentTokensAsync"/>): a top-level JSON array
/// with one token per resource server, presented like any token answer through
/// <see cref="OAuthTokenResponse.ByResourceServer"/> and <see cref="OAuthTokenResponse.ByScopes"/>.
/// </summary>
/// <remarks>
/// The grant issues no id token, so <see cref="OAuthTokenResponse.IdToken"/> is always null.
/// Immutable and safe to share between threads.
/// </remarks>
public class OAuthDependentTokenResponse : OAuthTokenResponse
{
    /// <summary>Creates a dependent token response from the token endpoint's answer; also for tests.</summary>
    /// <param name="response">The token endpoint's answer, a JSON array of tokens.</param>
    /// <param name="client">The login client that received it, or null.</param>
    /// <param name="timeProvider">The clock that dates the answer's arrival; see <see cref="OAuthTokenResponse"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public OAuthDependentTokenResponse(GlobusResponse response, AuthLoginClient? client = null, TimeProvider? timeProvider = null)
        : base(response, client, timeProvider)
    {
    }
}
