using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// Globus Auth as a WireMock.Net server on loopback: the token endpoints, OpenID Connect discovery
/// and a key set whose RSA key is made here, so id tokens are really signed (RS256) and really checked.
/// </summary>
public sealed class FakeGlobusAuth : IDisposable
{
    public const string Issuer = "https://auth.globus.org";
    public const string KeyId = "test-key-1";

    public FakeGlobusAuth(WireMockServer server, FakeTimeProvider? time = null)
    {
        Server = server;
        Time = time ?? new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    }

    public WireMockServer Server { get; }

    public FakeTimeProvider Time { get; }

    // Making a 2048-bit key takes a while; every fake of the run signs with the same one.
    private static readonly Lazy<RSA> SharedKey = new(() => RSA.Create(2048));

    public RSA SigningKey => SharedKey.Value;

    public Uri BaseUrl => new(Server.Url! + "/");

    public long Now => Time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Serves discovery (<c>/.well-known/openid-configuration</c>) and the key set (<c>/jwk.json</c>).</summary>
    public void ServeDiscovery(string issuer = Issuer, RSA? publishedKey = null, params string[] algorithms)
    {
        var configuration = new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = Issuer + "/v2/oauth2/authorize",
            ["token_endpoint"] = Issuer + "/v2/oauth2/token",
            ["jwks_uri"] = Server.Url + "/jwk.json",
            ["id_token_signing_alg_values_supported"] = new JsonArray((algorithms.Length > 0 ? algorithms : ["RS256"]).Select(a => (JsonNode)a).ToArray()),
        };
        Server.Given(Request.Create().WithPath("/.well-known/openid-configuration").UsingGet())
            .RespondWith(Json(configuration.ToJsonString()));
        Server.Given(Request.Create().WithPath("/jwk.json").UsingGet())
            .RespondWith(Json(KeySetJson(publishedKey ?? SigningKey)));
    }

    /// <summary>The key set Globus Auth publishes, with one RSA key.</summary>
    public static string KeySetJson(RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64Url(parameters.Modulus!),
                ["e"] = Base64Url(parameters.Exponent!),
            }),
        }.ToJsonString();
    }

    /// <summary>Answers every POST to the token endpoint with <paramref name="json"/>.</summary>
    public void AnswerTokens(string json, int status = 200) =>
        Server.Given(Request.Create().WithPath("/v2/oauth2/token").UsingPost()).RespondWith(Json(json, status));

    /// <summary>Globus Auth's answer to a refresh or client credentials grant: one new token (numbered) for <paramref name="resourceServer"/>.</summary>
    public void AnswerRenewals(string resourceServer, string scope, int priority = 1)
    {
        var suffix = 0;
        Server.Given(Request.Create().WithPath("/v2/oauth2/token").UsingPost()
                .WithBody((string? body) => body is not null && (body.Contains("grant_type=refresh_token") || body.Contains("grant_type=client_credentials"))))
            .AtPriority(priority)
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    DetectedBodyType = WireMock.Types.BodyType.String,
                    BodyAsString = new JsonObject
                    {
                        ["access_token"] = $"at-renewed-{Interlocked.Increment(ref suffix)}-0123456789",
                        ["resource_server"] = resourceServer,
                        ["scope"] = scope,
                        ["expires_in"] = 3600,
                        ["token_type"] = "Bearer",
                        ["other_tokens"] = new JsonArray(),
                    }.ToJsonString(),
                },
            }));
    }

    public void Answer(string path, string json, int status = 200) =>
        Server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Json(json, status));

    /// <summary>A token answer like Globus Auth's: an auth token with an id token, and a Transfer token in other_tokens.</summary>
    public string TokenJson(string audience, bool refreshTokens = false, string? nonce = null, string suffix = "1")
    {
        var idToken = SignIdToken(IdTokenClaims(audience, nonce));
        return new JsonObject
        {
            ["access_token"] = "at-auth-" + suffix + "-0123456789",
            ["scope"] = "openid profile email",
            ["resource_server"] = "auth.globus.org",
            ["expires_in"] = 172800,
            ["token_type"] = "Bearer",
            ["refresh_token"] = refreshTokens ? "rt-auth-" + suffix + "-0123456789" : null,
            ["id_token"] = idToken,
            ["state"] = "_default",
            ["other_tokens"] = new JsonArray(new JsonObject
            {
                ["access_token"] = "at-transfer-" + suffix + "-0123456789",
                ["scope"] = "urn:globus:auth:scope:transfer.api.globus.org:all",
                ["resource_server"] = "transfer.api.globus.org",
                ["expires_in"] = 3600,
                ["token_type"] = "Bearer",
                ["refresh_token"] = refreshTokens ? "rt-transfer-" + suffix + "-0123456789" : null,
                ["state"] = "_default",
            }),
        }.ToJsonString();
    }

    public JsonObject IdTokenClaims(string audience, string? nonce = null) => new()
    {
        ["iss"] = Issuer,
        ["sub"] = "c699d42e-d274-11e5-bf75-1fc5bf53bb24",
        ["aud"] = audience,
        ["iat"] = Now,
        ["exp"] = Now + 172800,
        ["preferred_username"] = "go@globusid.org",
        ["name"] = "Globus Tester",
        ["email"] = "tester@example.org",
        ["nonce"] = nonce,
    };

    /// <summary>Signs claims as an RS256 JWT with <paramref name="key"/> (the published key when null).</summary>
    public string SignIdToken(JsonObject claims, RSA? key = null, string algorithm = "RS256")
    {
        var header = new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = KeyId }.ToJsonString();
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header)) + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = (key ?? SigningKey).SignData(Encoding.ASCII.GetBytes(signingInput), algorithm switch
        {
            "RS512" => HashAlgorithmName.SHA512,
            "RS384" => HashAlgorithmName.SHA384,
            _ => HashAlgorithmName.SHA256,
        }, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>The fields of a form-encoded request body.</summary>
    public static Dictionary<string, string> FormOf(WireMock.RequestMessage request)
    {
        Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/x-www-form-urlencoded"));
        return request.Body!.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose()
    {
        // The key is shared by the whole run; nothing of this instance needs releasing.
    }

    private static IResponseBuilder Json(string json, int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json);
}
