using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Auth;
using Globus.Sdk.Tokens;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.App;

/// <summary>
/// What a GlobusApp trusts before it uses stored tokens: the id token of a login is checked against Globus
/// Auth's key (Python's id_token_decoder), and dependent scopes are checked against the identity's consents
/// (Python's scope requirements validator), since a token's scope string names only its root scopes.
/// </summary>
public class GlobusAppTrustTests : GlobusAppTestBase
{
    private const string Identity = "c699d42e-d274-11e5-bf75-1fc5bf53bb24";
    private const string Collection = "2f0c5b1a-6a4e-4f5e-9d1b-3c2a1b0e9f8d";
    private static readonly string DataAccess = $"https://auth.globus.org/scopes/{Collection}/data_access";

    [Test]
    public async Task A_login_whose_id_token_Globus_Auth_did_not_sign_is_refused_and_nothing_is_stored()
    {
        using var forger = RSA.Create(2048);
        var answer = JsonNode.Parse(Auth.TokenJson(NativeClientId))!;
        answer["id_token"] = Auth.SignIdToken(Auth.IdTokenClaims(NativeClientId), forger);
        Server.Given(Request.Create().WithPath("/v2/oauth2/token").UsingPost()).AtPriority(1).RespondWith(Json(answer.ToJsonString()));
        var storage = new MemoryTokenStorage();
        using var app = ScriptedUserApp(storage, new StringWriter(), scopeRequirements: TransferRequirement, codes: "code-1");

        var refused = Assert.ThrowsAsync<IdTokenValidationException>(() => app.LoginAsync());

        Assert.That(refused!.Message, Does.Not.Contain(answer["id_token"]!.GetValue<string>()));
        Assert.That(await storage.GetTokenDataByResourceServerAsync(), Is.Empty);
    }

    [Test]
    public async Task The_configured_id_token_decoder_decides_whose_tokens_are_stored()
    {
        AnswerCode("code-1", "1");
        RecordingDecoder? made = null;
        var storage = new MemoryTokenStorage();
        using var app = new UserApp("app-tests", clientId: NativeClientId, scopeRequirements: TransferRequirement,
            config: new GlobusAppConfig
            {
                TokenStorage = storage,
                Environment = "production",
                IdTokenDecoder = (appName, _, client) => made = new RecordingDecoder(client, appName),
                LoginFlowManager = GlobusAppLoginFlow.FromProvider((_, client, _) =>
                    new CommandLineLoginFlowManager(client, input: new StringReader("code-1\n"), output: new StringWriter())),
            },
            clientOptions: Here());

        await app.LoginAsync();

        Assert.That(app.IdTokenDecoder, Is.SameAs(made));
        Assert.That(made!.AppName, Is.EqualTo("app-tests"));
        Assert.That(made.Decoded, Is.EqualTo(1));
        Assert.That((await storage.GetTokenDataAsync("transfer.api.globus.org"))!.IdentityId, Is.EqualTo(Identity));
    }

    [Test]
    public async Task A_dependent_scope_without_consent_logs_in_again_and_the_consents_are_read_with_the_apps_auth_token()
    {
        AnswerCode("code-1", "1");
        AnswerCode("code-2", "2");
        // The user consents to the collection during the second login: Globus Auth's answer depends on whose token asks.
        Server.Given(Request.Create().WithPath($"/v2/api/identities/{Identity}/consents").UsingGet())
            .RespondWith(Response.Create().WithCallback(request => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = Consents(withDataAccess: request.Headers!["Authorization"].Single() == "Bearer at-auth-2-0123456789"),
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            }));
        var console = new StringWriter();
        using var app = ScriptedUserApp(new MemoryTokenStorage(), console,
            scopeRequirements: new Dictionary<string, IReadOnlyList<string>> { ["transfer.api.globus.org"] = [$"{TransferAll}[{DataAccess}]"] },
            codes: ["code-1", "code-2"]);
        await app.LoginAsync();

        Assert.That(await app.LoginRequiredAsync(), Is.True, "the token names transfer's scope, but the identity never consented to the collection");
        var authorizer = await app.GetAuthorizerAsync("transfer.api.globus.org");

