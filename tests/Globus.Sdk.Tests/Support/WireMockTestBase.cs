using WireMock.Logging;
using WireMock.Server;

namespace Globus.Sdk.Tests.Support;

/// <summary>
/// Starts one WireMock.Net server on loopback per test fixture and clears it before each test, so
/// every test states exactly what "Globus" answers and reads exactly what was sent.
/// </summary>
public abstract class WireMockTestBase
{
    protected WireMockServer Server { get; private set; } = null!;

    protected Uri ServerUrl => new(Server.Url! + "/");

    [OneTimeSetUp]
    public void StartServer() => Server = WireMockServer.Start();

    [OneTimeTearDown]
    public void StopServer() => Server.Stop();

    [SetUp]
    public void ResetServer() => Server.Reset();

    /// <summary>The requests the server received, in order.</summary>
    protected IReadOnlyList<ILogEntry> Requests => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).ToList();

    /// <summary>The only request the server received; fails the test when there was not exactly one.</summary>
    protected WireMock.RequestMessage SingleRequest
    {
        get
        {
            Assert.That(Server.LogEntries.Count(), Is.EqualTo(1), "requests received");
            return (WireMock.RequestMessage)Server.LogEntries.Single().RequestMessage;
        }
    }

    /// <summary>Client options that send to this fixture's server, with no environment variable consulted for the URL.</summary>
    protected GlobusClientOptions Options(Action<GlobusClientOptions>? configure = null)
    {
        var options = new GlobusClientOptions { BaseUrl = ServerUrl };
        configure?.Invoke(options);
        return options;
    }
}
