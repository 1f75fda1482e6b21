namespace Globus.Sdk.Auth;

/// <summary>
/// The token Globus Auth issued for one resource server: an entry of
/// <see cref="OAuthTokenResponse.ByResourceServer"/> and <see cref="OAuthTokenResponse.ByScopes"/>.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. <see cref="ToString"/> shows the resource server,
/// scope, type and expiry but never the tokens.
/// </remarks>
public sealed class OAuthTokenData
{
    /// <summary>Creates token data, for example from values kept in storage or for a test.</summary>
    /// <param name="resourceServer">The service the token is for, such as <c>transfer.api.globus.org</c>.</param>
    /// <param name="scope">The token's scopes, separated by spaces.</param>
    /// <param name="accessToken">The access token.</param>
    /// <param name="refreshToken">The refresh token, or null when none was requested.</param>
    /// <param name="expiresAtSeconds">When the access token expires, in seconds since the Unix epoch.</param>
    /// <param name="tokenType">How the token is sent, <c>Bearer</c> for every Globus token.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public OAuthTokenData(
        string resourceServer,
        string scope,
        string accessToken,
        string? refreshToken,
        long expiresAtSeconds,
        string tokenType = "Bearer")
    {
        ArgumentNullException.ThrowIfNull(resourceServer);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(accessToken);
        ArgumentNullException.ThrowIfNull(tokenType);
        ResourceServer = resourceServer;
        Scope = scope;
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAtSeconds = expiresAtSeconds;
        TokenType = tokenType;
    }

    /// <summary>The service the token is for, such as <c>transfer.api.globus.org</c> (the Python SDK's <c>resource_server</c>).</summary>
    public string ResourceServer { get; }

    /// <summary>The token's scopes, separated by spaces (<c>scope</c>).</summary>
    public string Scope { get; }

    /// <summary>The access token (<c>access_token</c>). Keep it secret: it acts as the user.</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token (<c>refresh_token</c>), or null when refresh tokens were not requested. Keep it secret: it does not expire.</summary>
    public string? RefreshToken { get; }

    /// <summary>
    /// When the access token expires, in seconds since the Unix epoch (<c>expires_at_seconds</c>), computed
    /// from the service's <c>expires_in</c> and the time the answer arrived.
    /// </summary>
    public long ExpiresAtSeconds { get; }

    /// <summary>How the token is sent (<c>token_type</c>), <c>Bearer</c> for every Globus token.</summary>
    public string TokenType { get; }

    /// <summary>The scopes of <see cref="Scope"/>, one per entry.</summary>
    public IReadOnlyList<string> Scopes => Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{nameof(OAuthTokenData)}(resource_server: {ResourceServer}, scope: {Scope}, token_type: {TokenType}, "
        + $"expires_at_seconds: {ExpiresAtSeconds}, access_token: {SecretRedaction.Redacted}, "
        + $"refresh_token: {(RefreshToken is null ? "null" : SecretRedaction.Redacted)})";
}
