using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Auth;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Tokens;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>The v3.0 adapter names over the storages, and the v3.0 documentation's TokenStorage usage example in C#.</summary>
public class StorageAdapterTests : WireMockTestBase
{
    private const string ClientId = "6b9f5c1a-native-client";

    private FakeGlobusAuth _auth = null!;
    private string _folder = null!;

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

    private GlobusClientOptions AuthOptions() => Options(o => o.TimeProvider = _auth.Time);

    private async Task<OAuthTokenResponse> LoginAsync(AuthLoginClient client)
    {
        _auth.AnswerTokens(_auth.TokenJson(ClientId, refreshTokens: true));
        return await client.OAuth2TokenAsync([new("grant_type", "authorization_code"), new("code", "c-0123456789")]);
    }

    /// <summary>
    /// The v3.0 documentation's TokenStorage usage example, line for line where C# allows. Adapted: the
    /// stored expiry is <c>ExpiresAtSeconds</c> (v3.0 read an <c>access_token_expires</c> key), and the two
    /// branches' token objects differ in type, so the three values are taken out in each branch.
    /// </summary>
    [Test]
    public async Task The_v3_documentation_TokenStorage_example_runs()
    {
        var fileName = Path.Combine(_folder, "mytokens.json");
        Server.Given(Request.Create().WithPath("/v0.10/submission_id").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"value": "sub-1"}"""));

        // The first run logs in and stores the tokens; the second one finds the file and loads them.
        foreach (var run in new[] { "first", "second" })
        {
            using var myFileAdapter = new SimpleJsonFileAdapter(fileName);
            var authClient = new NativeAppAuthClient(ClientId, AuthOptions());
            string refreshToken, accessToken;
            long expiresAt;
            if (!myFileAdapter.FileExists())
            {
                Assert.That(run, Is.EqualTo("first"));

                // ... do a login flow, getting back initial tokens (elided here as in the docs)
                var tokenResponse = await LoginAsync(authClient);

                // now store the tokens, and pull out the tokens for the resource server we want
                await myFileAdapter.StoreAsync(tokenResponse);
                var byRs = tokenResponse.ByResourceServer;
                var tokens = byRs["transfer.api.globus.org"];
                (refreshToken, accessToken, expiresAt) = (tokens.RefreshToken!, tokens.AccessToken, tokens.ExpiresAtSeconds);
            }
            else
            {
                Assert.That(run, Is.EqualTo("second"));

                // otherwise, we already did this whole song-and-dance, so just load the tokens from that file
                var tokens = (await myFileAdapter.GetTokenDataAsync("transfer.api.globus.org"))!;
                (refreshToken, accessToken, expiresAt) = (tokens.RefreshToken!, tokens.AccessToken, tokens.ExpiresAtSeconds);
            }

            var authorizer = new RefreshTokenAuthorizer(
                refreshToken,
                authClient,
                accessToken: accessToken,
                expiresAt: expiresAt,
                onRefresh: myFileAdapter.OnRefresh);

            // or, for client credentials
            var confidentialClient = new ConfidentialAppAuthClient(ClientId, "cs-secret-0123456789", AuthOptions());
            var ccAuthorizer = new ClientCredentialsAuthorizer(
                confidentialClient,
                ["urn:globus:auth:scope:transfer.api.globus.org:all"],
                accessToken: accessToken,
                expiresAt: expiresAt,
                onRefresh: myFileAdapter.OnRefresh);

            // and then use the authorizer on a client!
            var tc = new TransferClient(authorizer, Options());
            await tc.GetSubmissionIdAsync();
            Assert.That(ccAuthorizer.AccessToken, Is.EqualTo("at-transfer-1-0123456789"));
        }

        var transferCalls = Requests.Where(e => e.RequestMessage.AbsolutePath == "/v0.10/submission_id").ToList();
        Assert.That(transferCalls, Has.Count.EqualTo(2));
        Assert.That(transferCalls.Select(e => e.RequestMessage.Headers!["Authorization"].Single()), Is.All.EqualTo("Bearer at-transfer-1-0123456789"));
        Assert.That(Requests.Count(e => e.RequestMessage.AbsolutePath == "/v2/oauth2/token"), Is.EqualTo(1), "the second run needs no login");
    }

    [Test]
    public async Task SqliteAdapter_keeps_v3_names_over_namespaces_and_config()
    {
        var db = Path.Combine(_folder, "tokens.db");
        using var alice = new SqliteAdapter(db, "alice");
        using var bob = new SqliteAdapter(db, "bob");
        await alice.StoreAsync(await LoginAsync(new NativeAppAuthClient(ClientId, AuthOptions())));
        await alice.StoreConfigAsync("cli", JsonDocument.Parse("""{"default_endpoint": "ep-1"}""").RootElement);

        Assert.That((await alice.GetByResourceServerAsync()).Keys, Is.EquivalentTo(new[] { "auth.globus.org", "transfer.api.globus.org" }));
        Assert.That(await bob.GetByResourceServerAsync(), Is.Empty);
        Assert.That((await alice.ReadConfigAsync("cli"))!.Value.GetProperty("default_endpoint").GetString(), Is.EqualTo("ep-1"));
        Assert.That(await alice.RemoveTokensForResourceServerAsync("auth.globus.org"), Is.True);
        Assert.That(await alice.RemoveTokensForResourceServerAsync("auth.globus.org"), Is.False);
        Assert.That(await alice.RemoveConfigAsync("cli"), Is.True);
        Assert.That((alice.Namespace, alice.DatabaseName), Is.EqualTo(("alice", db)));
        Assert.That(alice.Storage, Is.InstanceOf<SqliteTokenStorage>());
    }

    [Test]
    public async Task MemoryAdapter_and_SimpleJsonFileAdapter_store_and_read()
    {
        var login = await LoginAsync(new NativeAppAuthClient(ClientId, AuthOptions()));
        using var memory = new MemoryAdapter();
        using var file = new SimpleJsonFileAdapter(Path.Combine(_folder, "a.json"));
        Assert.That(file.FileExists(), Is.False);

        foreach (StorageAdapter adapter in new StorageAdapter[] { memory, file })
        {
            await adapter.StoreAsync(login);
            Assert.That((await adapter.GetTokenDataAsync("auth.globus.org"))!.AccessToken, Is.EqualTo("at-auth-1-0123456789"));
            Assert.That(adapter.ToString(), Does.Not.Contain("0123456789"));
        }

        Assert.That(file.FileExists(), Is.True);
    }
}
