using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>
/// The answer of the Globus Auth token endpoint (<c>/v2/oauth2/token</c>): the tokens of an
/// authorization code exchange, a refresh or a client credentials grant, one per resource server.
/// </summary>
/// <remarks>
/// <para>
/// The raw answer stays available (<see cref="GlobusResponse.Data"/>, the indexers), but
/// <see cref="ByResourceServer"/> and <see cref="ByScopes"/> are what applications use. Expiry times
/// are computed once, when the answer arrives, from <c>expires_in</c> and the client's
/// <see cref="TimeProvider"/>.
/// </para>
/// <para>
/// Immutable and safe to share between threads. <see cref="ToString"/> never shows a token; the
/// body itself (<see cref="GlobusResponse.Text"/>) holds them, so do not log it.
/// </para>
/// </remarks>
public class OAuthTokenResponse : GlobusResponse
{
    private readonly Dictionary<string, OAuthTokenData> _byResourceServer;

    /// <summary>
    /// Creates a token response from the answer of the token endpoint; also for tests of code that uses the SDK
    /// (build the answer with <see cref="GlobusResponse.FromJson"/>).
    /// </summary>
    /// <param name="response">The token endpoint's answer.</param>
    /// <param name="client">
    /// The login client that received it: <see cref="DecodeIdTokenAsync"/> uses it to fetch (and cache)
    /// Globus Auth's signing keys, and its client id is the expected audience. May be null when the
    /// id token is never decoded.
    /// </param>
    /// <param name="timeProvider">
    /// The clock that dates the answer's arrival, for <see cref="OAuthTokenData.ExpiresAtSeconds"/>;
    /// when null, the clock of <paramref name="client"/>'s options, else the system clock.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public OAuthTokenResponse(GlobusResponse response, AuthLoginClient? client = null, TimeProvider? timeProvider = null)
        : base(response)
    {
        Client = client;
        var clock = timeProvider ?? client?.Clock ?? TimeProvider.System;
        var receivedAtSeconds = clock.GetUtcNow().ToUnixTimeSeconds();
        _byResourceServer = new Dictionary<string, OAuthTokenData>(StringComparer.Ordinal);
        foreach (var document in TokenDocuments(Data))
        {
            if (ReadToken(document, receivedAtSeconds) is { } token)
            {
                _byResourceServer[token.ResourceServer] = token;
            }
        }

        ByScopes = new OAuthTokensByScopes(_byResourceServer.Values);
        IdToken = Data.ValueKind == JsonValueKind.Object
            && Data.TryGetProperty("id_token", out var idToken)
            && idToken.ValueKind == JsonValueKind.String
                ? idToken.GetString()
                : null;
    }

    /// <summary>
    /// The tokens by resource server (<c>auth.globus.org</c>, <c>transfer.api.globus.org</c>, ...): the
    /// token at the top of the answer and those of <c>other_tokens</c>.
    /// </summary>
    public IReadOnlyDictionary<string, OAuthTokenData> ByResourceServer => _byResourceServer;

    /// <summary>
    /// The tokens by scope: <c>ByScopes["openid"]</c>, or several scopes of the same token separated by
    /// spaces in any order. A scope no token carries raises <see cref="KeyNotFoundException"/>.
    /// </summary>
    public OAuthTokensByScopes ByScopes { get; }

    /// <summary>
    /// The OpenID Connect id token (a signed JWT) when the <c>openid</c> scope was granted, else null.
    /// Read its claims with <see cref="DecodeIdTokenAsync"/>, which checks the signature.
    /// </summary>
    public string? IdToken { get; }

