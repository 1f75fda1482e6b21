using System.Collections.Concurrent;
using WireMock.Server;

namespace Globus.Sdk.Testing;

/// <summary>
/// A fake Globus for tests of code that uses Globus.Sdk: one loopback WireMock.Net server that stands in
/// for every service described in the SDK's specs, each under its own base URL.
/// </summary>
/// <example>
/// <code>
/// using var fake = new GlobusFake();
/// var expected = fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));
/// var client = new TransferClient(new AccessTokenAuthorizer("token"), fake.Transfer.ClientOptions());
/// var task = await client.GetTaskAsync("some-task");
/// Assert.That(fake.Transfer.LastRequest.Path, Is.EqualTo("/v0.10/task/some-task"));
/// </code>
/// </example>
/// <remarks>
/// Point clients at it with <see cref="GlobusFakeService.ClientOptions"/> or, for code that builds its own
/// clients, <see cref="UseEnvironmentVariables"/>. Answers come from <see cref="GlobusFakeService.LoadResponse(string, string)"/>
/// and the other <c>Load</c>/<c>Handle</c> methods, or from the stateful helpers
/// (<see cref="SimulateTransferTasks"/>, <see cref="IssueExpiringTokens"/>, <see cref="SimulateSearchIndex"/>).
/// <see cref="Server"/> is the WireMock server itself, for mappings of your own, which win over the fake's.
/// </remarks>
public sealed class GlobusFake : IDisposable
{
    private readonly ConcurrentDictionary<string, GlobusFakeService> _services = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly List<Func<FakeRequest, CannedResponse?>> _gates = [];

    /// <summary>Starts the fake on a free loopback port.</summary>
    /// <param name="timeProvider">
    /// The clock of the fake's stateful parts (token expiry) and of <see cref="GlobusFakeService.ClientOptions"/>;
    /// pass a <c>FakeTimeProvider</c> to move time in tests. The system clock when null.
    /// </param>
    public GlobusFake(TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        Server = WireMockServer.Start();
        FakeDispatcher.Attach(this);
    }

    /// <summary>The WireMock server, for mappings of your own (they win over the fake's answers).</summary>
    public WireMockServer Server { get; }

    /// <summary>The server's root URL, such as <c>http://127.0.0.1:53123</c>.</summary>
    public string Url => Server.Url!;

    /// <summary>The clock of the fake and of the client options it hands out.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Globus Auth.</summary>
    public GlobusFakeService Auth => Service("auth");

    /// <summary>Globus Transfer.</summary>
    public GlobusFakeService Transfer => Service("transfer");

    /// <summary>Globus Search.</summary>
    public GlobusFakeService Search => Service("search");

    /// <summary>
    /// A Globus Connect Server endpoint's GCS Manager API (the paths of <c>specs/gcs.yaml</c>). A GCS client names its
    /// endpoint's host, so it reaches the fake only through its options:
    /// <c>new GCSClient("gcs.example.org", authorizer, fake.Gcs.ClientOptions())</c>.
    /// </summary>
    public GlobusFakeService Gcs => Service("globus_connect_server");

    /// <summary>Globus Groups.</summary>
    public GlobusFakeService Groups => Service("groups");

    /// <summary>Globus Timers (service name <c>timer</c>).</summary>
    public GlobusFakeService Timers => Service("timer");

    /// <summary>Globus Flows (both <c>FlowsClient</c> and <c>SpecificFlowClient</c>).</summary>
    public GlobusFakeService Flows => Service("flows");

    /// <summary>Globus Compute (both <c>ComputeClientV2</c> and <c>ComputeClientV3</c>).</summary>
    public GlobusFakeService Compute => Service("compute");

    /// <summary>Every request received, oldest first, whichever service it was for.</summary>
    public IReadOnlyList<FakeRequest> Requests => _requests.ToArray();

    /// <summary>
    /// Any service a spec describes, by name (<c>groups</c>, <c>timer</c>, <c>flows</c>, ... as their specs are added).
    /// </summary>
    /// <param name="name">The service's name (<c>x-globus-service</c>).</param>
    /// <returns>The fake service.</returns>
    /// <exception cref="ArgumentException">No spec describes the service.</exception>
    public GlobusFakeService Service(string name) => _services.GetOrAdd(name, n => new GlobusFakeService(this, SpecCatalog.Get(n)));

    /// <summary>
    /// Sets <c>GLOBUS_SDK_SERVICE_URL_{SERVICE}</c> for every service to the fake, so clients built anywhere in
    /// the process reach it, until the returned scope is disposed (which restores the old values).
    /// </summary>
    /// <returns>The scope.</returns>
    /// <remarks>Environment variables are process-wide: tests that use this must not run in parallel with others that read them.</remarks>
    public IDisposable UseEnvironmentVariables() =>
        new EnvironmentVariablesScope(SpecCatalog.Services.Keys.ToDictionary(
            name => "GLOBUS_SDK_SERVICE_URL_" + name.ToUpperInvariant(), name => Service(name).BaseUrl.ToString()));

    /// <summary>
    /// Makes transfer tasks that are submitted, then reported <c>ACTIVE</c> and <c>SUCCEEDED</c> as they are polled.
    /// </summary>
    /// <param name="pollsUntilSucceeded">How many <c>GetTaskAsync</c> calls see a task <c>ACTIVE</c> before it succeeds.</param>
    /// <returns>The simulated tasks, to inspect or change.</returns>
    public FakeTransferTasks SimulateTransferTasks(int pollsUntilSucceeded = 2) => new(Transfer, pollsUntilSucceeded);

    /// <summary>
    /// Makes Globus Auth issue access tokens that expire after <paramref name="lifetime"/> on <see cref="TimeProvider"/>,
    /// and makes every other service refuse a missing, unknown or expired token with a 401, as Globus does.
    /// </summary>
    /// <param name="lifetime">How long an access token lives; one hour when null (Globus's usual lifetime is 48 hours).</param>
    /// <returns>The issuer, which counts the tokens it issued.</returns>
    public FakeTokenIssuer IssueExpiringTokens(TimeSpan? lifetime = null)
    {
        var issuer = new FakeTokenIssuer(this, lifetime ?? TimeSpan.FromHours(1));
        lock (_gates)
        {
            _gates.Add(issuer.Check);
        }

        return issuer;
    }

    /// <summary>Makes a Search index that answers queries with the documents ingested into it.</summary>
    /// <param name="indexId">The index's id; a fixed one when null.</param>
    /// <returns>The index, to inspect its documents.</returns>
    public FakeSearchIndex SimulateSearchIndex(string? indexId = null) => new(Search, indexId ?? FakeSearchIndex.DefaultIndexId);

    /// <summary>Forgets every loaded answer and recorded request.</summary>
    public void Reset()
    {
        foreach (var service in _services.Values)
        {
            service.Reset();
        }

        _requests.Clear();
        lock (_gates)
        {
            _gates.Clear();
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose() => Server.Stop();

    internal void Record(FakeRequest request) => _requests.Enqueue(request);

    internal CannedResponse? CheckGates(FakeRequest request)
    {
        lock (_gates)
        {
            return _gates.Select(gate => gate(request)).FirstOrDefault(answer => answer is not null);
        }
    }
}
