using System.Text.Json;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>Hand-made token data whose secrets are easy to search for in messages and files.</summary>
internal static class TokenSamples
{
    public const string AccessSecret = "AccessTokenSecretValue123";
    public const string RefreshSecret = "RefreshTokenSecretValue456";

    public static TokenStorageData Data(string resourceServer, string suffix = "", long expiresAt = 2_000_000_000) =>
        new(resourceServer, "ae341a98-d274-11e5-b888-dbae3a8ba545", "urn:globus:auth:scope:" + resourceServer + ":all",
            AccessSecret + suffix, RefreshSecret + suffix, expiresAt, "Bearer",
            new Dictionary<string, JsonElement> { ["note"] = JsonDocument.Parse("\"kept\"").RootElement.Clone() });

    public static Dictionary<string, TokenStorageData> ByResourceServer(params TokenStorageData[] data) =>
        data.ToDictionary(d => d.ResourceServer);
}
