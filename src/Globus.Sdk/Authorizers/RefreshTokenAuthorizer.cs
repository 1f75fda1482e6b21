using Globus.Sdk.Auth;

namespace Globus.Sdk.Authorizers;

/// <summary>
/// Keeps a user's access token fresh with a refresh token: when the access token is missing, about to
/// expire or rejected, a new one is obtained from Globus Auth with the refresh token. When Globus Auth
/// rotates the refresh token, the new one is adopted (and reaches <c>onRefresh</c>, so storage keeps it).
/// Python's <c>RefreshTokenAuthorizer</c>.
/// </summary>
/// <remarks>See <see cref="RenewingAuthorizer"/> for renewal and thread safety.</remarks>
public class RefreshTokenAuthorizer : RenewingAuthorizer
{
    private readonly AuthLoginClient _authLoginClient;
    private volatile string _refreshToken;

    /// <summary>Creates the authorizer.</summary>
    /// <param name="refreshToken">The refresh token.</param>
    /// <param name="authLoginClient">The login client the refresh token was issued to (native or confidential app).</param>
    /// <param name="accessToken">An access token obtained earlier, or null to get one on first use.</param>
    /// <param name="expiresAt">When <paramref name="accessToken"/> expires, in seconds since the Unix epoch; required with it.</param>
    /// <param name="onRefresh">Called with each new token response, for example a token storage's <c>OnRefresh</c>.</param>
    /// <param name="timeProvider">The clock that decides expiry; when null, the login client's (from its options), else the system clock.</param>
    /// <exception cref="ArgumentException"><paramref name="refreshToken"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="authLoginClient"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">An access token was given without its expiry.</exception>
    public RefreshTokenAuthorizer(
        string refreshToken,
        AuthLoginClient authLoginClient,
        string? accessToken = null,
        long? expiresAt = null,
        Func<OAuthTokenResponse, CancellationToken, ValueTask>? onRefresh = null,
        TimeProvider? timeProvider = null)
        : base(accessToken, expiresAt, onRefresh, timeProvider ?? authLoginClient?.Clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(refreshToken);
        ArgumentNullException.ThrowIfNull(authLoginClient);
        _refreshToken = refreshToken;
        _authLoginClient = authLoginClient;
    }

    /// <summary>The refresh token in use: the one given, or the latest one Globus Auth rotated to.</summary>
    public string RefreshToken => _refreshToken;

    /// <inheritdoc/>
    protected override Task<OAuthTokenResponse> GetTokenResponseAsync(CancellationToken cancellationToken) =>
        _authLoginClient.OAuth2RefreshTokenAsync(_refreshToken, cancellationToken: cancellationToken);

    /// <inheritdoc/>
    protected override void OnNewToken(OAuthTokenData tokenData)
    {
        ArgumentNullException.ThrowIfNull(tokenData);
        if (!string.IsNullOrEmpty(tokenData.RefreshToken))
        {
            // Rotation: the old refresh token stops working once a new one is issued.
            _refreshToken = tokenData.RefreshToken;
        }
    }
}
