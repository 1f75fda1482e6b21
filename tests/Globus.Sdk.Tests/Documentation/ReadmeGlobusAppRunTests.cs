using System.Reflection;
using System.Text.RegularExpressions;
using Globus.Sdk.Tests.Auth;
using Globus.Sdk.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Documentation;

/// <summary>
/// The README's GlobusApp example runs as written against a fake Globus: it logs in on the command line
/// (the code typed on standard input), keeps the tokens in Python's default file under the home folder,
/// lists the endpoints through the app's Transfer token, and logs out (revoking, then removing the tokens).
/// </summary>
public partial class ReadmeGlobusAppRunTests : WireMockTestBase
{
    private const string ClientId = "61338d24-54d5-408f-a10d-66c06b59f6d2";

    [Test]
    public void The_log_in_once_example_logs_in_lists_endpoints_and_logs_out()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var example = CSharpBlock().Matches(readme).Select(m => m.Groups["code"].Value).Single(code => code.Contains("new UserApp(\"my-tool\"", StringComparison.Ordinal));
        var auth = new FakeGlobusAuth(Server, new FakeTimeProvider(DateTimeOffset.UtcNow));
        auth.ServeDiscovery();
        auth.AnswerTokens(auth.TokenJson(ClientId, refreshTokens: true));
        Server.Given(Request.Create().WithPath("/v2/oauth2/token/revoke").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"active": false}"""));
        Server.Given(Request.Create().WithPath("/v0.10/endpoint_search").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""
                {"DATA_TYPE": "endpoint_list", "offset": 0, "limit": 100, "has_next_page": false,
                 "DATA": [{"DATA_TYPE": "endpoint", "id": "ep-1", "display_name": "Buoy archive"}]}
                """));
        var home = Directory.CreateTempSubdirectory("globus-readme-home-").FullName;
        using var variables = new EnvironmentVariableScope()
            .Set("HOME", home)
            .Set("GLOBUS_SDK_ENVIRONMENT", null)
            .Set("GLOBUS_SDK_SERVICE_URL_AUTH", ServerUrl.ToString())
            .Set("GLOBUS_SDK_SERVICE_URL_TRANSFER", ServerUrl.ToString());
        var output = new StringWriter();
        var (stdin, stdout) = (Console.In, Console.Out);
        Console.SetIn(new StringReader("code-from-the-browser\n"));
        Console.SetOut(output);
        try
        {
            Run(example);
        }
        finally
        {
            Console.SetIn(stdin);
            Console.SetOut(stdout);
            auth.Dispose();
        }

        var printed = output.ToString();
        Assert.That(printed, Does.Contain("/v2/oauth2/authorize?").And.Contain("client_id=" + ClientId));
        Assert.That(printed, Does.Contain("[ep-1] Buoy archive"));
        var search = Requests.Single(r => r.RequestMessage.Path == "/v0.10/endpoint_search");
        Assert.That(search.RequestMessage.Headers!["Authorization"].Single(), Is.EqualTo("Bearer at-transfer-1-0123456789"));
        var revoked = Requests.Where(r => r.RequestMessage.Path == "/v2/oauth2/token/revoke")
            .Select(r => FakeGlobusAuth.FormOf((WireMock.RequestMessage)r.RequestMessage)["token"]).ToList();
        Assert.That(revoked, Is.EquivalentTo(new[] { "at-auth-1-0123456789", "rt-auth-1-0123456789", "at-transfer-1-0123456789", "rt-transfer-1-0123456789" }));
        var tokenFile = Path.Combine(home, ".globus", "app", ClientId, "my-tool", "tokens.json");
        Assert.That(File.Exists(tokenFile), Is.True, "the tokens were kept in Python's default file");
        Assert.That(File.ReadAllText(tokenFile), Does.Not.Contain("at-transfer-1"), "logout removed them");
        Directory.Delete(home, recursive: true);
    }

    /// <summary>Compiles the example as the console program a reader would paste it into, and runs it.</summary>
    private static void Run(string code)
    {
        var compilation = CSharpCompilation.Create(
            "ReadmeGlobusApp",
            [CSharpSyntaxTree.ParseText(SdkReferences.ImplicitUsings), CSharpSyntaxTree.ParseText(code)],
            SdkReferences.All(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics));
        var entry = Assembly.Load(image.ToArray()).EntryPoint!;
        try
        {
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
