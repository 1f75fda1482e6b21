using System.Security.Cryptography;
using System.Text;

namespace Globus.Sdk.Auth;

/// <summary>
/// The authorization code flow of an app that cannot keep a secret (a native app), protected by PKCE
/// (RFC 7636, <c>S256</c>): a one-time secret, the verifier, is made for this login; its hash (the
/// challenge) goes in the authorize URL and the verifier itself in the code exchange, proving that
/// the app that started the login also ends it.
/// </summary>
/// <remarks>
/// <para>
/// Usually created by <see cref="NativeAppAuthClient.OAuth2StartFlow"/>. Immutable and safe to share
/// between threads. To resume a login in another process or request, keep <see cref="Verifier"/>
/// (secret: keep it where the user's session is kept, never in a URL) with the other arguments, and
/// pass them to the constructor again.
/// </para>
/// <para><see cref="ToString"/> never shows the verifier.</para>
/// </remarks>
public sealed class GlobusNativeAppFlowManager : GlobusOAuthFlowManager
{
    /// <summary>Starts a native app flow.</summary>
    /// <param name="authClient">The login client that exchanges the code; its client id is the app's.</param>
    /// <param name="requestedScopes">
    /// The scopes to request; an entry may hold several separated by spaces. When null or empty, the
    /// Python SDK v3.0 defaults: <c>openid profile email urn:globus:auth:scope:transfer.api.globus.org:all</c>.
    /// </param>
    /// <param name="redirectUri">
    /// Where Globus Auth sends the user after login; by default its own page <c>{auth base URL}/v2/web/auth-code</c>,
    /// which shows the code for the user to paste into the app.
    /// </param>
    /// <param name="state">Passed back to the redirect URI unchanged, for the app's own use.</param>
    /// <param name="verifier">
    /// The PKCE verifier: 43 to 128 characters of <c>A-Z a-z 0-9 ~ _ . -</c>. When null, a new one is made
    /// from 32 bytes of a cryptographic random number generator.
    /// </param>
    /// <param name="refreshTokens">When true, also ask for refresh tokens (<c>access_type=offline</c>).</param>
    /// <param name="prefillNamedGrant">A label for this grant, prefilled on the consent page (for example the computer's name).</param>
    /// <exception cref="ArgumentNullException"><paramref name="authClient"/> or <paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="verifier"/> is not a valid PKCE verifier.</exception>
    public GlobusNativeAppFlowManager(
        AuthLoginClient authClient,
        IEnumerable<string>? requestedScopes = null,
        string? redirectUri = null,
        string state = "_default",
        string? verifier = null,
        bool refreshTokens = false,
        string? prefillNamedGrant = null)
        : base(authClient)
    {
        ArgumentNullException.ThrowIfNull(state);
        RequestedScopes = AuthLoginClient.JoinScopes(requestedScopes);
        RedirectUri = redirectUri ?? new Uri(authClient.BaseUrl, "v2/web/auth-code").AbsoluteUri;
        State = state;
        (Verifier, Challenge) = MakeNativeAppChallenge(verifier);
        RefreshTokens = refreshTokens;
        PrefillNamedGrant = prefillNamedGrant;
    }

    /// <summary>The requested scopes, separated by spaces.</summary>
    public string RequestedScopes { get; }

    /// <summary>Where Globus Auth sends the user after login.</summary>
    public string RedirectUri { get; }

    /// <summary>The value passed back to the redirect URI.</summary>
    public string State { get; }

    /// <summary>The PKCE verifier, a secret of this login: keep it only where the user's session is kept.</summary>
    public string Verifier { get; }

    /// <summary>The PKCE challenge: the unpadded base64url SHA-256 of <see cref="Verifier"/>.</summary>
    public string Challenge { get; }

    /// <summary>Whether refresh tokens are requested.</summary>
    public bool RefreshTokens { get; }

    /// <summary>The grant label prefilled on the consent page, or null.</summary>
    public string? PrefillNamedGrant { get; }

    /// <summary>
    /// Makes a PKCE verifier (or checks the one given) and its <c>S256</c> challenge (RFC 7636).
    /// </summary>
    /// <param name="verifier">A verifier to use: 43 to 128 characters of <c>A-Z a-z 0-9 ~ _ . -</c>; when null, a random one.</param>
    /// <returns>The verifier and its challenge.</returns>
    /// <exception cref="ArgumentException"><paramref name="verifier"/> is not a valid PKCE verifier.</exception>
    public static (string Verifier, string Challenge) MakeNativeAppChallenge(string? verifier = null)
    {
        if (verifier is null)
        {
            // 32 random bytes give the 43-character verifier RFC 7636 recommends.
            verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        }
        else
        {
            if (verifier.Length is < 43 or > 128)
            {
                throw new ArgumentException($"A PKCE verifier has 43 to 128 characters; this one has {verifier.Length}.", nameof(verifier));
            }

            if (!verifier.All(IsVerifierCharacter))
            {
                throw new ArgumentException("A PKCE verifier may contain only A-Z, a-z, 0-9 and ~ _ . -", nameof(verifier));
            }
        }

        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <inheritdoc/>
    public override string GetAuthorizeUrl(IEnumerable<KeyValuePair<string, string?>>? queryParams = null) =>
        BuildAuthorizeUrl(
            [
                new("client_id", ClientId),
                new("redirect_uri", RedirectUri),
                new("scope", RequestedScopes),
                new("state", State),
                new("response_type", "code"),
                new("code_challenge", Challenge),
                new("code_challenge_method", "S256"),
                new("access_type", RefreshTokens ? "offline" : "online"),
                new("prefill_named_grant", PrefillNamedGrant),
            ],
            queryParams);

    /// <inheritdoc/>
    public override Task<OAuthTokenResponse> ExchangeCodeForTokensAsync(string authCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authCode);
        // A native app has no secret: the client id and the verifier identify it instead.
        return AuthClient.OAuth2TokenAsync(
            [
                new("client_id", ClientId),
                new("grant_type", "authorization_code"),
                new("code", authCode),
                new("code_verifier", Verifier),
                new("redirect_uri", RedirectUri),
            ],
            bodyParams: null,
            cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{nameof(GlobusNativeAppFlowManager)}(client_id: {ClientId}, redirect_uri: {RedirectUri}, scope: {RequestedScopes}, "
        + $"state: {State}, refresh_tokens: {RefreshTokens}, verifier: {SecretRedaction.Redacted}, challenge: {Challenge})";

    private static bool IsVerifierCharacter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '~' or '_' or '.' or '-';

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
