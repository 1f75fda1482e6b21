using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>
/// Decodes and checks the id tokens Globus Auth issues (Python's <c>IDTokenDecoder</c>): the RSA signature
/// (with an algorithm the OpenID configuration lists; RS512 for Globus Auth) against Globus Auth's published key, the issuer, the audience (by default the client's id) and the
/// expiry. A <see cref="GlobusApp"/> uses one to learn, from a trusted token, whose tokens it stores.
/// </summary>
/// <remarks>
/// Globus Auth's OpenID configuration and key are fetched through the client on first use and kept by it;
/// <see cref="StoreOpenIdConfiguration"/> and <see cref="StoreJwk"/> supply them instead (an offline app, a
/// test). Subclass to change the audience (<see cref="GetJwtAudience"/>) or the decoding itself. Safe to use
/// from several threads once configured.
/// </remarks>
public class IdTokenDecoder
{
    private GlobusResponse? _openidConfiguration;
    private RSA? _jwk;

    /// <summary>Creates a decoder that fetches what it needs through <paramref name="authClient"/>.</summary>
    /// <param name="authClient">The login client whose id tokens are decoded; its client id is the audience.</param>
    /// <param name="jwtLeeway">How far token times may be off; 300 seconds when null, as in the Python SDK.</param>
    /// <exception cref="ArgumentNullException"><paramref name="authClient"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jwtLeeway"/> is negative.</exception>
    public IdTokenDecoder(AuthLoginClient authClient, TimeSpan? jwtLeeway = null)
    {
        ArgumentNullException.ThrowIfNull(authClient);
        if (jwtLeeway < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(jwtLeeway), jwtLeeway, "The leeway cannot be negative.");
        }

        AuthClient = authClient;
        JwtLeeway = jwtLeeway ?? IdTokenValidation.DefaultLeeway;
    }

    /// <summary>The client that fetches Globus Auth's configuration and key.</summary>
    public AuthLoginClient AuthClient { get; }

    /// <summary>How far token times may be off.</summary>
    public TimeSpan JwtLeeway { get; }

    /// <summary>The decoder a <see cref="GlobusApp"/> uses by default (Python's <c>IDTokenDecoder.for_globus_app</c>).</summary>
    /// <param name="appName">The app's name.</param>
    /// <param name="config">The app's configuration.</param>
    /// <param name="loginClient">The app's login client.</param>
    /// <returns>A decoder on <paramref name="loginClient"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loginClient"/> is null.</exception>
    public static IdTokenDecoder ForGlobusApp(string appName, GlobusAppConfig config, AuthLoginClient loginClient) => new(loginClient);

    /// <summary>The audience a token must name: the client's id. Override to accept another.</summary>
    /// <returns>The audience.</returns>
    public virtual string GetJwtAudience() => AuthClient.ClientId;

    /// <summary>Keeps Globus Auth's OpenID configuration for later decoding, instead of fetching it.</summary>
    /// <param name="openidConfiguration">The answer of <see cref="AuthLoginClient.GetOpenidConfigurationAsync"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="openidConfiguration"/> is null.</exception>
    public void StoreOpenIdConfiguration(GlobusResponse openidConfiguration)
    {
        ArgumentNullException.ThrowIfNull(openidConfiguration);
        Volatile.Write(ref _openidConfiguration, openidConfiguration);
    }

    /// <summary>
    /// Keeps Globus Auth's signing key for later decoding, instead of fetching the key set; the OpenID
    /// configuration (for the issuer) is still fetched unless stored too.
    /// </summary>
    /// <param name="jwk">The key, as <see cref="AuthLoginClient.GetJwkRsaKeyAsync"/> returns it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="jwk"/> is null.</exception>
    public void StoreJwk(RSA jwk)
    {
        ArgumentNullException.ThrowIfNull(jwk);
        Volatile.Write(ref _jwk, jwk);
    }

    /// <summary>Checks an id token and returns its claims (Python's <c>decode</c>).</summary>
    /// <param name="idToken">The id token, a JWT.</param>
    /// <param name="cancellationToken">Cancels fetching the configuration or key.</param>
    /// <returns>The token's claims by name (<c>sub</c> is the identity id).</returns>
    /// <exception cref="ArgumentException"><paramref name="idToken"/> is null or empty.</exception>
    /// <exception cref="IdTokenValidationException">The token failed a check (the message never contains the token).</exception>
    /// <exception cref="AuthApiException">Fetching the configuration or key failed.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual async Task<IReadOnlyDictionary<string, JsonElement>> DecodeAsync(string idToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idToken);
        var keys = await SigningKeysAsync(cancellationToken).ConfigureAwait(false);
        return await IdTokenValidation.ValidateAsync(idToken, keys.Issuer, GetJwtAudience(), keys.Keys, keys.Algorithms, JwtLeeway, AuthClient.Clock).ConfigureAwait(false);
    }

    private async Task<OpenIdSigningKeys> SigningKeysAsync(CancellationToken cancellationToken)
    {
        var configuration = Volatile.Read(ref _openidConfiguration);
        var jwk = Volatile.Read(ref _jwk);
        if (configuration is null && jwk is null)
        {
            return await AuthClient.GetSigningKeysAsync(cancellationToken).ConfigureAwait(false);
        }

        configuration ??= await AuthClient.GetOpenidConfigurationAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SecurityKey> keys = jwk is not null
            ? [new RsaSecurityKey(jwk)]
            : OpenIdConnectKeys.SigningKeys(await AuthClient.GetJwkAsync(configuration, cancellationToken).ConfigureAwait(false));
        return AuthLoginClient.SigningKeysOf(configuration, keys);
    }
}
