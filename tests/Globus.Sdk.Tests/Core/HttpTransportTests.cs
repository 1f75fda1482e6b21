using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Globus.Sdk.Tests.Core;

/// <summary>Which transport a client sends with, what it leaves alone, and how TLS and timeouts behave.</summary>
public class HttpTransportTests : WireMockTestBase
{
    private void AnswerOk() =>
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("{}"));

    [Test]
    public async Task Caller_http_client_is_used_and_left_untouched()
    {
        AnswerOk();
        using var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(42) };
        httpClient.DefaultRequestHeaders.Add("X-Caller", "kept");

        var client = new BaseClient("transfer", new AccessTokenAuthorizer("tok"), Options(o => o.HttpClient = httpClient));
        await client.GetAsync("/a");
        await client.PostAsync("/b", data: new Dictionary<string, object?> { ["x"] = 1 });

        Assert.Multiple(() =>
        {
            Assert.That(httpClient.BaseAddress, Is.Null);
            Assert.That(httpClient.Timeout, Is.EqualTo(TimeSpan.FromSeconds(42)));
            Assert.That(httpClient.DefaultRequestHeaders.Select(h => h.Key), Is.EqualTo(new[] { "X-Caller" }));
            Assert.That(Server.LogEntries.Count(), Is.EqualTo(2));
            Assert.That(Server.LogEntries.All(e => e.RequestMessage.Headers!["X-Caller"].Single() == "kept"), Is.True,
                "the caller's client sent the requests");
            Assert.That(Server.LogEntries.All(e => e.RequestMessage.Headers!["Authorization"].Single() == "Bearer tok"), Is.True);
        });
        using var stillUsable = await httpClient.GetAsync(Server.Url + "/after");
        Assert.That(stillUsable.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the SDK did not dispose the caller's client");
    }

    [Test]
    public async Task Caller_handler_is_used_and_not_disposed()
    {
        AnswerOk();
        var recorder = new RecordingHandler();

        await new BaseClient("transfer", options: Options(o => o.HttpMessageHandler = recorder)).GetAsync("/a");
        await new BaseClient("transfer", options: Options(o => o.HttpMessageHandler = recorder)).GetAsync("/b");

        Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { "/a", "/b" }));
    }

    [Test]
    public void Clients_share_one_pooled_handler_per_tls_configuration()
    {
        var verifying = SharedHttpHandlers.Get(TlsConfiguration.Default, GlobusClientOptions.DefaultMaxConnectionsPerServer);
        var notVerifying = SharedHttpHandlers.Get(new TlsConfiguration(false, null), GlobusClientOptions.DefaultMaxConnectionsPerServer);

        Assert.That(SharedHttpHandlers.Get(TlsConfiguration.Default, GlobusClientOptions.DefaultMaxConnectionsPerServer), Is.SameAs(verifying));
        Assert.That(SharedHttpHandlers.Get(new TlsConfiguration(false, null), GlobusClientOptions.DefaultMaxConnectionsPerServer), Is.SameAs(notVerifying));
        Assert.That(notVerifying, Is.Not.SameAs(verifying));
    }

    [Test]
    public async Task Caller_cancellation_is_an_operation_canceled_exception()
    {
        var transport = new StallingHandler();
        using var cancellation = new CancellationTokenSource();
        var call = new BaseClient("transfer", options: Options(o =>
            {
                o.HttpMessageHandler = transport;
                o.TimeProvider = new FakeTimeProvider();
            }))
            .GetAsync("/slow", cancellationToken: cancellation.Token);
        await transport.Received;

        cancellation.Cancel();

        Assert.That(async () => await call, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Attempt_timeout_is_a_timeout_exception_with_the_request()
    {
        var transport = new StallingHandler();
        var time = new FakeTimeProvider();
        var client = new BaseClient("transfer", options: Options(o =>
        {
            o.HttpMessageHandler = transport;
            o.HttpTimeout = TimeSpan.FromSeconds(5);
            o.TimeProvider = time;
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
        }));

        var call = client.GetAsync("/slow");
        await transport.Received;
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.That(call.IsCompleted, Is.False, "still within the timeout");
        time.Advance(TimeSpan.FromSeconds(0.1));

        var error = Assert.ThrowsAsync<GlobusTimeoutException>(async () => await call)!;
        Assert.That(error.Method, Is.EqualTo("GET"));
        Assert.That(error.Url.AbsolutePath, Is.EqualTo("/slow"));
        Assert.That(error.InnerException, Is.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Caller_http_client_timeout_also_applies()
    {
        using var httpClient = new HttpClient(new StallingHandler()) { Timeout = TimeSpan.FromMilliseconds(50) };
        var client = new BaseClient("transfer", options: Options(o =>
        {
            o.HttpClient = httpClient;
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
        }));

        // HttpClient.Timeout runs on the real clock; 50 ms keeps that short.
        Assert.ThrowsAsync<GlobusTimeoutException>(() => client.GetAsync("/slow"));
    }

    [Test]
    public void Refused_connection_is_a_connection_exception()
    {
        var client = new BaseClient("transfer", options: new()
        {
            BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort.Find()}/"),
            RetryPolicy = new RetryPolicy(maxRetries: 0),
        });

        var error = Assert.ThrowsAsync<GlobusConnectionException>(() => client.GetAsync("/a"))!;

        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(error.Method, Is.EqualTo("GET"));
        Assert.That(error.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task Tls_verification_rejects_an_untrusted_certificate_unless_turned_off_or_trusted_by_a_ca_bundle()
    {
        using var certificate = CreateSelfSignedLocalhostCertificate();
        var directory = Directory.CreateTempSubdirectory("globus-tls-");
        try
        {
            var pfx = Path.Combine(directory.FullName, "server.pfx");
            var bundle = Path.Combine(directory.FullName, "ca.pem");
            var otherBundle = Path.Combine(directory.FullName, "other.pem");
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pw"));
            await File.WriteAllTextAsync(bundle, certificate.ExportCertificatePem());
            using (var other = CreateSelfSignedLocalhostCertificate())
            {
                await File.WriteAllTextAsync(otherBundle, other.ExportCertificatePem());
            }

            using var https = WireMockServer.Start(new WireMockServerSettings
            {
                UseSSL = true,
                CertificateSettings = new WireMockCertificateSettings { X509CertificateFilePath = pfx, X509CertificatePassword = "pw" },
            });
            https.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("{}"));
            var url = new Uri($"https://localhost:{https.Port}/");

            var once = new RetryPolicy(maxRetries: 0);
            Assert.ThrowsAsync<GlobusConnectionException>(() =>
                new BaseClient("t", options: new() { BaseUrl = url, RetryPolicy = once }).GetAsync("/a"));
            Assert.ThrowsAsync<GlobusConnectionException>(() =>
                new BaseClient("t", options: new() { BaseUrl = url, CaBundlePath = otherBundle, RetryPolicy = once }).GetAsync("/a"));
            var unverified = await new BaseClient("t", options: new() { BaseUrl = url, VerifySsl = false }).GetAsync("/a");
            var trusted = await new BaseClient("t", options: new() { BaseUrl = url, CaBundlePath = bundle }).GetAsync("/a");

            Assert.That(unverified.HttpStatus, Is.EqualTo(200));
            Assert.That(trusted.HttpStatus, Is.EqualTo(200));
            Assert.That(https.LogEntries.Count(), Is.EqualTo(2), "rejected handshakes send no request");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static X509Certificate2 CreateSelfSignedLocalhostCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
