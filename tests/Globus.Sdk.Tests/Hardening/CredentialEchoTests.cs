using System.Text;
using System.Text.Json;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 3: a service that echoes any credential the SDK sent (a bearer token, a renewed token, a
/// refresh token, Basic client credentials, an authorization code and its PKCE verifier, a caller's own
/// credential header, a secret query value), in its error body and its headers, never gets it into any text
/// the SDK renders: the exception's Message, ToString, ErrorMessage, Messages, Code, RequestId, its error
/// documents' parsed fields and headers, the log records and the span's tags. Only the raw body keeps it.
/// </summary>
public class CredentialEchoTests : WireMockTestBase
{
    private const string ClientId = "client-id-0123456789";
    private const string ClientSecret = "cs-ClientSecret-0123456789";
    private const string AccessToken = "at-AccessToken-0123456789";
    private const string RenewedToken = "at-RenewedToken-0123456789";
    private const string RefreshToken = "rt-RefreshToken-0123456789";
    private const string ApiKey = "key-CallersOwnHeader-0123456789";
    private const string QueryToken = "qt-QueryToken-0123456789";
    private const string AuthCode = "code-AuthorizationCode-0123456789";
    private const string Verifier = "verifier-PkceVerifier-0123456789-0123456789-abcdef";

    private SdkTelemetryCapture _telemetry = null!;

    [SetUp]
    public void Listen() => _telemetry = new SdkTelemetryCapture();

    [TearDown]
    public void StopListening() => _telemetry.Dispose();

    private GlobusClientOptions Logged() => Options(o =>
    {
        o.Logger = _telemetry.Logger;
        o.RetryPolicy = new RetryPolicy(maxRetries: 1, maxSleep: TimeSpan.Zero);
    });

    [Test]
    public void A_bearer_token_a_callers_credential_header_and_a_secret_query_value()
    {
        string[] secrets = [AccessToken, "Bearer " + AccessToken, ApiKey, QueryToken];
        Echo("/v0.10/task/t1", 401, secrets);
        var client = new BaseClient("transfer", new AccessTokenAuthorizer(AccessToken), Logged());

        var error = Assert.ThrowsAsync<GlobusApiException>(() => client.GetAsync(
            "/v0.10/task/t1", [new("access_token", QueryToken)], headers: [new("X-Api-Key", ApiKey)]))!;

        AssertNothingRenderedShows(error, secrets);
    }

    [Test]
    public void Basic_client_credentials_at_the_token_endpoint()
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));
        string[] secrets = [ClientSecret, basic, "Basic " + basic, ClientId + ":" + ClientSecret];
        Echo("/v2/oauth2/token", 401, secrets);
        var auth = new ConfidentialAppAuthClient(ClientId, ClientSecret, Logged());

        var error = Assert.ThrowsAsync<AuthApiException>(() => auth.OAuth2ClientCredentialsTokensAsync(["urn:globus:auth:scope:transfer.api.globus.org:all"]))!;

        AssertNothingRenderedShows(error, secrets);
    }

    [Test]
    public void An_authorization_code_and_its_pkce_verifier()
    {
        string[] secrets = [AuthCode, Verifier];
        Echo("/v2/oauth2/token", 400, secrets);
        var auth = new NativeAppAuthClient(ClientId, Logged());
        auth.OAuth2StartFlow(verifier: Verifier);

        var error = Assert.ThrowsAsync<AuthApiException>(() => auth.OAuth2ExchangeCodeForTokensAsync(AuthCode))!;

        AssertNothingRenderedShows(error, secrets);
    }

    [Test]
    public void A_refresh_token_refused_while_renewing()
    {
        string[] secrets = [RefreshToken];
        Echo("/v2/oauth2/token", 400, secrets);
        var client = new BaseClient("transfer", new RefreshTokenAuthorizer(RefreshToken, new NativeAppAuthClient(ClientId, Logged())), Logged());

        var error = Assert.ThrowsAsync<AuthApiException>(() => client.GetAsync("/v0.10/task/t1"))!;

        AssertNothingRenderedShows(error, secrets);
    }

    [Test]
    public void An_access_token_renewed_by_the_authorizer()
    {
        string[] secrets = [RenewedToken, "Bearer " + RenewedToken];
        Server.Given(Request.Create().WithPath("/v2/oauth2/token")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody($$"""{"access_token": "{{RenewedToken}}", "resource_server": "transfer.api.globus.org", "expires_in": 3600, "scope": "s", "token_type": "Bearer"}"""));
        Echo("/v0.10/task/t1", 401, secrets);
        var client = new BaseClient("transfer", new RefreshTokenAuthorizer(RefreshToken, new NativeAppAuthClient(ClientId, Logged())), Logged());

        var error = Assert.ThrowsAsync<GlobusApiException>(() => client.GetAsync("/v0.10/task/t1"))!;

        AssertNothingRenderedShows(error, secrets);
    }

    /// <summary>The service answers an error that quotes every secret in its body (every field the SDK parses) and its headers.</summary>
    private void Echo(string path, int status, string[] secrets)
    {
        var all = string.Join(" | ", secrets);
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["code"] = "Rejected " + all,
            ["message"] = "You sent " + all,
            ["request_id"] = secrets[0],
            ["errors"] = secrets.Select(s => new Dictionary<string, string> { ["code"] = "Bad " + s, ["detail"] = "Quoting " + s, ["id"] = s }).ToArray(),
        });
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body)
            .WithHeader("X-Request-Id", secrets[0])
            .WithHeader("Location", "https://app.globus.org/?token=" + Uri.EscapeDataString(secrets[0]))
            .WithHeader("WWW-Authenticate", $"Bearer error=\"invalid_token\", token=\"{secrets[0]}\"")
            .WithHeader("X-Echo", all);
        Server.Given(Request.Create().WithPath(path)).RespondWith(response);
    }

    private void AssertNothingRenderedShows(GlobusApiException error, string[] secrets)
    {
        var rendered = RenderedTexts.Of(error);
        rendered.AddRange(_telemetry.Logger.Collector.GetSnapshot().SelectMany(r =>
            new[] { ("log", (string?)r.Message), ("log exception", r.Exception?.ToString()) }
                .Concat(r.StructuredState?.Select(p => ($"log {p.Key}", p.Value)) ?? [])));
        rendered.AddRange(_telemetry.Activities.SelectMany(a =>
            a.TagObjects.Select(t => ($"span {t.Key}", t.Value?.ToString()))
                .Append(("span name", a.DisplayName))
                .Append(("span status", a.StatusDescription))));

        Assert.Multiple(() =>
        {
            Assert.That(_telemetry.Logger.Collector.Count, Is.GreaterThan(0), "the call was logged");
            Assert.That(_telemetry.Activities, Is.Not.Empty, "the call was traced");
            Assert.That(error.Message, Does.Contain(SecretRedaction.Redacted), "the echo was there to hide");
            foreach (var (where, text) in rendered)
            {
                foreach (var secret in secrets)
                {
                    Assert.That(text ?? string.Empty, Does.Not.Contain(secret), $"{where} shows a credential");
                }
            }

            Assert.That(error.RawText, Does.Contain(secrets[0]), "the raw body is kept exactly as received");
        });
    }
}
