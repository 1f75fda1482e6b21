using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>
/// Stateful Globus Auth: the token endpoint issues access tokens that expire on the fake's clock, and
/// every other service refuses a missing, unknown, revoked or expired token with a 401 (code
/// <c>AuthenticationFailed</c>), so code that must renew tokens is tested against the real sequence.
/// Made by <see cref="GlobusFake.IssueExpiringTokens"/>.
/// </summary>
/// <remarks>
/// The token endpoint (<c>POST /v2/oauth2/token</c>) takes the client credentials, refresh token and
/// authorization code grants, whatever the client's credentials; scopes are grouped by resource server
/// with the specs' scopes (others, such as <c>openid</c>, belong to <c>auth.globus.org</c>), one token each.
/// <c>/v2/oauth2/token/revoke</c> revokes and <c>/v2/oauth2/token/introspect</c> tells whether a token is active.
/// </remarks>
public sealed class FakeTokenIssuer
{
    private const string AuthResourceServer = "auth.globus.org";
    private readonly GlobusFake _fake;
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private int _issued;
    private int _refused;

    internal FakeTokenIssuer(GlobusFake fake, TimeSpan lifetime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        _fake = fake;
        Lifetime = lifetime;
        fake.Auth.HandlePath("POST", "/v2/oauth2/token", Token);
        fake.Auth.HandlePath("POST", "/v2/oauth2/token/revoke", Revoke);
        fake.Auth.HandlePath("POST", "/v2/oauth2/token/introspect", Introspect);
    }

    /// <summary>How long each access token lives.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>How many access tokens were issued.</summary>
    public int IssuedCount => Volatile.Read(ref _issued);

    /// <summary>How many requests were refused for a missing, unknown, revoked or expired token.</summary>
    public int RefusedCount => Volatile.Read(ref _refused);

    /// <summary>Whether a token was issued here and is neither expired nor revoked.</summary>
    /// <param name="accessToken">The token.</param>
    /// <returns>True when the services accept it now.</returns>
    public bool IsLive(string? accessToken) =>
        accessToken is not null && _tokens.TryGetValue(accessToken, out var token) && !token.Revoked && _fake.TimeProvider.GetUtcNow() < token.ExpiresAt;

    internal CannedResponse? Check(FakeRequest request)
    {
        if (request.Service == "auth" && (request.Path.StartsWith("/v2/oauth2/token", StringComparison.Ordinal) || request.Path.StartsWith("/.well-known", StringComparison.Ordinal)))
        {
            return null;
        }

        if (IsLive(request.BearerToken))
        {
            return null;
        }

        Interlocked.Increment(ref _refused);
        return CannedResponse.Error(401, "AuthenticationFailed", "The access token is missing, expired or revoked.", "unauthorized");
    }

    private CannedResponse Token(FakeRequest request)
    {
        var form = request.Form;
        var grant = form.GetValueOrDefault("grant_type");
        string scopeText;
        switch (grant)
        {
            case "client_credentials":
                scopeText = form.GetValueOrDefault("scope") ?? string.Empty;
                break;
            case "refresh_token":
                if (!form.TryGetValue("refresh_token", out var refresh) || !_tokens.TryGetValue(refresh, out var original) || original.Revoked)
                {
                    return Invalid("The refresh token is not valid.");
                }

                scopeText = original.Scope;
                break;
            case "authorization_code":
                scopeText = form.GetValueOrDefault("scope") ?? "openid profile email";
                break;
            default:
                return Invalid($"The grant type '{grant}' is not supported by the fake.");
        }

        var byResourceServer = ScopesByResourceServer(scopeText);
        if (byResourceServer.Count == 0)
        {
            return Invalid("No scope was requested.");
        }

        var tokens = byResourceServer.Select(group => Issue(group.Key, string.Join(' ', group.Value), withRefresh: grant != "client_credentials")).ToList();
        var first = tokens[0];
        first["other_tokens"] = new JsonArray(tokens.Skip(1).Select(t => (JsonNode)t).ToArray());
        return new CannedResponse(200, first, "token");
    }

    private JsonObject Issue(string resourceServer, string scope, bool withRefresh)
    {
        var number = Interlocked.Increment(ref _issued);
        var accessToken = $"fake-access-{resourceServer}-{number}";
        _tokens[accessToken] = new IssuedToken(scope, _fake.TimeProvider.GetUtcNow() + Lifetime);
        var document = new JsonObject
        {
            ["access_token"] = accessToken,
            ["expires_in"] = (long)Lifetime.TotalSeconds,
            ["resource_server"] = resourceServer,
            ["scope"] = scope,
            ["token_type"] = "Bearer",
            ["state"] = "_default",
            ["refresh_token"] = null,
        };
        if (withRefresh)
        {
            var refreshToken = $"fake-refresh-{resourceServer}-{number}";
            _tokens[refreshToken] = new IssuedToken(scope, DateTimeOffset.MaxValue);
            document["refresh_token"] = refreshToken;
        }

        return document;
    }

    private CannedResponse Revoke(FakeRequest request)
    {
        if (request.Form.TryGetValue("token", out var token) && _tokens.TryGetValue(token, out var issued))
        {
            issued.Revoked = true;
        }

        return new CannedResponse(200, new JsonObject { ["active"] = false }, "revoked");
    }

    private CannedResponse Introspect(FakeRequest request)
    {
        var token = request.Form.GetValueOrDefault("token");
        var live = IsLive(token);
        var document = new JsonObject { ["active"] = live };
        if (live)
        {
            var issued = _tokens[token!];
            document["scope"] = issued.Scope;
            document["exp"] = issued.ExpiresAt.ToUnixTimeSeconds();
        }

        return new CannedResponse(200, document, "introspect");
    }

    private static Dictionary<string, List<string>> ScopesByResourceServer(string scopeText)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var scope in scopeText.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var resourceServer = SpecCatalog.Services.Values.FirstOrDefault(s => s.Scopes.Contains(scope) && s.Name != "auth")?.ResourceServer
                ?? AuthResourceServer;
            if (!groups.TryGetValue(resourceServer, out var scopes))
            {
                groups[resourceServer] = scopes = [];
            }

            scopes.Add(scope);
        }

        return groups;
    }

    private static CannedResponse Invalid(string message) =>
        new(400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = message }, "invalid_grant");

    private sealed class IssuedToken(string scope, DateTimeOffset expiresAt)
    {
        public string Scope { get; } = scope;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Revoked { get; set; }
    }
}
