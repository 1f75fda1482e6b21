using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>OperationLsRecursiveAsync: one ls per directory, relative names, max depth, pauses on the client's clock, parameters.</summary>
public class TransferOperationLsRecursiveTests : WireMockTestBase
{
    private const string Ep = "ep1";
    private TimerRecordingTimeProvider _time = null!;

    [SetUp]
    public void NewClockAndTree()
    {
        _time = new TimerRecordingTimeProvider();
        Directory("/~/", ("a.txt", "file"), ("d1", "dir"), ("d2", "dir"));
        Directory("/~/d1", ("x", "file"), ("sub", "dir"));
        Directory("/~/d1/sub", ("deep.txt", "file"));
        Directory("/~/d2", ("y", "file"));
    }

    // The service answers with "path" as it was asked; a subdirectory is asked for without a trailing slash.
    private void Directory(string path, params (string Name, string Type)[] entries)
    {
        var data = string.Join(", ", entries.Select(e => $$"""{"DATA_TYPE": "file", "name": "{{e.Name}}", "type": "{{e.Type}}"}"""));
        Server.Given(Request.Create().UsingGet().WithPath($"/v0.10/operation/endpoint/{Ep}/ls").WithParam("path", path))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"DATA_TYPE": "file_list", "path": "{{path}}", "endpoint": "{{Ep}}", "DATA": [{{data}}]}"""));
    }

    private TransferClient NewClient() => new(new AccessTokenAuthorizer("t"), Options(o =>
    {
        o.TimeProvider = _time;
        o.HttpTimeout = Timeout.InfiniteTimeSpan;
    }));

    private List<Dictionary<string, string>> Queries() =>
        Requests.Select(r => r.RequestMessage.Query!.ToDictionary(q => q.Key, q => string.Join(",", q.Value))).ToList();


    [Test]
    public async Task It_lists_every_directory_once_with_names_relative_to_the_start()
    {
        var entries = await _time.RunAsync(NewClient().OperationLsRecursiveAsync(Ep, "/~/").ToListAsync().AsTask());

        Assert.That(entries.Select(e => $"{e.Type} {e.Name}"), Is.EqualTo(new[]
        {
            "file a.txt", "dir d1", "dir d2", "file d2/y", "file d1/x", "dir d1/sub", "file d1/sub/deep.txt",
        }));
        Assert.That(Queries().Select(q => q["path"]), Is.EqualTo(new[] { "/~/", "/~/d2", "/~/d1", "/~/d1/sub" }));
        Assert.That(_time.Timers, Is.Empty, "fewer calls than the sleep frequency");
    }

    [Test]
    public async Task Max_depth_limits_the_descent()
    {
        var entries = await NewClient().OperationLsRecursiveAsync(Ep, "/~/", maxDepth: 1).ToListAsync();

        Assert.That(entries.Select(e => e.Name), Does.Not.Contain("d1/sub/deep.txt"));
        Assert.That(Queries().Select(q => q["path"]), Is.EqualTo(new[] { "/~/", "/~/d2", "/~/d1" }));
        Assert.That(await NewClient().OperationLsRecursiveAsync(Ep, "/~/", maxDepth: 0).ToListAsync(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task It_pauses_every_n_calls_on_the_clients_clock()
    {
        await _time.RunAsync(NewClient().OperationLsRecursiveAsync(
            Ep, "/~/", sleepFrequency: 1, sleepDuration: TimeSpan.FromSeconds(2)).ToListAsync().AsTask());

        Assert.That(Requests, Has.Count.EqualTo(4));
        Assert.That(_time.Timers, Is.EqualTo(Enumerable.Repeat(TimeSpan.FromSeconds(2), 3)), "between calls, none after the last");
    }

    [Test]
    public async Task Parameters_go_to_every_call_and_top_level_ones_to_the_first_only()
    {
        await NewClient().OperationLsRecursiveAsync(
            Ep, "/~/", maxDepth: 1,
            lsParams: [new("show_hidden", "0"), new("filter", "type:dir")],
            topLevelLsParams: [new("filter", "name:~d*")]).ToListAsync();

        var queries = Queries();
        Assert.That(queries[0], Is.EqualTo(new Dictionary<string, string> { ["path"] = "/~/", ["show_hidden"] = "0", ["filter"] = "name:~d*" }));
        Assert.That(queries[1], Is.EqualTo(new Dictionary<string, string> { ["path"] = "/~/d2", ["show_hidden"] = "0", ["filter"] = "type:dir" }));
    }

    [Test]
    public void Bad_arguments_fail_at_the_call_before_any_request()
    {
        var tc = NewClient();
        Assert.Throws<ArgumentOutOfRangeException>(() => tc.OperationLsRecursiveAsync(Ep, "/~/", maxDepth: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => tc.OperationLsRecursiveAsync(Ep, "/~/", sleepFrequency: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tc.OperationLsRecursiveAsync(Ep, "/~/", sleepDuration: TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentException>(() => tc.OperationLsRecursiveAsync(Ep, ""));
        Assert.That(Requests, Is.Empty);
    }
}
