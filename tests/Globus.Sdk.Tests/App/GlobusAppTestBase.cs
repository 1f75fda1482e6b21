using Globus.Sdk.Auth;
using Globus.Sdk.Tests.Auth;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.App;

/// <summary>Globus Auth and Transfer as WireMock fakes, and a scripted console, for the GlobusApp tests.</summary>
public abstract class GlobusAppTestBase : WireMockTestBase
{
    protected const string NativeClientId = "6b1a4c2e-app-native-client";
    protected const string ConfidentialClientId = "9f8e7d6c-app-confidential-client";
    protected const string ClientSecret = "cs-AppClientSecret-0123456789";
    protected const string TransferAll = "urn:globus:auth:scope:transfer.api.globus.org:all";
    protected const string EndpointSearch = "/v0.10/endpoint_search";

    protected FakeGlobusAuth Auth { get; private set; } = null!;

    [SetUp]
    public void CreateFakes()
    {
        Auth = new FakeGlobusAuth(Server);
        Auth.ServeDiscovery();
        Server.Given(Request.Create().WithPath(EndpointSearch).UsingGet()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"DATA_TYPE": "endpoint_list", "DATA": []}"""));
        Server.Given(Request.Create().WithPath("/v2/oauth2/token/revoke").UsingPost()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"active": false}"""));
    }

    [TearDown]
    public void DisposeFakes() => Auth.Dispose();

    /// <summary>Options on the fake server and the fake clock; retries do not wait.</summary>
    protected GlobusClientOptions Here() => Options(o =>
    {
        o.TimeProvider = Auth.Time;
        o.RetryPolicy = new RetryPolicy(backoff: _ => TimeSpan.Zero);
    });

    /// <summary>Answers an authorization code exchange for <paramref name="code"/> with tokens numbered <paramref name="suffix"/>.</summary>
    protected void AnswerCode(string code, string suffix, bool refreshTokens = false) =>
        Server.Given(Request.Create().WithPath("/v2/oauth2/token").UsingPost()
                .WithBody((string? body) => body is not null && body.Contains("grant_type=authorization_code") && body.Contains("code=" + code + "&")))
            .AtPriority(1)
            .RespondWith(Json(Auth.TokenJson(NativeClientId, refreshTokens, suffix: suffix)));

    /// <summary>Answers refresh and client credentials grants with one new token each for <paramref name="resourceServer"/>.</summary>
    protected void AnswerRenewals(string resourceServer, string scope) => Auth.AnswerRenewals(resourceServer, scope, priority: 2);

    protected List<Dictionary<string, string>> TokenForms(string grantType) => Requests
        .Where(r => r.RequestMessage.Path == "/v2/oauth2/token" && r.RequestMessage.Body!.Contains("grant_type=" + grantType))
        .Select(r => FakeGlobusAuth.FormOf((WireMock.RequestMessage)r.RequestMessage))
        .ToList();

    protected List<string> Revoked() => Requests
        .Where(r => r.RequestMessage.Path == "/v2/oauth2/token/revoke")
        .Select(r => FakeGlobusAuth.FormOf((WireMock.RequestMessage)r.RequestMessage)["token"])
        .ToList();

    protected List<string?> TransferAuthorizations() => Requests
        .Where(r => r.RequestMessage.Path == EndpointSearch)
        .Select(r => r.RequestMessage.Headers!.TryGetValue("Authorization", out var values) ? values.SingleOrDefault() : null)
        .ToList();

    /// <summary>A user app on the fake, logging in on a scripted console that answers with <paramref name="codes"/>, one per line.</summary>
    protected UserApp ScriptedUserApp(
        Globus.Sdk.Tokens.TokenStorage storage,
        StringWriter console,
        bool refreshTokens = false,
        bool autoRedriveGares = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? scopeRequirements = null,
        params string[] codes)
    {
        var input = new StringReader(string.Join("\n", codes) + (codes.Length > 0 ? "\n" : string.Empty));
        return new UserApp(
            "app-tests",
            clientId: NativeClientId,
            scopeRequirements: scopeRequirements,
            config: new GlobusAppConfig
            {
                TokenStorage = storage,
                RequestRefreshTokens = refreshTokens,
                AutoRedriveGares = autoRedriveGares,
                Environment = "production",
                LoginFlowManager = GlobusAppLoginFlow.FromProvider((_, client, config) =>
                    new CommandLineLoginFlowManager(client, requestRefreshTokens: config.RequestRefreshTokens, input: input, output: console)),
            },
            clientOptions: Here());
    }

    protected static IReadOnlyDictionary<string, IReadOnlyList<string>> TransferRequirement { get; } =
        new Dictionary<string, IReadOnlyList<string>> { ["transfer.api.globus.org"] = [TransferAll] };

    /// <summary>The query of the authorize URL printed on the console (the last one when several were).</summary>
    protected static Dictionary<string, string> PrintedAuthorizeQuery(StringWriter console, int index = -1)
    {
        var urls = console.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Contains("/v2/oauth2/authorize?")).ToList();
        var url = new Uri(urls[index < 0 ? urls.Count - 1 : index]);
        return url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
    }

    protected static IResponseBuilder Json(string json, int status = 200) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json);
}
