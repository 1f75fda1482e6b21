using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>
/// Checks an id token with Microsoft.IdentityModel and returns its claims. Every failure of a check is an
/// <see cref="IdTokenValidationException"/> with the library's exception inside, so <c>catch (GlobusException)</c> sees it.
/// </summary>
internal static class IdTokenValidation
{
    /// <summary>How far token times may be off, as in the Python SDK's <c>IDTokenDecoder</c>.</summary>
    public static readonly TimeSpan DefaultLeeway = TimeSpan.FromSeconds(300);

    public static async Task<IReadOnlyDictionary<string, JsonElement>> ValidateAsync(
        string idToken,
        string issuer,
        string audience,
        IEnumerable<SecurityKey> keys,
        IEnumerable<string> algorithms,
        TimeSpan leeway,
        TimeProvider clock)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = keys,
            TryAllIssuerSigningKeys = true,
            ValidAlgorithms = algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = leeway,
            // The library reads the system clock; the SDK's clock (a FakeTimeProvider in tests) decides.
            LifetimeValidator = (notBefore, expires, _, _) => CheckLifetime(notBefore, expires, leeway, clock),
            // Never copy the token into an exception or a log.
            IncludeTokenOnFailedValidation = false,
        };
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };
        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(idToken, parameters).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SecurityTokenException or ArgumentException or FormatException)
        {
            throw Failure(exception);
        }

        if (!result.IsValid)
        {
            // The library's own exception says which check failed (signature, issuer, audience, lifetime).
            throw Failure(result.Exception ?? new SecurityTokenValidationException("The id token is not valid."));
        }

        try
        {
            var payload = ((JsonWebToken)result.SecurityToken).EncodedPayload;
            using var document = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(payload));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : throw new JsonException("The id token's payload is not a JSON object.");
        }
        catch (Exception exception) when (exception is JsonException or FormatException or ArgumentException)
        {
            throw Failure(exception);
        }
    }

    /// <summary>The SDK's exception for a failed check; the library's messages never contain the token (see above).</summary>
    private static IdTokenValidationException Failure(Exception exception) =>
        new($"The id token failed validation: {exception.Message}", exception);

    private static bool CheckLifetime(DateTime? notBefore, DateTime? expires, TimeSpan leeway, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException("The id token has no expiry (exp).");
        }

        if (notBefore is { } start && start > now + leeway)
        {
            throw new SecurityTokenNotYetValidException($"The id token is not valid before {start:O}; it is now {now:O}.") { NotBefore = start };
        }

        if (expiry < now - leeway)
        {
            throw new SecurityTokenExpiredException($"The id token expired at {expiry:O}; it is now {now:O}.") { Expires = expiry };
        }

        return true;
    }
}
