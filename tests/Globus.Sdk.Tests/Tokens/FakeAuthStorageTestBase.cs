using Globus.Sdk.Auth;
using Globus.Sdk.Tests.Auth;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>A fake Globus Auth that answers a login, and a fresh folder for storage files, for each test.</summary>
public abstract class FakeAuthStorageTestBase : WireMockTestBase
{
    protected const string ClientId = "6b9f5c1a-native-client";
    protected const string IdentityId = "c699d42e-d274-11e5-bf75-1fc5bf53bb24";

    protected FakeGlobusAuth FakeAuth { get; private set; } = null!;

    protected string Folder { get; private set; } = null!;

    [SetUp]
    public void CreateFakeAuthAndFolder()
    {
        FakeAuth = new FakeGlobusAuth(Server);
        Folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;
    }

    [TearDown]
    public void DisposeFakeAuthAndFolder()
    {
        FakeAuth.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Options for login clients: this fixture's server and the fake Auth's clock.</summary>
    protected GlobusClientOptions AuthOptions() => Options(o => o.TimeProvider = FakeAuth.Time);

    protected NativeAppAuthClient Native() => new(ClientId, AuthOptions());

    /// <summary>A login's token response (auth.globus.org with an id_token, and Transfer), with refresh tokens.</summary>
    protected async Task<OAuthTokenResponse> LoginAsync(AuthLoginClient? client = null)
    {
        FakeAuth.AnswerTokens(FakeAuth.TokenJson(ClientId, refreshTokens: true));
        var tokens = await (client ?? Native()).OAuth2TokenAsync([new("grant_type", "authorization_code"), new("code", "c-0123456789")]);
        Server.Reset();
        return tokens;
    }
}
