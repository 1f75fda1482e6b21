using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using Globus.Sdk.Auth;
using Globus.Sdk.Tests.Support;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// The native app and authorization code flows end to end against a fake Globus Auth that signs
/// real RS256 id tokens, and the checks on those id tokens.
/// </summary>
public class AuthLoginFlowTests : WireMockTestBase
{
    private const string ClientId = "0c4b4f2e-5b6f-4d0b-9a8e-flows-client";
    private const string Secret = "cs-WebAppClientSecret-0123456789";

    // RFC 7636, appendix B: the verifier is the base64url of the appendix's 32 octets.
    private const string RfcVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private const string RfcChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private FakeGlobusAuth _auth = null!;
    private FakeLogger _logger = null!;

    [SetUp]
    public void CreateFakeAuth()
    {
        _auth = new FakeGlobusAuth(Server);
        _logger = new FakeLogger();
    }

    [TearDown]
    public void DisposeFakeAuth() => _auth.Dispose();

    private GlobusClientOptions AuthOptions() => Options(o =>
    {
        o.TimeProvider = _auth.Time;
        o.Logger = _logger;
    });

    private NativeAppAuthClient Native() => new(ClientId, AuthOptions());

    private ConfidentialAppAuthClient Confidential() => new(ClientId, Secret, AuthOptions());

    private static System.Collections.Specialized.NameValueCollection QueryOf(string url) => HttpUtility.ParseQueryString(new Uri(url).Query);

