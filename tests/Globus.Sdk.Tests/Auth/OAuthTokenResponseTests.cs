using Globus.Sdk.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Globus.Sdk.Tests.Auth;

/// <summary>Reading a token answer: by resource server, by scopes, expiry and redaction.</summary>
public class OAuthTokenResponseTests
{
    private const string Body = """
        {"access_token": "at-auth-0123456789", "scope": "openid profile email", "resource_server": "auth.globus.org",
         "expires_in": 172800, "token_type": "Bearer", "refresh_token": "rt-auth-0123456789", "id_token": "eyJ.id-token.sig",
         "other_tokens": [
           {"access_token": "at-transfer-0123456789", "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
            "resource_server": "transfer.api.globus.org", "expires_in": 3600, "token_type": "Bearer", "refresh_token": null}]}
        """;

    private static readonly FakeTimeProvider Time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

    private static OAuthTokenResponse Tokens() => new(GlobusResponse.FromJson(Body), timeProvider: Time);

    [Test]
    public void By_resource_server_includes_other_tokens_with_expiry_from_the_time_of_receipt()
    {
        var tokens = Tokens();

        Assert.Multiple(() =>
        {
            Assert.That(tokens.ByResourceServer.Keys, Is.EquivalentTo(new[] { "auth.globus.org", "transfer.api.globus.org" }));
            var auth = tokens.ByResourceServer["auth.globus.org"];
            Assert.That(auth.AccessToken, Is.EqualTo("at-auth-0123456789"));
            Assert.That(auth.RefreshToken, Is.EqualTo("rt-auth-0123456789"));
            Assert.That(auth.Scope, Is.EqualTo("openid profile email"));
            Assert.That(auth.TokenType, Is.EqualTo("Bearer"));
            Assert.That(auth.ExpiresAtSeconds, Is.EqualTo(1_700_000_000 + 172800));
            var transfer = tokens.ByResourceServer["transfer.api.globus.org"];
            Assert.That(transfer.RefreshToken, Is.Null);
            Assert.That(transfer.ExpiresAtSeconds, Is.EqualTo(1_700_000_000 + 3600));
            Assert.That(tokens.IdToken, Is.EqualTo("eyJ.id-token.sig"));
            Assert.That(tokens["other_tokens"].GetArrayLength(), Is.EqualTo(1), "the raw answer stays available");
        });
    }

    [TestCase("openid")]
    [TestCase("email")]
    [TestCase("profile openid")]
    [TestCase("email profile openid")]
    [TestCase("  openid   email ")]
    public void By_scopes_finds_a_token_by_any_of_its_scopes_in_any_order(string scopes) =>
        Assert.That(Tokens().ByScopes[scopes].ResourceServer, Is.EqualTo("auth.globus.org"));

    [Test]
    public void By_scopes_reports_missing_scopes_and_scopes_of_different_tokens()
    {
        var tokens = Tokens();

        var missing = Assert.Throws<KeyNotFoundException>(() => _ = tokens.ByScopes["openid urn:example:missing"]);
        var mixed = Assert.Throws<KeyNotFoundException>(() => _ = tokens.ByScopes["openid urn:globus:auth:scope:transfer.api.globus.org:all"]);

        Assert.Multiple(() =>
        {
            Assert.That(missing!.Message, Does.Contain("urn:example:missing").And.Not.Contain("at-"));
            Assert.That(mixed!.Message, Does.Contain("different tokens"));
            Assert.That(tokens.ByScopes.ContainsKey("openid urn:globus:auth:scope:transfer.api.globus.org:all"), Is.False);
            Assert.That(tokens.ByScopes.TryGetValue("urn:globus:auth:scope:transfer.api.globus.org:all", out var transfer), Is.True);
            Assert.That(transfer!.ResourceServer, Is.EqualTo("transfer.api.globus.org"));
            Assert.That(tokens.ByScopes.Keys, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void ToString_never_shows_a_token()
    {
        var tokens = Tokens();
        var texts = new[] { tokens.ToString(), tokens.ByScopes.ToString() }
            .Concat(tokens.ByResourceServer.Values.Select(t => t.ToString()));

        foreach (var text in texts)
        {
            Assert.That(text, Does.Not.Contain("at-").And.Not.Contain("rt-").And.Not.Contain("eyJ"), text);
        }

        Assert.That(tokens.ByResourceServer["auth.globus.org"].ToString(), Does.Contain("REDACTED").And.Contain("auth.globus.org"));
    }

    [Test]
    public void Bodies_without_tokens_give_empty_views()
    {
        var tokens = new OAuthTokenResponse(GlobusResponse.FromJson("""{"unexpected": true}"""));

        Assert.That(tokens.ByResourceServer, Is.Empty);
        Assert.That(tokens.IdToken, Is.Null);
        Assert.Throws<KeyNotFoundException>(() => _ = tokens.ByScopes["openid"]);
    }
}
