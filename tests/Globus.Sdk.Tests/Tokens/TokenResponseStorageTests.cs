using System.Text.Json.Nodes;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Auth;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>
/// Token responses from the fake Globus Auth stored in each storage and read back, and a storage's
/// OnRefresh wired to a RefreshTokenAuthorizer keeping rotated tokens.
/// </summary>
public class TokenResponseStorageTests : WireMockTestBase
{
    private const string ClientId = "6b9f5c1a-native-client";
    private const string IdentityId = "c699d42e-d274-11e5-bf75-1fc5bf53bb24";

    private FakeGlobusAuth _auth = null!;
    private string _folder = null!;

    public static IEnumerable<StorageKind> Kinds => StorageKind.All;

    [SetUp]
    public void CreateFakeAuth()
    {
        _auth = new FakeGlobusAuth(Server);
        _folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;
    }

    [TearDown]
    public void DisposeFakeAuth()
    {
        _auth.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private NativeAppAuthClient Native() => new(ClientId, Options(o => o.TimeProvider = _auth.Time));

    private async Task<OAuthTokenResponse> LoginAsync()
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId, refreshTokens: true));
        var tokens = await Native().OAuth2TokenAsync([new("grant_type", "authorization_code"), new("code", "c-0123456789")]);
        Server.Reset();
        return tokens;
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task A_token_response_is_stored_per_resource_server_with_the_identity_read_back_and_removed(StorageKind kind)
    {
        var login = await LoginAsync();
        using var storage = kind.Create(_folder);

        await storage.StoreTokenResponseAsync(login);

        var stored = await storage.GetTokenDataByResourceServerAsync();
        Assert.That(stored.Keys, Is.EquivalentTo(new[] { "auth.globus.org", "transfer.api.globus.org" }));
        var transfer = stored["transfer.api.globus.org"];
        Assert.Multiple(() =>
        {
            Assert.That(transfer.IdentityId, Is.EqualTo(IdentityId), "from the id_token's sub");
            Assert.That(transfer.AccessToken, Is.EqualTo("at-transfer-1-0123456789"));
            Assert.That(transfer.RefreshToken, Is.EqualTo("rt-transfer-1-0123456789"));
            Assert.That(transfer.ExpiresAtSeconds, Is.EqualTo(_auth.Now + 3600));
            Assert.That(transfer.Scope, Is.EqualTo("urn:globus:auth:scope:transfer.api.globus.org:all"));
            Assert.That(transfer.TokenType, Is.EqualTo("Bearer"));
            Assert.That(stored["auth.globus.org"].IdentityId, Is.EqualTo(IdentityId));
        });

        Assert.That(await storage.RemoveTokenDataAsync("transfer.api.globus.org"), Is.True);
        Assert.That(await storage.RemoveTokenDataAsync("auth.globus.org"), Is.True);
        Assert.That(await storage.GetTokenDataByResourceServerAsync(), Is.Empty);
    }

    [Test]
    public async Task A_refresh_without_id_token_or_refresh_token_keeps_the_stored_identity_and_refresh_token()
    {
        using var storage = new MemoryTokenStorage();
        await storage.StoreTokenResponseAsync(await LoginAsync());
        _auth.AnswerTokens(new JsonObject
        {
            ["access_token"] = "at-transfer-2-0123456789", ["scope"] = "urn:globus:auth:scope:transfer.api.globus.org:all",
            ["resource_server"] = "transfer.api.globus.org", ["expires_in"] = 3600, ["token_type"] = "Bearer", ["other_tokens"] = new JsonArray(),
        }.ToJsonString());

        await storage.StoreTokenResponseAsync(await Native().OAuth2RefreshTokenAsync("rt-transfer-1-0123456789"));

        var transfer = (await storage.GetTokenDataAsync("transfer.api.globus.org"))!;
        Assert.That((transfer.AccessToken, transfer.RefreshToken, transfer.IdentityId),
            Is.EqualTo(("at-transfer-2-0123456789", "rt-transfer-1-0123456789", IdentityId)));
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task OnRefresh_stores_the_rotated_tokens_a_RefreshTokenAuthorizer_receives(StorageKind kind)
    {
        using var storage = kind.Create(_folder);
        await storage.StoreTokenResponseAsync(await LoginAsync());
        var stored = (await storage.GetTokenDataAsync("transfer.api.globus.org"))!;
        _auth.AnswerTokens(new JsonObject
        {
            ["access_token"] = "at-transfer-2-0123456789", ["scope"] = stored.Scope, ["resource_server"] = "transfer.api.globus.org",
            ["expires_in"] = 3600, ["token_type"] = "Bearer", ["refresh_token"] = "rt-transfer-2-0123456789", ["other_tokens"] = new JsonArray(),
        }.ToJsonString());
        _auth.Time.Advance(TimeSpan.FromHours(2));
        var authorizer = new RefreshTokenAuthorizer(stored.RefreshToken!, Native(), stored.AccessToken, stored.ExpiresAtSeconds, storage.OnRefresh);

        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-transfer-2-0123456789"));

        var renewed = (await storage.GetTokenDataAsync("transfer.api.globus.org"))!;
        Assert.That((renewed.AccessToken, renewed.RefreshToken, renewed.ExpiresAtSeconds, renewed.IdentityId),
            Is.EqualTo(("at-transfer-2-0123456789", "rt-transfer-2-0123456789", _auth.Now + 3600, IdentityId)));
        Assert.That((await storage.GetTokenDataAsync("auth.globus.org"))!.AccessToken, Is.EqualTo("at-auth-1-0123456789"), "other resource servers untouched");
    }
}
