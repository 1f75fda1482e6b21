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
        Func<CancellationToken, Task<GlobusResponse<OpenIdConfiguration>>> getOpenidConfigurationAsync,
        CancellationToken cancellationToken)
    {
        openidConfiguration ??= await getOpenidConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var jwksUri = RequiredString(openidConfiguration, "jwks_uri");
        if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw Malformed(openidConfiguration, $"The OpenID configuration's jwks_uri is not an http(s) URL: '{jwksUri}'.");
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

        throw Malformed(keySet, NoRsaKey);
    }

    /// <summary>Every RSA key of a key set, as keys that verify signatures.</summary>
    public static IReadOnlyList<SecurityKey> SigningKeys(GlobusResponse keySet)
    {
        var keys = RsaKeys(keySet).Select(k => (SecurityKey)new RsaSecurityKey(k.Rsa) { KeyId = k.KeyId }).ToList();
        return keys.Count > 0 ? keys : throw Malformed(keySet, NoRsaKey);
    }

    /// <summary>
    /// The algorithms the discovery document says id tokens are signed with, kept to the RSA signatures the
    /// published keys can check (never <c>none</c> or an HMAC, which a public key must not verify); the RSA
    /// signatures when the document names none.
    /// </summary>
    public static IReadOnlyList<string> SigningAlgorithms(GlobusResponse openidConfiguration)
    {
        if (openidConfiguration.Get("id_token_signing_alg_values_supported") is not { ValueKind: JsonValueKind.Array } listed)
        {
            return RsaAlgorithms;
        }

        var named = listed.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToHashSet(StringComparer.Ordinal);
        var usable = RsaAlgorithms.Where(named.Contains).ToArray();
        return usable.Length > 0
            ? usable
            : throw Malformed(openidConfiguration, "The OpenID configuration names no RSA signature algorithm in 'id_token_signing_alg_values_supported'.");
    }

    /// <summary>A string field of a document that must have it.</summary>
    public static string RequiredString(GlobusResponse document, string name) =>
        document.Get(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : throw Malformed(document, $"The OpenID configuration has no '{name}'.");

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
                yield return (Import(keySet, modulus, exponent), Text(key, "kid"));
            }
        }
    }

    private static readonly string[] RsaAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
    ];

    private const string NoRsaKey = "The key set has no RSA key (a \"keys\" entry with kty RSA, n and e).";

    private static RSA Import(GlobusResponse keySet, string modulus, string exponent)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(new RSAParameters
            {
                Modulus = Base64UrlEncoder.DecodeBytes(modulus),
                Exponent = Base64UrlEncoder.DecodeBytes(exponent),
            });
            return rsa;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw Malformed(keySet, "The key set has an RSA key whose n or e is not a valid base64url number.");
        }
    }

    /// <summary>A discovery document or key set Globus Auth should not have sent: a decoding failure carrying the answer.</summary>
    private static GlobusResponseDecodingException Malformed(GlobusResponse answer, string problem) =>
        new(answer, typeof(RSA), new JsonException(problem));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
