using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tokens;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.App;

/// <summary>A person's app against the fake Globus Auth: login on a scripted console, reuse, refresh, logout.</summary>
public class UserAppTests : GlobusAppTestBase
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("globus-app-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Login_runs_the_command_line_flow_and_stores_the_tokens()
    {
        AnswerCode("code-1", "1");
        var console = new StringWriter();
        var storage = new MemoryTokenStorage();
        using var app = ScriptedUserApp(storage, console, scopeRequirements: TransferRequirement, codes: "code-1");

        Assert.That(await app.LoginRequiredAsync(), Is.True);
        await app.LoginAsync();

        var query = PrintedAuthorizeQuery(console);
        Assert.That(query["client_id"], Is.EqualTo(NativeClientId));
        Assert.That(query["scope"].Split(' '), Is.EquivalentTo(new[] { TransferAll, "openid" }));
        Assert.That(query["redirect_uri"], Does.EndWith("/v2/web/auth-code"));
        Assert.That(console.ToString(), Does.Contain("Enter the resulting Authorization Code here:"));
        var exchange = TokenForms("authorization_code").Single();
        Assert.That(exchange["code"], Is.EqualTo("code-1"));
        var stored = await storage.GetTokenDataByResourceServerAsync();
        Assert.That(stored.Keys, Is.EquivalentTo(new[] { "auth.globus.org", "transfer.api.globus.org" }));
        Assert.That(stored["transfer.api.globus.org"].AccessToken, Is.EqualTo("at-transfer-1-0123456789"));
        Assert.That(stored["transfer.api.globus.org"].IdentityId, Is.EqualTo("c699d42e-d274-11e5-bf75-1fc5bf53bb24"));
        Assert.That(await app.LoginRequiredAsync(), Is.False);
    }

    [Test]
    public async Task A_second_run_over_the_same_token_file_uses_the_stored_tokens_without_login()
    {
        AnswerCode("code-1", "1");
        var file = Path.Combine(_directory, "tokens.json");
        using (var first = ScriptedUserApp(new JsonTokenStorage(file), new StringWriter(), scopeRequirements: TransferRequirement, codes: "code-1"))
        {
            await first.LoginAsync();
        }

        // No code to read: a login in the second run would fail on the end of input.
        var console = new StringWriter();
        using var second = ScriptedUserApp(new JsonTokenStorage(file), console, scopeRequirements: TransferRequirement);
        var transfer = new TransferClient(second, Here());
        await transfer.GetAsync(EndpointSearch);

        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-transfer-1-0123456789" }));
        Assert.That(TokenForms("authorization_code"), Has.Count.EqualTo(1));
        Assert.That(console.ToString(), Is.Empty);
    }

    [Test]
    public async Task A_second_run_over_the_same_sqlite_database_uses_the_stored_tokens_without_login()
    {
        AnswerCode("code-1", "1");
        var database = Path.Combine(_directory, "tokens.db");
        var sqlite = GlobusAppTokenStorage.FromProvider((_, _, _, ns) => new SqliteTokenStorage(database, ns));
        using (var first = SqliteApp(sqlite, "code-1"))
        {
            await first.LoginAsync();
        }

        using var second = SqliteApp(sqlite);
        var authorizer = await second.GetAuthorizerAsync("transfer.api.globus.org");

        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-transfer-1-0123456789"));
        Assert.That(TokenForms("authorization_code"), Has.Count.EqualTo(1));
        Assert.That(File.Exists(database), Is.True);
    }

    private UserApp SqliteApp(GlobusAppTokenStorage storage, params string[] codes)
    {
        var input = new StringReader(string.Join("\n", codes) + "\n");
        return new UserApp("app-tests", clientId: NativeClientId, scopeRequirements: TransferRequirement,
            config: new GlobusAppConfig
            {
                TokenStorage = storage,
                Environment = "production",
                TokenValidationErrorHandler = null,
                LoginFlowManager = GlobusAppLoginFlow.FromProvider((_, client, _) => new CommandLineLoginFlowManager(client, input: input, output: new StringWriter())),
            },
            clientOptions: Here());
    }

    [Test]
    public async Task A_client_built_with_the_app_registers_its_scopes_logs_in_and_sends_the_apps_token()
    {
        AnswerCode("code-1", "1");
        var console = new StringWriter();
        using var app = ScriptedUserApp(new MemoryTokenStorage(), console, codes: "code-1");

        var transfer = new TransferClient(app, Here());
        Assert.That(app.ScopeRequirements["transfer.api.globus.org"].Select(s => s.ToString()), Is.EqualTo(new[] { TransferAll }));

        await transfer.GetAsync(EndpointSearch);

        // The first request found no token; the default handler logged in, then the request went out with the new token.
        Assert.That(PrintedAuthorizeQuery(console)["scope"].Split(' '), Does.Contain(TransferAll));
        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-transfer-1-0123456789" }));
    }

    [Test]
    public async Task An_expired_access_token_is_refreshed_and_the_new_one_stored()
    {
        AnswerCode("code-1", "1", refreshTokens: true);
        AnswerRenewals("transfer.api.globus.org", TransferAll);
        var storage = new MemoryTokenStorage();
        using var app = ScriptedUserApp(storage, new StringWriter(), refreshTokens: true, scopeRequirements: TransferRequirement, codes: "code-1");
        await app.LoginAsync();
        var transfer = new TransferClient(app, Here());

        Auth.Time.Advance(TimeSpan.FromHours(2));
        await transfer.GetAsync(EndpointSearch);

        var refresh = TokenForms("refresh_token").Single();
        Assert.That(refresh["refresh_token"], Is.EqualTo("rt-transfer-1-0123456789"));
        Assert.That(TransferAuthorizations(), Is.EqualTo(new[] { "Bearer at-renewed-1-0123456789" }));
        var stored = await storage.GetTokenDataAsync("transfer.api.globus.org");
        Assert.That(stored!.AccessToken, Is.EqualTo("at-renewed-1-0123456789"));
        Assert.That(stored.RefreshToken, Is.EqualTo("rt-transfer-1-0123456789"), "the refresh token is kept");
        Assert.That(stored.ExpiresAtSeconds, Is.EqualTo(Auth.Now + 3600));
    }

    [Test]
    public async Task An_expired_access_token_without_refresh_tokens_makes_a_login_required()
    {
        AnswerCode("code-1", "1");
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter(), scopeRequirements: TransferRequirement, codes: "code-1");
        await app.LoginAsync();

        Auth.Time.Advance(TimeSpan.FromHours(2));

        Assert.That(await app.LoginRequiredAsync(), Is.True);
    }

    [Test]
    public async Task Without_a_handler_a_missing_token_reaches_the_caller()
    {
        using var app = new UserApp("app-tests", clientId: NativeClientId, scopeRequirements: TransferRequirement,
            config: new GlobusAppConfig { TokenStorage = "memory", TokenValidationErrorHandler = null, Environment = "production" }, clientOptions: Here());

        var error = Assert.ThrowsAsync<MissingTokenException>(() => app.GetAuthorizerAsync("transfer.api.globus.org"));

        Assert.That(error!.ResourceServer, Is.EqualTo("transfer.api.globus.org"));
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public async Task A_login_as_another_identity_is_refused_and_the_stored_tokens_kept()
    {
        AnswerCode("code-1", "1");
        var storage = new MemoryTokenStorage();
        using var app = ScriptedUserApp(storage, new StringWriter(), scopeRequirements: TransferRequirement, codes: ["code-1", "code-1"]);
        await app.LoginAsync();
        var other = (await storage.GetTokenDataAsync("auth.globus.org"))!;
        await storage.StoreTokenDataByResourceServerAsync(new Dictionary<string, TokenStorageData>
        {
            ["auth.globus.org"] = new(other.ResourceServer, "someone-else", other.Scope, other.AccessToken, other.RefreshToken, other.ExpiresAtSeconds),
            ["transfer.api.globus.org"] = new("transfer.api.globus.org", "someone-else", TransferAll, "at-old-0123456789", null, Auth.Now + 60),
        });

        var error = Assert.ThrowsAsync<IdentityMismatchException>(() => app.LoginAsync(force: true));

        Assert.That(error!.StoredId, Is.EqualTo("someone-else"));
        Assert.That((await storage.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Is.EqualTo("at-old-0123456789"));
    }

    [Test]
    public async Task Logout_revokes_each_token_then_removes_it()
    {
        AnswerCode("code-1", "1", refreshTokens: true);
        var storage = new MemoryTokenStorage();
        using var app = ScriptedUserApp(storage, new StringWriter(), refreshTokens: true, scopeRequirements: TransferRequirement, codes: "code-1");
        await app.LoginAsync();
        await storage.StoreTokenDataByResourceServerAsync(new Dictionary<string, TokenStorageData>
        {
            ["groups.api.globus.org"] = new("groups.api.globus.org", null, "groups", "at-groups-0123456789", null, Auth.Now + 60),
        });

        await app.LogoutAsync();

        Assert.That(Revoked(), Is.EquivalentTo(new[]
        {
            "at-auth-1-0123456789", "rt-auth-1-0123456789", "at-transfer-1-0123456789", "rt-transfer-1-0123456789",
        }));
        Assert.That((await storage.GetTokenDataByResourceServerAsync()).Keys, Is.EqualTo(new[] { "groups.api.globus.org" }), "only required resource servers without sweep");

        await app.LogoutAsync(sweep: true);

        Assert.That(Revoked(), Does.Contain("at-groups-0123456789"));
        Assert.That(await storage.GetTokenDataByResourceServerAsync(), Is.Empty);
    }

    [Test]
    public async Task Logout_keeps_the_tokens_whose_revocation_failed()
    {
        AnswerCode("code-1", "1");
        Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v2/oauth2/token/revoke").UsingPost()).AtPriority(1)
            .RespondWith(Json("""{"error": "invalid_client"}""", 401));
        var storage = new MemoryTokenStorage();
        using var app = ScriptedUserApp(storage, new StringWriter(), scopeRequirements: TransferRequirement, codes: "code-1");
        await app.LoginAsync();

        Assert.ThrowsAsync<AuthApiException>(() => app.LogoutAsync());

        Assert.That((await storage.GetTokenDataByResourceServerAsync()).Keys, Is.EquivalentTo(new[] { "auth.globus.org", "transfer.api.globus.org" }));
    }

    [Test]
    public void A_command_line_login_without_input_fails_with_the_eof_exception()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter(), scopeRequirements: TransferRequirement);

        Assert.ThrowsAsync<CommandLineLoginFlowEofException>(() => app.LoginAsync());
    }

    [Test]
    public void Misuse_is_refused_before_any_request()
    {
        var native = new NativeAppAuthClient(NativeClientId, Here());
        Assert.Throws<GlobusSdkUsageException>(() => new UserApp("x", loginClient: native, clientId: NativeClientId, config: new() { TokenStorage = "memory" }));
        Assert.Throws<GlobusSdkUsageException>(() => new UserApp("x", config: new() { TokenStorage = "memory" }));
        Assert.Throws<GlobusSdkUsageException>(() => new UserApp("x", loginClient: native, config: new() { TokenStorage = "memory", Environment = "sandbox" }));
        Assert.Throws<GlobusSdkUsageException>(() => new UserApp("x", loginClient: native, config: new() { TokenStorage = "memory", LoginRedirectUri = "https://example.org/cb", LoginFlowManager = "local-server", Environment = "production" }));
        Assert.Throws<ArgumentException>(() => new GlobusAppConfig { TokenStorage = "yaml" });
        Assert.Throws<ArgumentException>(() => new GlobusAppConfig { LoginFlowManager = "telepathy" });
        Assert.Throws<GlobusSdkUsageException>(() => new TransferClient(NullAuthorizer.Instance, Here()).AddAppScope([TransferAll]));
        Assert.That(Requests, Is.Empty);
    }

    [Test]
    public async Task AddAppDataAccessScope_requires_transfer_all_with_optional_data_access_dependencies()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter());
        var collection = "2f0c5b1a-6a4e-4f5e-9d1b-3c2a1b0e9f8d";

        var transfer = new TransferClient(app, Here()).AddAppDataAccessScope(collection);

        Assert.That(transfer, Is.Not.Null);
        Assert.That(app.ScopeRequirements["transfer.api.globus.org"].Select(s => s.ToString()),
            Is.EqualTo(new[] { $"{TransferAll}[*https://auth.globus.org/scopes/{collection}/data_access]" }));
        Assert.Throws<ArgumentException>(() => transfer.AddAppDataAccessScope("not-a-uuid"));
        await Task.CompletedTask;
    }

    [Test]
    public void The_app_and_its_clients_leave_the_callers_options_as_they_were()
    {
        var options = Here();

        using var app = new UserApp("My Tool", clientId: NativeClientId,
            config: new GlobusAppConfig { TokenStorage = "memory", Environment = "sandbox" }, clientOptions: options);
        var transfer = new TransferClient(app, options: options);

        Assert.That((options.Environment, options.AppName), Is.EqualTo(((string?)null, (string?)null)), "the caller's object is shared and must not change");
        Assert.That(app.LoginClient.Environment, Is.EqualTo("sandbox"));
        Assert.That(transfer.Environment, Is.EqualTo("sandbox"), "a client built with the app lives in the app's environment");
        Assert.That(transfer.BaseUrl, Is.EqualTo(options.BaseUrl), "everything else the caller set stands");
        var elsewhere = Options(o => o.Environment = "preview");
        Assert.Throws<GlobusSdkUsageException>(() => _ = new UserApp("My Tool", clientId: NativeClientId,
            config: new GlobusAppConfig { TokenStorage = "memory", Environment = "sandbox" }, clientOptions: elsewhere));
    }

    [Test]
    public void The_default_token_file_is_pythons_path_for_the_app()
    {
        using var app = new UserApp("My Tool", clientId: NativeClientId, config: new GlobusAppConfig { Environment = "production" }, clientOptions: Here());

        Assert.That(((JsonTokenStorage)app.TokenStorage).Filename, Is.EqualTo(DefaultTokenFile.GetPath(NativeClientId, "My Tool")));
        Assert.That(app.ToString(), Does.Not.Contain("secret"));
    }
}