    /// <summary>
    /// Checks the id token and returns its claims (<c>sub</c>, <c>preferred_username</c>, <c>name</c>,
    /// <c>email</c>, ...): the RSA signature (an algorithm the OpenID configuration lists) against Globus Auth's published keys, the issuer, the
    /// audience (the login client's id) and the expiry, allowing <paramref name="leeway"/> of clock difference.
    /// </summary>
    /// <remarks>
    /// Without <paramref name="openidConfiguration"/> and <paramref name="jwk"/>, the login client fetches
    /// Globus Auth's OpenID configuration and key set once and keeps them for later calls (safe from
    /// several threads). Time comes from the login client's <see cref="TimeProvider"/>.
    /// </remarks>
    /// <param name="openidConfiguration">Globus Auth's discovery document, when the caller has it; gives the issuer (and the key set's URL).</param>
    /// <param name="jwk">The signing key (from <see cref="AuthLoginClient.GetJwkRsaKeyAsync"/>); needs <paramref name="openidConfiguration"/> too.</param>
    /// <param name="leeway">How far token times may be off; 300 seconds when null, as in the Python SDK's id token decoder.</param>
    /// <param name="cancellationToken">Cancels fetching the configuration and keys.</param>
    /// <returns>The token's claims by name.</returns>
    /// <exception cref="GlobusSdkUsageException">
    /// There is no id token (the <c>openid</c> scope was not requested), the response was built without a login client,
    /// or <paramref name="jwk"/> was given without <paramref name="openidConfiguration"/>.
    /// </exception>
    /// <exception cref="IdTokenValidationException">
    /// The token failed a check; its <see cref="Exception.InnerException"/> is the library's own:
    /// <see cref="SecurityTokenInvalidSignatureException"/>, <see cref="SecurityTokenInvalidIssuerException"/>,
    /// <see cref="SecurityTokenInvalidAudienceException"/>, <see cref="SecurityTokenExpiredException"/>, ...
    /// (<see cref="SecurityTokenMalformedException"/> when it is not a JWT). Messages never contain the token.
    /// </exception>
    /// <exception cref="AuthApiException">Fetching the configuration or keys failed.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual async Task<IReadOnlyDictionary<string, JsonElement>> DecodeIdTokenAsync(
        GlobusResponse? openidConfiguration = null,
        RSA? jwk = null,
        TimeSpan? leeway = null,
        CancellationToken cancellationToken = default)
    {
        var idToken = IdToken ?? throw new GlobusSdkUsageException(
            "This token response has no id_token: request the 'openid' scope to get one.");
        var client = Client ?? throw new GlobusSdkUsageException(
            "This token response was built without a login client, which decoding needs for the audience (its client id) and Globus Auth's keys.");
        if (jwk is not null && openidConfiguration is null)
        {
            throw new GlobusSdkUsageException("A jwk was given without openid_configuration: give both, or neither.");
        }

        var decoder = new IdTokenDecoder(client, leeway);
        if (openidConfiguration is not null)
        {
            decoder.StoreOpenIdConfiguration(openidConfiguration);
        }

        if (jwk is not null)
        {
            decoder.StoreJwk(jwk);
        }

        return await decoder.DecodeAsync(idToken, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The login client that received this answer, if known.</summary>
    internal AuthLoginClient? Client { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{GetType().Name}(http_status: {HttpStatus}, resource_servers: [{string.Join(", ", _byResourceServer.Keys)}], "
        + $"id_token: {(IdToken is null ? "null" : SecretRedaction.Redacted)})";

    private static IEnumerable<JsonElement> TokenDocuments(JsonElement data)
    {
        // The dependent token grant answers with a top-level array of tokens; every other grant with
        // one token whose "other_tokens" lists the tokens of further resource servers.
        if (data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                yield return item;
            }

            yield break;
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        yield return data;
        if (data.TryGetProperty("other_tokens", out var others) && others.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in others.EnumerateArray())
            {
                yield return item;
            }
        }
    }

    private static OAuthTokenData? ReadToken(JsonElement document, long receivedAtSeconds)
    {
        // Lenient, like response models: a document without a resource server or token is skipped
        // rather than failing the whole answer.
        if (document.ValueKind != JsonValueKind.Object
            || String(document, "resource_server") is not { } resourceServer
            || String(document, "access_token") is not { } accessToken)
        {
            return null;
        }

        var expiresIn = document.TryGetProperty("expires_in", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var seconds)
                ? seconds
                : 0;
        return new OAuthTokenData(
            resourceServer,
            String(document, "scope") ?? string.Empty,
            accessToken,
            String(document, "refresh_token"),
            receivedAtSeconds + expiresIn,
            String(document, "token_type") ?? "Bearer");
    }

    private static string? String(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
