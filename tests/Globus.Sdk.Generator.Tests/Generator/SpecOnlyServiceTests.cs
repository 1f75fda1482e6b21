using System.Net.Security;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Globus.Sdk.Generator.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>
/// A service described by its spec alone, with two clients (one made for one host of the service, with
/// a constructor argument that fills a path parameter), compiled against Globus.Sdk and called on the
/// wire: adding such a service needs no generator change.
/// </summary>
public class SpecOnlyServiceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Gadgets, version: v1}
        x-globus-service: gadgets
        x-globus-client: GadgetsClient
        x-globus-error: GadgetsApiException
        x-globus-namespace: Globus.Sdk.Gadgets
        x-globus-clients:
          GadgetSiteClient:
            description: A client for one gadget site, made with its host.
            arguments:
              - {name: site_host, description: The site's host name.}
              - {name: line_id, description: The production line the client works on.}
            base-url: 'https://{site_host}/api/'
            resource-server: '{line_id}'
            scopes:
              operate: {template: 'https://auth.globus.org/scopes/{line_id}/line_{line_id:underscored}_operate', description: Operate the line.}
        paths:
          /v1/info:
            get:
              operationId: get_info
              x-globus-client: [GadgetsClient, GadgetSiteClient]
              summary: Get the service's information.
              security: []
              responses:
                '200': {description: The information.}
          /v1/lines/{line_id}/gadgets/{gadget_id}:
            get:
              operationId: get_gadget
              x-globus-client: GadgetSiteClient
              summary: Get a gadget of the client's line.
              parameters:
                - {name: line_id, in: path, required: true, schema: {type: string}}
                - {name: gadget_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The gadget.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Gadget'}
        components:
          schemas:
            Gadget:
              type: object
              properties:
                id: {type: string}
                name: {type: string}
        """;

    private AssemblyLoadContext _context = null!;
    private Assembly _gadgets = null!;
    private WireMockServer _server = null!;

    [OneTimeSetUp]
    public void Compile()
    {
        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec("/specs/gadgets.yaml", Spec)]);
        Assert.That(result.Diagnostics, Is.Empty);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.That(emitted.Success, Is.True, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        // A collectible context of its own: the emitted assembly shares this test assembly's name.
        _context = new AssemblyLoadContext("gadgets", isCollectible: true);
        _gadgets = _context.LoadFromStream(image);
    }

    [OneTimeTearDown]
    public void Unload() => _context.Unload();

    [SetUp]
    public void StartServer() => _server = WireMockServer.Start(new WireMockServerSettings
    {
        UseSSL = true,
        CertificateSettings = new WireMockCertificateSettings { X509Certificate = SelfSignedCertificate() },
    });

    [TearDown]
    public void StopServer() => _server.Stop();

    [Test]
    public void Each_client_has_only_its_operations_and_the_shared_one_once()
    {
        var site = Type("GadgetSiteClient");
        var service = Type("GadgetsClient");

        Assert.That(Operations(service), Is.EqualTo(new[] { "GetInfoAsync" }));
        Assert.That(Operations(site), Is.EquivalentTo(new[] { "GetInfoAsync", "GetGadgetAsync" }));
        // The line comes from the client, so the method takes only the gadget.
        Assert.That(
            site.GetMethod("GetGadgetAsync")!.GetParameters().Select(p => p.Name),
            Is.EqualTo(new[] { "gadgetId", "cancellationToken" }));
        Assert.That(site.GetProperty("LineId")!.PropertyType, Is.EqualTo(typeof(string)));
    }

    [Test]
    public async Task The_host_client_sends_to_its_own_host_with_its_line_in_the_path()
    {
        _server.Given(Request.Create().WithPath("/api/v1/lines/line-1/gadgets/g-7").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"id": "g-7", "name": "sprocket"}"""));
        var client = Activator.CreateInstance(Type("GadgetSiteClient"), "site-7.example.org", "line-1", null, ToServer())!;

        Assert.That(((BaseClient)client).BaseUrl, Is.EqualTo(new Uri("https://site-7.example.org/api/")));
        var response = await Invoke(client, "GetGadgetAsync", "g-7", CancellationToken.None);

        var sent = _server.LogEntries.Single().RequestMessage;
        Assert.That(sent.Method, Is.EqualTo("GET"));
        Assert.That(sent.AbsolutePath, Is.EqualTo("/api/v1/lines/line-1/gadgets/g-7"));
        Assert.That(sent.Headers!["Host"].Single(), Is.EqualTo("site-7.example.org"));
        var gadget = response.GetType().GetProperty("Value")!.GetValue(response)!;
        Assert.That(gadget.GetType().GetProperty("Name")!.GetValue(gadget), Is.EqualTo("sprocket"));
    }

    [Test]
    public async Task The_shared_operation_is_sent_without_credentials_by_both_clients()
    {
        _server.Given(Request.Create().WithPath("/api/v1/info").UsingGet()).RespondWith(Response.Create().WithBody("{}"));
        _server.Given(Request.Create().WithPath("/v1/info").UsingGet()).RespondWith(Response.Create().WithBody("{}"));
        var token = new Globus.Sdk.Authorizers.AccessTokenAuthorizer("token-never-sent");
        var site = Activator.CreateInstance(Type("GadgetSiteClient"), "site-7.example.org", "line-1", token, ToServer())!;
        var service = Activator.CreateInstance(Type("GadgetsClient"), token, new GlobusClientOptions { BaseUrl = new Uri(_server.Url!), HttpMessageHandler = TrustingHandler() })!;

        await Invoke(site, "GetInfoAsync", CancellationToken.None);
        await Invoke(service, "GetInfoAsync", CancellationToken.None);

        Assert.That(_server.LogEntries.Select(e => e.RequestMessage.AbsolutePath), Is.EqualTo(new[] { "/api/v1/info", "/v1/info" }));
        Assert.That(_server.LogEntries.Select(e => e.RequestMessage.Headers!.ContainsKey("Authorization")), Is.All.False);
    }

    [Test]
    public void The_host_client_names_its_own_resource_server_and_scopes()
    {
        var client = Activator.CreateInstance(Type("GadgetSiteClient"), "site-7.example.org", "line-1", null, null)!;

        Assert.That(client.GetType().GetProperty("ResourceServer")!.GetValue(client), Is.EqualTo("line-1"));
        Assert.That(client.GetType().GetProperty("OperateScope")!.GetValue(client), Is.EqualTo("https://auth.globus.org/scopes/line-1/line_line_1_operate"));
    }

    [TestCase("", "siteHost")]
    [TestCase("evil.example.org/steal?", "siteHost")]
    [TestCase("user@evil.example.org", "siteHost")]
    [TestCase("site.example.org:99999", "siteHost")]
    [TestCase(" ", "siteHost")]
    public void A_host_that_could_move_the_url_is_refused_before_any_request(string host, string parameter)
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => Activator.CreateInstance(Type("GadgetSiteClient"), host, "line-1", null, null))!;

        Assert.That(thrown.InnerException, Is.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo(parameter));
    }

    [Test]
    public void A_missing_line_is_refused()
    {
        var thrown = Assert.Throws<TargetInvocationException>(() => Activator.CreateInstance(Type("GadgetSiteClient"), "site.example.org", "", null, null))!;

        Assert.That(thrown.InnerException, Is.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("lineId"));
    }

    // The client's host is a real name; the loopback server answers for it over TLS with this certificate.
    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=site-7.example.org", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    private Type Type(string name) => _gadgets.GetType("Globus.Sdk.Gadgets." + name)!;

    private static string[] Operations(Type client) =>
        client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name)
            .ToArray();

    private static async Task<object> Invoke(object client, string method, params object[] arguments)
    {
        var task = (Task)client.GetType().GetMethod(method)!.Invoke(client, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    // Every connection goes to the loopback server, whatever host the URL names; its certificate is self-signed.
    private GlobusClientOptions ToServer() => new() { HttpMessageHandler = TrustingHandler() };

    private SocketsHttpHandler TrustingHandler()
    {
        var port = new Uri(_server.Url!).Port;
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
    }
}