        Assert.That(await authorizer.GetAuthorizationHeaderAsync(), Is.EqualTo("Bearer at-transfer-2-0123456789"), "the default handler logged in again");
        var reads = Requests.Where(r => r.RequestMessage.Path.EndsWith("/consents", StringComparison.Ordinal)).ToList();
        Assert.That(reads.Select(r => r.RequestMessage.Headers!["Authorization"].Single()),
            Is.EqualTo(new[] { "Bearer at-auth-1-0123456789", "Bearer at-auth-1-0123456789", "Bearer at-auth-2-0123456789" }));
        Assert.That(reads.Select(r => r.RequestMessage.Query!["all"].Single()), Is.All.EqualTo("False"));
        Assert.That(await app.LoginRequiredAsync(), Is.False, "the authorizer built on the new consent is reused");
        Assert.That(Requests.Count(r => r.RequestMessage.Path.EndsWith("/consents", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public async Task Without_a_handler_unmet_dependent_scopes_are_an_exception_naming_what_to_do()
    {
        AnswerCode("code-1", "1");
        Server.Given(Request.Create().WithPath($"/v2/api/identities/{Identity}/consents").UsingGet()).RespondWith(Json(Consents(withDataAccess: false)));
        using var app = new UserApp("app-tests", clientId: NativeClientId,
            scopeRequirements: new Dictionary<string, IReadOnlyList<string>> { ["transfer.api.globus.org"] = [$"{TransferAll}[{DataAccess}]"] },
            config: new GlobusAppConfig
            {
                TokenStorage = "memory",
                Environment = "production",
                TokenValidationErrorHandler = null,
                LoginFlowManager = GlobusAppLoginFlow.FromProvider((_, client, _) =>
                    new CommandLineLoginFlowManager(client, input: new StringReader("code-1\n"), output: new StringWriter())),
            },
            clientOptions: Here());
        await app.LoginAsync();

        var unmet = Assert.ThrowsAsync<UnmetScopeRequirementsException>(() => app.GetAuthorizerAsync("transfer.api.globus.org"));

        Assert.That(unmet!.Message, Does.Contain("dependent scope").And.Contain(DataAccess).And.Contain("log in again"));
        Assert.That(unmet.ScopeRequirements["transfer.api.globus.org"].Single().Dependencies.Single().ScopeString, Is.EqualTo(DataAccess));
    }

    /// <summary>The identity's consents: Transfer's root consent, and under it the collection's when <paramref name="withDataAccess"/>.</summary>
    private static string Consents(bool withDataAccess)
    {
        var list = new JsonArray(Consent(101, TransferAll, [101]), Consent(102, "openid", [102]));
        if (withDataAccess)
        {
            list.Add(Consent(103, DataAccess, [101, 103]));
        }

        return new JsonObject { ["consents"] = list }.ToJsonString();
    }

    private static JsonObject Consent(long id, string scopeName, long[] path) => new()
    {
        ["id"] = id,
        ["client"] = NativeClientId,
        ["scope"] = "scope-" + id,
        ["scope_name"] = scopeName,
        ["effective_identity"] = Identity,
        ["dependency_path"] = new JsonArray(path.Select(p => (JsonNode)p).ToArray()),
        ["created"] = "2026-01-01T00:00:00+00:00",
        ["updated"] = "2026-01-01T00:00:00+00:00",
        ["last_used"] = "2026-01-01T00:00:00+00:00",
        ["status"] = "approved",
        ["allows_refresh"] = true,
        ["auto_approved"] = false,
        ["atomically_revocable"] = false,
    };

    private sealed class RecordingDecoder(AuthLoginClient client, string appName) : IdTokenDecoder(client)
    {
        public string AppName { get; } = appName;

        public int Decoded { get; private set; }

        public override Task<IReadOnlyDictionary<string, JsonElement>> DecodeAsync(string idToken, CancellationToken cancellationToken = default)
        {
            Decoded++;
            return base.DecodeAsync(idToken, cancellationToken);
        }
    }
}
