using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>
/// Fetching and reading Globus Auth's OpenID Connect documents, shared by <see cref="AuthClient"/> and
/// <see cref="AuthLoginClient"/> so both <c>GetJwkAsync</c> methods behave alike.
/// </summary>
internal static class OpenIdConnectKeys
{
    /// <summary>Fetches the key set named by <c>jwks_uri</c>, fetching the discovery document first when none is given.</summary>
    public static async Task<GlobusResponse> GetJwkAsync(
        BaseClient client,
        GlobusResponse? openidConfiguration,
        Func<CancellationToken, Task<GlobusResponse>> getOpenidConfigurationAsync,
        CancellationToken cancellationToken)
    {
        openidConfiguration ??= await getOpenidConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var jwksUri = RequiredString(openidConfiguration, "jwks_uri");
        if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"The OpenID configuration's jwks_uri is not an http(s) URL: '{jwksUri}'.");
        }

        // Public keys need no credentials, and a confidential client's secret must not go to
        // whatever URL a document names.
        return await client.SendToUrlAsync(
            HttpMethod.Get, url, data: null, headers: null, encoding: null, cancellationToken,
            authenticated: false, operationName: "get_jwk").ConfigureAwait(false);
    }

    /// <summary>The first key of a key set as an RSA public key, as the Python SDK's <c>as_pem=True</c> gives.</summary>
    public static RSA ToRsa(GlobusResponse keySet)
    {
        foreach (var (rsa, _) in RsaKeys(keySet))
        {
            return rsa;
        }

        throw new InvalidOperationException("The key set has no RSA key (a \"keys\" entry with kty RSA, n and e).");
    }

    /// <summary>Every RSA key of a key set, as keys that verify signatures.</summary>
    public static IReadOnlyList<SecurityKey> SigningKeys(GlobusResponse keySet)
    {
        var keys = RsaKeys(keySet).Select(k => (SecurityKey)new RsaSecurityKey(k.Rsa) { KeyId = k.KeyId }).ToList();
        return keys.Count > 0 ? keys : throw new InvalidOperationException("The key set has no RSA key (a \"keys\" entry with kty RSA, n and e).");
    }

    /// <summary>A string field of a document that must have it.</summary>
    public static string RequiredString(GlobusResponse document, string name) =>
        document.Get(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"The OpenID configuration has no '{name}'.");

    private static IEnumerable<(RSA Rsa, string? KeyId)> RsaKeys(GlobusResponse keySet)
    {
        if (keySet.Get("keys") is not { ValueKind: JsonValueKind.Array } keys)
        {
            yield break;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && Text(key, "kty") == "RSA"
                && Text(key, "n") is { } modulus
                && Text(key, "e") is { } exponent)
            {
                var rsa = RSA.Create();
                rsa.ImportParameters(new RSAParameters
                {
                    Modulus = Base64UrlEncoder.DecodeBytes(modulus),
                    Exponent = Base64UrlEncoder.DecodeBytes(exponent),
                });
                yield return (rsa, Text(key, "kid"));
            }
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
