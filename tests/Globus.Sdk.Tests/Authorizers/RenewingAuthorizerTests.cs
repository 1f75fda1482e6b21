using System.Text.Json.Nodes;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Auth;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Authorizers;

/// <summary>
/// The renewing authorizers against a fake Globus Auth: when they renew, what they send, single-flight
/// renewal under 100 concurrent requests, failures and cancellation, rotation, and a real client's retry after a 401.
/// </summary>
public class RenewingAuthorizerTests : WireMockTestBase
{
    private const string ClientId = "6b9f5c1a-native-client";
    private const string Secret = "cs-VerySecretClientSecret-0123456789";
    private const string OldRefresh = "rt-old-0123456789";
    private const string TransferScope = "urn:globus:auth:scope:transfer.api.globus.org:all";

    private FakeGlobusAuth _auth = null!;

    [SetUp]
    public void CreateFakeAuth() => _auth = new FakeGlobusAuth(Server);

    [TearDown]
    public void DisposeFakeAuth() => _auth.Dispose();

    private long Now => _auth.Now;

    private NativeAppAuthClient Native() => new(ClientId, Options(o => o.TimeProvider = _auth.Time));

    private ConfidentialAppAuthClient Confidential() => new(ClientId, Secret, Options(o => o.TimeProvider = _auth.Time));

    private List<WireMock.RequestMessage> TokenRequests =>
        Requests.Select(e => (WireMock.RequestMessage)e.RequestMessage).Where(r => r.AbsolutePath == "/v2/oauth2/token").ToList();

    /// <summary>A refresh answer with one Transfer token; <paramref name="rotatedRefresh"/> is the new refresh token, if any.</summary>
    private static string RefreshJson(string accessToken, string? rotatedRefresh = null, int expiresIn = 3600) => new JsonObject
    {
        ["access_token"] = accessToken,
        ["scope"] = TransferScope,
        ["resource_server"] = "transfer.api.globus.org",
        ["expires_in"] = expiresIn,
        ["token_type"] = "Bearer",
        ["refresh_token"] = rotatedRefresh,
        ["other_tokens"] = new JsonArray(),
    }.ToJsonString();

