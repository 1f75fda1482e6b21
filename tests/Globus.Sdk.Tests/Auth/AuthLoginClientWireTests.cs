using System.Text;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Globus.Sdk.Tests.Auth;

/// <summary>The token endpoints of the login clients, on the wire: forms, credentials, answers and errors.</summary>
public class AuthLoginClientWireTests : WireMockTestBase
{
    private const string ClientId = "6b9f5c1a-native-client";
    private const string Secret = "cs-VerySecretClientSecret-0123456789";

    private FakeGlobusAuth _auth = null!;

    [SetUp]
    public void CreateFakeAuth() => _auth = new FakeGlobusAuth(Server);

    [TearDown]
    public void DisposeFakeAuth() => _auth.Dispose();

    private NativeAppAuthClient Native() => new(ClientId, Options(o => o.TimeProvider = _auth.Time));

    private ConfidentialAppAuthClient Confidential() => new(ClientId, Secret, Options(o => o.TimeProvider = _auth.Time));

    private static string BasicHeader => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + Secret));

    [Test]
    public async Task Native_refresh_sends_the_refresh_token_and_client_id_in_a_form_without_credentials()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId, refreshTokens: true));

        var tokens = await Native().OAuth2RefreshTokenAsync("rt-old-0123456789", new Dictionary<string, string?> { ["extra"] = "x y" });

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.AbsolutePath, Is.EqualTo("/v2/oauth2/token"));
            Assert.That(FakeGlobusAuth.FormOf(request), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["refresh_token"] = "rt-old-0123456789", ["grant_type"] = "refresh_token", ["client_id"] = ClientId, ["extra"] = "x y",
            }));
            Assert.That(request.Headers!.ContainsKey("Authorization"), Is.False);
            Assert.That(tokens.ByResourceServer["transfer.api.globus.org"].RefreshToken, Is.EqualTo("rt-transfer-1-0123456789"));
        });
    }

    [Test]
    public async Task Confidential_refresh_authenticates_with_basic_and_leaves_client_id_out_of_the_form()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));

        await Confidential().OAuth2RefreshTokenAsync("rt-old-0123456789");

        Assert.Multiple(() =>
        {
            Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
            Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["refresh_token"] = "rt-old-0123456789", ["grant_type"] = "refresh_token",
            }));
        });
    }

    [Test]
    public async Task Client_credentials_request_v3_default_scopes_when_none_are_named()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));

        await Confidential().OAuth2ClientCredentialsTokensAsync();

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "openid profile email urn:globus:auth:scope:transfer.api.globus.org:all",
        }));
        Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
    }

    [Test]
    public async Task Client_credentials_join_requested_scopes_with_spaces()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));

        await Confidential().OAuth2ClientCredentialsTokensAsync(["urn:globus:auth:scope:transfer.api.globus.org:all", "openid  email"]);

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest)["scope"], Is.EqualTo("urn:globus:auth:scope:transfer.api.globus.org:all openid email"));
    }

    [Test]
    public async Task Generic_token_call_lets_body_params_replace_form_fields()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));

        await Native().OAuth2TokenAsync(
            new Dictionary<string, string?> { ["grant_type"] = "custom", ["a"] = "1", ["gone"] = null },
            new Dictionary<string, string?> { ["a"] = "2" });

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string> { ["grant_type"] = "custom", ["a"] = "2" }));
    }

    [Test]
    public async Task Revoke_posts_the_token_and_native_clients_add_their_id()
    {
        _auth.Answer("/v2/oauth2/token/revoke", """{"active": false}""");

        await Native().OAuth2RevokeTokenAsync("at-revoke-me-0123456789");
        await Confidential().OAuth2RevokeTokenAsync("at-revoke-me-0123456789");

        var requests = Requests.Select(e => (WireMock.RequestMessage)e.RequestMessage).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => r.AbsolutePath), Is.All.EqualTo("/v2/oauth2/token/revoke"));
            Assert.That(FakeGlobusAuth.FormOf(requests[0]), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-revoke-me-0123456789", ["client_id"] = ClientId }));
            Assert.That(FakeGlobusAuth.FormOf(requests[1]), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-revoke-me-0123456789" }));
            Assert.That(requests[1].Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
        });
    }

    [Test]
    public async Task Validate_posts_client_id_only_from_a_client_without_credentials_and_is_obsolete()
    {
        _auth.Answer("/v2/oauth2/token/validate", """{"active": true}""");

#pragma warning disable GLOBUS119 // the retired v3.0 call is still on the wire
        var answer = await Confidential().OAuth2ValidateTokenAsync("at-check-me-0123456789");
        await Native().OAuth2ValidateTokenAsync("at-check-me-0123456789");
#pragma warning restore GLOBUS119

        var requests = Requests.Select(r => (WireMock.RequestMessage)r.RequestMessage).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(answer["active"].GetBoolean(), Is.True);
            Assert.That(requests.Select(r => r.AbsolutePath), Is.All.EqualTo("/v2/oauth2/token/validate"));
            // Python adds client_id only when the client has no authorizer; a confidential app sends its secret instead.
            Assert.That(FakeGlobusAuth.FormOf(requests[0]), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-check-me-0123456789" }));
            Assert.That(requests[0].Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
            Assert.That(FakeGlobusAuth.FormOf(requests[1]), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-check-me-0123456789", ["client_id"] = ClientId }));
            var obsolete = typeof(AuthLoginClient).GetMethod(nameof(AuthLoginClient.OAuth2ValidateTokenAsync))!
                .GetCustomAttributes(typeof(ObsoleteAttribute), false).Cast<ObsoleteAttribute>().Single();
            Assert.That(obsolete.DiagnosticId, Is.EqualTo("GLOBUS119"));
        });
    }


    [Test]
    public async Task Introspect_posts_token_and_include()
    {
        _auth.Answer("/v2/oauth2/token/introspect", """{"active": true, "identity_set": ["a", "b"]}""");

        var answer = await Confidential().OAuth2TokenIntrospectAsync("at-look-0123456789", include: "identity_set");

        Assert.That(answer["identity_set"].GetArrayLength(), Is.EqualTo(2));
        Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string> { ["token"] = "at-look-0123456789", ["include"] = "identity_set" }));
        Assert.That(SingleRequest.Headers!["Authorization"], Is.EqualTo(new[] { BasicHeader }));
    }

    [Test]
    public async Task Dependent_tokens_read_the_top_level_array()
    {
        _auth.AnswerTokens("""
            [{"access_token": "at-dep-transfer-0123", "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
              "resource_server": "transfer.api.globus.org", "expires_in": 600, "token_type": "Bearer", "refresh_token": "rt-dep-0123"},
             {"access_token": "at-dep-groups-0123", "scope": "urn:globus:auth:scope:groups.api.globus.org:all",
              "resource_server": "groups.api.globus.org", "expires_in": 300, "token_type": "Bearer"}]
            """);

        var tokens = await Confidential().OAuth2GetDependentTokensAsync(
            "at-given-by-user-0123", refreshTokens: true, scope: "urn:globus:auth:scope:transfer.api.globus.org:all",
            additionalParams: new Dictionary<string, string?> { ["extra"] = "1" });

        Assert.Multiple(() =>
        {
            Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["grant_type"] = "urn:globus:auth:grant_type:dependent_token",
                ["token"] = "at-given-by-user-0123",
                ["scope"] = "urn:globus:auth:scope:transfer.api.globus.org:all",
                ["access_type"] = "offline",
                ["extra"] = "1",
            }));
            Assert.That(tokens.ByResourceServer.Keys, Is.EquivalentTo(new[] { "transfer.api.globus.org", "groups.api.globus.org" }));
            Assert.That(tokens.ByResourceServer["groups.api.globus.org"].ExpiresAtSeconds, Is.EqualTo(_auth.Now + 300));
            Assert.That(tokens.ByScopes["urn:globus:auth:scope:transfer.api.globus.org:all"].RefreshToken, Is.EqualTo("rt-dep-0123"));
            Assert.That(tokens.IdToken, Is.Null);
        });
    }

    [Test]
    public async Task Dependent_tokens_without_refresh_or_scope_leave_them_out()
    {
        _auth.AnswerTokens("[]");

        await Confidential().OAuth2GetDependentTokensAsync("at-given-by-user-0123");

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest).Keys, Is.EquivalentTo(new[] { "grant_type", "token" }));
    }

    [Test]
    public async Task Token_errors_are_auth_api_exceptions_without_any_secret()
    {
        _auth.AnswerTokens($$"""{"error": "invalid_grant", "error_description": "bad refresh token rt-old-0123456789"}""", 400);
        var client = Confidential();

        var error = Assert.ThrowsAsync<AuthApiException>(() => client.OAuth2RefreshTokenAsync("rt-old-0123456789"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.HttpStatus, Is.EqualTo(400));
            foreach (var text in new[] { error.Message, error.ToString(), client.ToString()!, client.Authorizer.ToString()! })
            {
                Assert.That(text, Does.Not.Contain(Secret));
                Assert.That(text, Does.Not.Contain(Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + Secret))));
                Assert.That(text, Does.Not.Contain("rt-old-0123456789"));
            }
        });
        await Task.CompletedTask;
    }

    [Test]
    public async Task Openid_configuration_is_fetched_without_credentials()
    {
        _auth.ServeDiscovery();

        var configuration = await Confidential().GetOpenidConfigurationAsync();

        Assert.That(configuration["issuer"].GetString(), Is.EqualTo(FakeGlobusAuth.Issuer));
        Assert.That(SingleRequest.Headers!.ContainsKey("Authorization"), Is.False);
    }

    [Test]
    public void Arguments_are_checked_before_any_request()
    {
        Assert.Throws<ArgumentException>(() => _ = new NativeAppAuthClient(" "));
        Assert.Throws<ArgumentException>(() => _ = new ConfidentialAppAuthClient(ClientId, ""));
        Assert.ThrowsAsync<ArgumentException>(() => Native().OAuth2RefreshTokenAsync(""));
        Assert.ThrowsAsync<ArgumentException>(() => Native().OAuth2RevokeTokenAsync(" "));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void Basic_authorizer_sends_base64_credentials_and_hides_the_password()
    {
        var authorizer = new BasicAuthorizer(ClientId, Secret);

        Assert.That(authorizer.GetAuthorizationHeaderAsync().Result, Is.EqualTo(BasicHeader));
        Assert.That(authorizer.ToString(), Does.Contain(ClientId).And.Not.Contain(Secret));
        Assert.That(authorizer.HandleMissingAuthorizationAsync().Result, Is.False);
    }
}