    [Test]
    public async Task Native_flow_sends_the_pkce_challenge_then_the_verifier_and_decodes_the_id_token()
    {
        _auth.ServeDiscovery();
        _auth.AnswerTokens(_auth.TokenJson(ClientId, refreshTokens: true));
        var client = Native();

        var flow = client.OAuth2StartFlow(
            requestedScopes: ["openid profile", "urn:globus:auth:scope:transfer.api.globus.org:all"],
            refreshTokens: true,
            prefillNamedGrant: "my laptop");
        var url = client.OAuth2GetAuthorizeUrl();
        var tokens = await client.OAuth2ExchangeCodeForTokensAsync("auth-code-0123456789");
        var claims = await tokens.DecodeIdTokenAsync();

        var query = QueryOf(url);
        var exchange = FakeGlobusAuth.FormOf((WireMock.RequestMessage)Requests.First(r => r.RequestMessage.Path == "/v2/oauth2/token").RequestMessage);
        Assert.Multiple(() =>
        {
            Assert.That(url, Does.StartWith(ServerUrl + "v2/oauth2/authorize?"));
            Assert.That(query["client_id"], Is.EqualTo(ClientId));
            Assert.That(query["redirect_uri"], Is.EqualTo(ServerUrl + "v2/web/auth-code"));
            Assert.That(query["scope"], Is.EqualTo("openid profile urn:globus:auth:scope:transfer.api.globus.org:all"));
            Assert.That(query["state"], Is.EqualTo("_default"));
            Assert.That(query["response_type"], Is.EqualTo("code"));
            Assert.That(query["code_challenge_method"], Is.EqualTo("S256"));
            Assert.That(query["code_challenge"], Is.EqualTo(Challenge(flow.Verifier)));
            Assert.That(query["access_type"], Is.EqualTo("offline"));
            Assert.That(query["prefill_named_grant"], Is.EqualTo("my laptop"));
            Assert.That(url, Does.Not.Contain(flow.Verifier), "the verifier stays secret until the exchange");
            Assert.That(exchange, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["client_id"] = ClientId,
                ["grant_type"] = "authorization_code",
                ["code"] = "auth-code-0123456789",
                ["code_verifier"] = flow.Verifier,
                ["redirect_uri"] = ServerUrl + "v2/web/auth-code",
            }));
            Assert.That(tokens.ByResourceServer["transfer.api.globus.org"].RefreshToken, Is.EqualTo("rt-transfer-1-0123456789"));
            Assert.That(claims["sub"].GetString(), Is.EqualTo("c699d42e-d274-11e5-bf75-1fc5bf53bb24"));
            Assert.That(claims["preferred_username"].GetString(), Is.EqualTo("go@globusid.org"));
            Assert.That(claims["aud"].GetString(), Is.EqualTo(ClientId));
        });
    }

    [Test]
    public void Pkce_challenge_matches_the_rfc_7636_appendix_b_vector()
    {
        byte[] octets = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121];
        Assert.That(FakeGlobusAuth.Base64Url(octets), Is.EqualTo(RfcVerifier));

        var (verifier, challenge) = GlobusNativeAppFlowManager.MakeNativeAppChallenge(RfcVerifier);
        var flow = new GlobusNativeAppFlowManager(Native(), verifier: RfcVerifier);

        Assert.That(verifier, Is.EqualTo(RfcVerifier));
        Assert.That(challenge, Is.EqualTo(RfcChallenge));
        Assert.That(QueryOf(flow.GetAuthorizeUrl())["code_challenge"], Is.EqualTo(RfcChallenge));
    }

    [Test]
    public void Generated_verifiers_are_random_43_character_base64url_strings()
    {
        var verifiers = Enumerable.Range(0, 20).Select(_ => GlobusNativeAppFlowManager.MakeNativeAppChallenge().Verifier).ToList();

        Assert.That(verifiers, Is.Unique);
        Assert.That(verifiers, Has.All.Matches<string>(v => v.Length == 43 && v.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')));
    }

    [TestCase(42)]
    [TestCase(129)]
    public void Verifiers_of_the_wrong_length_are_rejected(int length) =>
        Assert.Throws<ArgumentException>(() => Native().OAuth2StartFlow(verifier: new string('a', length)));

    [TestCase("+")]
    [TestCase("/")]
    [TestCase("=")]
    [TestCase(" ")]
    [TestCase("é")]
    public void Verifiers_with_characters_outside_the_rfc_set_are_rejected(string bad) =>
        Assert.Throws<ArgumentException>(() => GlobusNativeAppFlowManager.MakeNativeAppChallenge(new string('a', 50) + bad));

    [Test]
    public void Verifiers_of_43_and_128_allowed_characters_are_accepted()
    {
        Assert.That(GlobusNativeAppFlowManager.MakeNativeAppChallenge(new string('~', 43)).Verifier, Has.Length.EqualTo(43));
        Assert.That(GlobusNativeAppFlowManager.MakeNativeAppChallenge(string.Concat(Enumerable.Repeat("aZ09-._~", 16))).Verifier, Has.Length.EqualTo(128));
    }

    [Test]
    public void Without_scopes_a_flow_requests_the_v3_defaults_online()
    {
        var client = Native();
        client.OAuth2StartFlow();

        var query = QueryOf(client.OAuth2GetAuthorizeUrl());

        Assert.That(query["scope"], Is.EqualTo("openid profile email urn:globus:auth:scope:transfer.api.globus.org:all"));
        Assert.That(query["access_type"], Is.EqualTo("online"));
        Assert.That(query["prefill_named_grant"], Is.Null);
    }

    [Test]
    public void Authorize_url_carries_session_requirements_and_extra_query_params()
    {
        var client = Native();
        client.OAuth2StartFlow(state: "s-1");

        var url = client.OAuth2GetAuthorizeUrl(
            sessionRequiredIdentities: ["id-1", "id-2"],
            sessionRequiredSingleDomain: ["uchicago.edu"],
            sessionRequiredPolicies: ["policy-1", "policy-2"],
            sessionRequiredMfa: true,
            sessionMessage: "Log in with your university & MFA",
            prompt: "login",
            queryParams: new Dictionary<string, string?> { ["state"] = "overridden", ["extra"] = "x" });

        var query = QueryOf(url);
        Assert.Multiple(() =>
        {
            Assert.That(query["session_required_identities"], Is.EqualTo("id-1,id-2"));
            Assert.That(query["session_required_single_domain"], Is.EqualTo("uchicago.edu"));
            Assert.That(query["session_required_policies"], Is.EqualTo("policy-1,policy-2"));
            Assert.That(query["session_required_mfa"], Is.EqualTo("True"));
            Assert.That(query["session_message"], Is.EqualTo("Log in with your university & MFA"));
            Assert.That(query["prompt"], Is.EqualTo("login"));
            Assert.That(query["state"], Is.EqualTo("overridden"));
            Assert.That(query["extra"], Is.EqualTo("x"));
            Assert.That(query.GetValues("state"), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Exchanging_or_building_a_url_before_starting_a_flow_is_a_usage_error()
    {
        var client = Native();

        Assert.ThrowsAsync<GlobusSdkUsageException>(() => client.OAuth2ExchangeCodeForTokensAsync("code-0123456789"));
        Assert.Throws<GlobusSdkUsageException>(() => client.OAuth2GetAuthorizeUrl());
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task Authorization_code_flow_authenticates_the_exchange_with_the_client_secret()
    {
        _auth.ServeDiscovery();
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var client = Confidential();

        client.OAuth2StartFlow("https://app.example.org/login", requestedScopes: ["openid", "email"], state: "csrf-123");
        var query = QueryOf(client.OAuth2GetAuthorizeUrl());
        var tokens = await client.OAuth2ExchangeCodeForTokensAsync("web-code-0123456789");
        var claims = await tokens.DecodeIdTokenAsync();

        var exchange = (WireMock.RequestMessage)Requests.Single(r => r.RequestMessage.Path == "/v2/oauth2/token").RequestMessage;
        Assert.Multiple(() =>
        {
            Assert.That(query.AllKeys, Is.EquivalentTo(new[] { "client_id", "redirect_uri", "scope", "state", "response_type", "access_type" }));
            Assert.That(query["redirect_uri"], Is.EqualTo("https://app.example.org/login"));
            Assert.That(query["scope"], Is.EqualTo("openid email"));
            Assert.That(query["state"], Is.EqualTo("csrf-123"));
            Assert.That(query["access_type"], Is.EqualTo("online"));
            Assert.That(exchange.Headers!["Authorization"], Is.EqualTo(new[] { "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + Secret)) }));
            Assert.That(FakeGlobusAuth.FormOf(exchange), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = "web-code-0123456789", ["redirect_uri"] = "https://app.example.org/login",
            }));
            Assert.That(claims["email"].GetString(), Is.EqualTo("tester@example.org"));
        });
    }

    [Test]
    public async Task A_flow_rebuilt_from_session_values_completes_the_login()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var started = Native().OAuth2StartFlow(state: "st-9", refreshTokens: true);
        var saved = (started.Verifier, started.State);

        // Another request, another client: the flow is rebuilt from what the session kept.
        var client = Native();
        client.CurrentOAuth2FlowManager = new GlobusNativeAppFlowManager(client, state: saved.State, verifier: saved.Verifier, refreshTokens: true);
        await client.OAuth2ExchangeCodeForTokensAsync("code-0123456789");

        Assert.That(((GlobusNativeAppFlowManager)client.CurrentOAuth2FlowManager).Challenge, Is.EqualTo(started.Challenge));
        Assert.That(FakeGlobusAuth.FormOf(SingleRequest)["code_verifier"], Is.EqualTo(started.Verifier));
    }

    [Test]
    public void Flow_managers_never_show_the_verifier()
    {
        var flow = Native().OAuth2StartFlow(verifier: RfcVerifier);

        Assert.That(flow.ToString(), Does.Not.Contain(RfcVerifier).And.Contain("REDACTED").And.Contain(RfcChallenge));
    }

    [Test]
    public async Task Openid_configuration_and_keys_are_fetched_once_per_login_client()
    {
        _auth.ServeDiscovery();
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var client = Native();
        var tokens = await client.OAuth2TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "x" });

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => tokens.DecodeIdTokenAsync()));
        await tokens.DecodeIdTokenAsync();

        var paths = Requests.Select(r => r.RequestMessage.Path).ToList();
        Assert.That(paths.Count(p => p == "/.well-known/openid-configuration"), Is.EqualTo(1));
        Assert.That(paths.Count(p => p == "/jwk.json"), Is.EqualTo(1));
    }

    [Test]
    public async Task Given_configuration_and_key_decode_without_fetching()
    {
        _auth.ServeDiscovery();
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var client = Native();
        var tokens = await client.OAuth2TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "x" });
        var configuration = await client.GetOpenidConfigurationAsync();
        using var key = await client.GetJwkRsaKeyAsync(configuration);
        Server.ResetLogEntries();

        var claims = await tokens.DecodeIdTokenAsync(configuration, key);

        Assert.That(claims["sub"].GetString(), Is.Not.Empty);
        Assert.That(Server.LogEntries, Is.Empty);
        Assert.ThrowsAsync<GlobusSdkUsageException>(() => tokens.DecodeIdTokenAsync(jwk: key));
    }

    [Test]
    public async Task Jwk_is_the_published_key_set_on_both_auth_clients_and_is_fetched_without_credentials()
    {
        _auth.ServeDiscovery();
        var authClient = new AuthClient(new Globus.Sdk.Authorizers.AccessTokenAuthorizer("at-user-0123456789"), Options());
        var expected = _auth.SigningKey.ExportParameters(false).Modulus;

        var keySet = await authClient.GetJwkAsync();
        using var fromAuthClient = await authClient.GetJwkRsaKeyAsync();
        using var fromLoginClient = await Confidential().GetJwkRsaKeyAsync();

        Assert.Multiple(() =>
        {
            Assert.That(keySet["keys"][0].GetProperty("kid").GetString(), Is.EqualTo(FakeGlobusAuth.KeyId));
            Assert.That(fromAuthClient.ExportParameters(false).Modulus, Is.EqualTo(expected));
            Assert.That(fromLoginClient.ExportParameters(false).Modulus, Is.EqualTo(expected));
            var jwkRequests = Requests.Where(r => r.RequestMessage.Path == "/jwk.json").ToList();
            Assert.That(jwkRequests, Has.Count.EqualTo(3));
            Assert.That(jwkRequests.Select(r => r.RequestMessage.Headers!.ContainsKey("Authorization")), Is.All.False);
        });
    }

    [Test]
    public async Task A_malformed_id_token_is_a_GlobusException_with_the_librarys_exception_inside()
    {
        var tokens = await TokensWithIdToken("not-a-jwt.at-all");

        var error = Assert.ThrowsAsync<IdTokenValidationException>(() => tokens.DecodeIdTokenAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<GlobusException>(), "catch (GlobusException) sees it");
            Assert.That(error!.InnerException, Is.InstanceOf<SecurityTokenException>().Or.InstanceOf<ArgumentException>());
            Assert.That(error.ToString(), Does.Not.Contain("not-a-jwt.at-all"));
        });
    }

    [Test]
    public async Task An_id_token_signed_RS512_as_Globus_Auth_signs_them_is_accepted_when_the_configuration_lists_it()
    {
        var tokens = await TokensWithIdToken(_auth.SignIdToken(_auth.IdTokenClaims(ClientId), algorithm: "RS512"), "RS512");

        var claims = await tokens.DecodeIdTokenAsync();

        Assert.That(claims["sub"].GetString(), Is.EqualTo("c699d42e-d274-11e5-bf75-1fc5bf53bb24"));
    }

    [Test]
    public async Task An_id_token_signed_with_an_algorithm_the_configuration_does_not_list_is_rejected()
    {
        var tokens = await TokensWithIdToken(_auth.SignIdToken(_auth.IdTokenClaims(ClientId), algorithm: "RS256"), "RS512");

        Rejected<SecurityTokenException>(() => tokens.DecodeIdTokenAsync());
    }

    [TestCase("none")]
    [TestCase("HS256")]
    public async Task A_configuration_listing_no_RSA_algorithm_is_a_bad_answer_not_a_weaker_check(string listed)
    {
        var tokens = await TokensWithIdToken(_auth.SignIdToken(_auth.IdTokenClaims(ClientId)), listed);

        var error = Assert.ThrowsAsync<GlobusResponseDecodingException>(() => tokens.DecodeIdTokenAsync());

        Assert.That(error!.Message, Does.Contain("id_token_signing_alg_values_supported"));
    }

    [Test]
    public async Task Id_token_signed_with_another_key_is_rejected()
    {
        using var otherKey = RSA.Create(2048);
        var tokens = await TokensWithIdToken(_auth.SignIdToken(_auth.IdTokenClaims(ClientId), otherKey));

        var error = Rejected<SecurityTokenInvalidSignatureException>(() => tokens.DecodeIdTokenAsync());

        AssertNoToken(error!, tokens.IdToken!);
    }

    [Test]
    public async Task Id_token_of_another_issuer_is_rejected()
    {
        var claims = _auth.IdTokenClaims(ClientId);
        claims["iss"] = "https://evil.example.org";
        var tokens = await TokensWithIdToken(_auth.SignIdToken(claims));

        var error = Rejected<SecurityTokenInvalidIssuerException>(() => tokens.DecodeIdTokenAsync());

        AssertNoToken(error!, tokens.IdToken!);
    }

    [Test]
    public async Task Id_token_for_another_client_is_rejected()
    {
        var tokens = await TokensWithIdToken(_auth.SignIdToken(_auth.IdTokenClaims("some-other-client")));

        var error = Rejected<SecurityTokenInvalidAudienceException>(() => tokens.DecodeIdTokenAsync());

        AssertNoToken(error!, tokens.IdToken!);
    }

    [Test]
    public async Task Id_token_is_accepted_within_the_leeway_and_rejected_after_it()
    {
        var claims = _auth.IdTokenClaims(ClientId);
        claims["exp"] = _auth.Now + 60;
        var tokens = await TokensWithIdToken(_auth.SignIdToken(claims));

        _auth.Time.Advance(TimeSpan.FromSeconds(60 + 299));
        Assert.That((await tokens.DecodeIdTokenAsync())["sub"].GetString(), Is.Not.Empty, "inside the default 300 s leeway");
        _auth.Time.Advance(TimeSpan.FromSeconds(2));
        var error = Rejected<SecurityTokenExpiredException>(() => tokens.DecodeIdTokenAsync());
        Rejected<SecurityTokenExpiredException>(() => tokens.DecodeIdTokenAsync(leeway: TimeSpan.Zero));

        AssertNoToken(error!, tokens.IdToken!);
    }

    [Test]
    public async Task Decoding_without_an_id_token_is_a_usage_error()
    {
        _auth.AnswerTokens("""{"access_token": "at-0123456789", "resource_server": "transfer.api.globus.org", "expires_in": 10}""");

        var tokens = await Native().OAuth2TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "x" });

        Assert.ThrowsAsync<GlobusSdkUsageException>(() => tokens.DecodeIdTokenAsync());
    }

    [Test]
    public async Task Child_client_and_native_app_instance_post_client_documents()
    {
        Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/api/clients").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"client": {"id": "new"}}"""));

        await Confidential().CreateChildClientAsync(
            "My client", publicClient: true, visibility: "private", redirectUris: ["https://a.example/cb"],
            termsAndConditions: "https://a.example/tos", privacyPolicy: "https://a.example/privacy",
            additionalFields: new Dictionary<string, JsonNode?> { ["extra"] = 1 });
        await Native().CreateNativeAppInstanceAsync("template-1", "My laptop");

        var bodies = Requests.Select(r => JsonNode.Parse(r.RequestMessage.Body!)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(JsonNode.DeepEquals(bodies[0], JsonNode.Parse("""
                {"client": {"name": "My client", "visibility": "private", "public_client": true, "redirect_uris": ["https://a.example/cb"],
                 "links": {"terms_and_conditions": "https://a.example/tos", "privacy_policy": "https://a.example/privacy"}, "extra": 1}}
                """)), Is.True, bodies[0].ToJsonString());
            Assert.That(JsonNode.DeepEquals(bodies[1], JsonNode.Parse("""{"client": {"name": "My laptop", "template_id": "template-1"}}""")), Is.True, bodies[1].ToJsonString());
        });
        Assert.ThrowsAsync<GlobusSdkUsageException>(() => Confidential().CreateChildClientAsync("x"));
        Assert.ThrowsAsync<GlobusSdkUsageException>(() => Confidential().CreateChildClientAsync("x", publicClient: true, clientType: "resource_server"));
        Assert.ThrowsAsync<GlobusSdkUsageException>(() => Confidential().CreateChildClientAsync("x", publicClient: true, termsAndConditions: "https://t"));
    }

    [Test]
    public async Task No_token_code_verifier_or_secret_reaches_a_log_line_or_an_error()
    {
        _auth.AnswerTokens("""{"error": "invalid_grant", "error_description": "code web-code-0123456789 already used"}""", 400);
        var client = Confidential();
        var native = Native();
        var flow = native.OAuth2StartFlow();
        client.OAuth2StartFlow("https://app.example.org/login");

        var error = Assert.ThrowsAsync<AuthApiException>(() => client.OAuth2ExchangeCodeForTokensAsync("web-code-0123456789"));
        Assert.ThrowsAsync<AuthApiException>(() => native.OAuth2ExchangeCodeForTokensAsync("web-code-0123456789"));
        Assert.ThrowsAsync<AuthApiException>(() => native.OAuth2RefreshTokenAsync("rt-secret-0123456789"));

        var logged = string.Join("\n", _logger.Collector.GetSnapshot().Select(r => r.Message + " " + r.Exception));
        Assert.That(logged, Is.Not.Empty);
        foreach (var secret in new[] { Secret, "web-code-0123456789", flow.Verifier, "rt-secret-0123456789" })
        {
            Assert.That(logged, Does.Not.Contain(secret));
            Assert.That(error!.Message, Does.Not.Contain(secret));
        }

        await Task.CompletedTask;
    }

    private async Task<OAuthTokenResponse> TokensWithIdToken(string idToken, params string[] listedAlgorithms)
    {
        _auth.ServeDiscovery(algorithms: listedAlgorithms);
        var body = JsonNode.Parse(_auth.TokenJson(ClientId))!;
        body["id_token"] = idToken;
        _auth.AnswerTokens(body.ToJsonString());
        return await Native().OAuth2TokenAsync(new Dictionary<string, string?> { ["grant_type"] = "x" });
    }

    private static void AssertNoToken(Exception error, string idToken)
    {
        var signature = idToken[(idToken.LastIndexOf('.') + 1)..];
        Assert.That(error.ToString(), Does.Not.Contain(idToken).And.Not.Contain(signature));
    }

    private static string Challenge(string verifier) =>
        FakeGlobusAuth.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>Decoding fails with the SDK's exception, which carries the library's exception of the check that failed.</summary>
    private static IdTokenValidationException Rejected<TInner>(AsyncTestDelegate decode)
        where TInner : Exception
    {
        var error = Assert.ThrowsAsync<IdTokenValidationException>(decode)!;
        Assert.That(error.InnerException, Is.InstanceOf<TInner>());
        return error;
    }
}