    private void AnswerTokensSlowly(string json, int status = 200) =>
        Server.Given(Request.Create().WithPath("/v2/oauth2/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json)
                // Keeps the one renewal in flight while all the concurrent callers arrive.
                .WithDelay(TimeSpan.FromMilliseconds(300)));

    [Test]
    public async Task Without_an_access_token_the_first_request_refreshes_with_the_refresh_token_form()
    {
        _auth.AnswerTokens(RefreshJson("at-new-0123456789"));
        OAuthTokenResponse? refreshed = null;
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native(), onRefresh: (response, _) =>
        {
            refreshed = response;
            return ValueTask.CompletedTask;
        });

        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-new-0123456789"));

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = OldRefresh, ["client_id"] = ClientId,
        }));
        Assert.That(refreshed!.ByResourceServer["transfer.api.globus.org"].AccessToken, Is.EqualTo("at-new-0123456789"));
        Assert.That(authorizer.ExpiresAt, Is.EqualTo(Now + 3600));
        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-new-0123456789"));
        Assert.That(TokenRequests, Has.Count.EqualTo(1), "a fresh token is reused");
    }

    [Test]
    public async Task A_given_token_is_used_until_60_seconds_before_it_expires()
    {
        _auth.AnswerTokens(RefreshJson("at-new-0123456789"));
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native(), "at-given-0123456789", Now + 600);

        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-given-0123456789"));
        _auth.Time.Advance(TimeSpan.FromSeconds(539));
        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-given-0123456789"));
        Assert.That(TokenRequests, Is.Empty);

        _auth.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-new-0123456789"));
        Assert.That(TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_401_invalidates_the_token_and_the_next_request_renews()
    {
        _auth.AnswerTokens(RefreshJson("at-new-0123456789"));
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native(), "at-given-0123456789", Now + 3600);

        Assert.That(await authorizer.HandleMissingAuthorizationAsync(), Is.True);
        Assert.That(authorizer.AccessToken, Is.Null);
        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-new-0123456789"));
    }

    [Test]
    public async Task A_rotated_refresh_token_is_adopted_and_used_next_time()
    {
        _auth.AnswerTokens(RefreshJson("at-1-0123456789", rotatedRefresh: "rt-rotated-0123456789", expiresIn: 100));
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native());

        await authorizer.GetAuthorizationHeaderAsync();
        Assert.That(authorizer.RefreshToken, Is.EqualTo("rt-rotated-0123456789"));
        _auth.Time.Advance(TimeSpan.FromSeconds(100));
        await authorizer.GetAuthorizationHeaderAsync();

        Assert.That(TokenRequests.Select(r => FakeGlobusAuth.FormOf(r)["refresh_token"]), Is.EqualTo(new[] { OldRefresh, "rt-rotated-0123456789" }));
    }

    [Test]
    public void An_access_token_without_its_expiry_is_a_usage_error()
    {
        Assert.That(() => new RefreshTokenAuthorizer(OldRefresh, Native(), accessToken: "at-given-0123456789"),
            Throws.InstanceOf<GlobusSdkUsageException>().With.Message.Contains("expiresAt").And.Message.Not.Contains("at-given"));
        Assert.That(() => new ClientCredentialsAuthorizer(Confidential(), [TransferScope], accessToken: "at-given-0123456789"),
            Throws.InstanceOf<GlobusSdkUsageException>());
    }

    [Test]
    public async Task One_hundred_concurrent_requests_on_an_expired_token_make_one_token_request()
    {
        AnswerTokensSlowly(RefreshJson("at-new-0123456789"));
        var refreshes = 0;
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native(), "at-expired-0123456789", Now - 1, (_, _) =>
        {
            Interlocked.Increment(ref refreshes);
            return ValueTask.CompletedTask;
        });

        var headers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => authorizer.GetAuthorizationHeaderAsync().AsTask())));

        Assert.That(headers, Is.All.EqualTo("Bearer at-new-0123456789"));
        Assert.That(TokenRequests, Has.Count.EqualTo(1));
        Assert.That(refreshes, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failed_renewal_reaches_every_waiter_and_the_next_request_tries_again()
    {
        AnswerTokensSlowly("""{"error": "invalid_grant", "error_description": "The refresh token rt-old-0123456789 is revoked."}""", status: 400);
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native());

        var calls = Enumerable.Range(0, 100).Select(_ => Task.Run(() => authorizer.GetAuthorizationHeaderAsync().AsTask())).ToList();
        foreach (var call in calls)
        {
            var error = Assert.ThrowsAsync<AuthApiException>(async () => await call)!;
            Assert.That(error.HttpStatus, Is.EqualTo(400));
            Assert.That(error.Message + error.ToString(), Does.Not.Contain(OldRefresh));
        }

        Assert.That(TokenRequests, Has.Count.EqualTo(1));

        Server.Reset();
        _auth.AnswerTokens(RefreshJson("at-new-0123456789"));
        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-new-0123456789"));
        Assert.That(TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_waiter_that_cancels_does_not_cancel_the_renewal_of_the_others()
    {
        AnswerTokensSlowly(RefreshJson("at-new-0123456789"));
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native());
        using var cancel = new CancellationTokenSource();

        var impatient = authorizer.GetAuthorizationHeaderAsync(cancel.Token).AsTask();
        var patient = authorizer.GetAuthorizationHeaderAsync().AsTask();
        await cancel.CancelAsync();

        Assert.That(async () => await impatient, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await patient, Is.EqualTo("Bearer at-new-0123456789"));
        Assert.That(TokenRequests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Client_credentials_request_the_scopes_with_the_app_credentials()
    {
        _auth.AnswerTokens(RefreshJson("at-cc-0123456789"));
        var stored = new List<OAuthTokenResponse>();
        var authorizer = new ClientCredentialsAuthorizer(Confidential(), [TransferScope], onRefresh: (response, _) =>
        {
            stored.Add(response);
            return ValueTask.CompletedTask;
        });

        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-cc-0123456789"));

        Assert.That(FakeGlobusAuth.FormOf(SingleRequest), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["scope"] = TransferScope,
        }));
        Assert.That(SingleRequest.Headers!["Authorization"].Single(), Does.StartWith("Basic "));
        Assert.That(stored, Has.Count.EqualTo(1));
        Assert.That(authorizer.Scopes, Is.EqualTo(new[] { TransferScope }));
    }

    [Test]
    public void Client_credentials_for_scopes_of_two_resource_servers_is_a_clear_usage_error()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId));
        var authorizer = new ClientCredentialsAuthorizer(Confidential(), ["openid", TransferScope]);

        Assert.That(async () => await authorizer.GetAuthorizationHeaderAsync(),
            Throws.InstanceOf<GlobusSdkUsageException>().With.Message.Contains("exactly one token").And.Message.Contains("transfer.api.globus.org"));
    }

    [Test]
    public async Task A_client_retries_once_after_a_401_with_the_renewed_token()
    {
        Server.Given(Request.Create().WithPath("/v1/index/idx-1").UsingGet().WithHeader("Authorization", "Bearer at-revoked-0123456789"))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code": "AuthenticationFailed", "message": "Token is not active"}"""));
        Server.Given(Request.Create().WithPath("/v1/index/idx-1").UsingGet().WithHeader("Authorization", "Bearer at-new-0123456789"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id": "idx-1", "display_name": "Climate datasets"}"""));
        _auth.AnswerTokens(RefreshJson("at-new-0123456789"));
        var authorizer = new RefreshTokenAuthorizer(OldRefresh, Native(), "at-revoked-0123456789", Now + 3600);
        // The system clock for the Search client: its retry waits a (short) backoff, which fake time would never end.
        var search = new SearchClient(authorizer, Options());

        var index = await search.GetIndexAsync("idx-1");

        Assert.That(index["display_name"].GetString(), Is.EqualTo("Climate datasets"));
        Assert.That(Requests.Select(e => $"{e.RequestMessage.Method} {e.RequestMessage.AbsolutePath}"),
            Is.EqualTo(new[] { "GET /v1/index/idx-1", "POST /v2/oauth2/token", "GET /v1/index/idx-1" }));
    }

    [Test]
    public async Task No_token_appears_in_ToString()
    {
        _auth.AnswerTokens(RefreshJson("at-new-0123456789", rotatedRefresh: "rt-rotated-0123456789"));
        var refresh = new RefreshTokenAuthorizer(OldRefresh, Native());
        await refresh.GetAuthorizationHeaderAsync();
        var credentials = new ClientCredentialsAuthorizer(Confidential(), [TransferScope], "at-given-0123456789", Now + 3600);

        foreach (var text in new[] { refresh.ToString(), credentials.ToString() })
        {
            Assert.That(text, Does.Contain("REDACTED"));
            Assert.That(text, Does.Not.Contain("0123456789").And.Not.Contain(Secret));
        }
    }
}
