using Globus.Sdk;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Testing;
using Globus.Sdk.Transfer;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace MyApp.Tests;

/// <summary>How a user tests their own code with Globus.Sdk.Testing: canned answers, then the stateful fake.</summary>
public class DatasetMirrorTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void StartFake() => _fake = new GlobusFake();

    [TearDown]
    public void StopFake() => _fake.Dispose();

    private DatasetMirror MirrorWith(IGlobusAuthorizer? authorizer = null, TimeProvider? time = null) => new(
        new SearchClient(authorizer, _fake.Search.ClientOptions()),
        new TransferClient(authorizer, _fake.Transfer.ClientOptions()),
        time ?? TimeProvider.System);

    [Test]
    public async Task Each_dataset_found_is_submitted_as_one_transfer()
    {
        var found = _fake.Search.LoadResponse(nameof(SearchClient.SearchAsync));
        // The spec documents no example for this answer yet, so the test gives its own.
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetSubmissionIdAsync), CannedResponse.Json(200, """{"value": "submission-1"}"""));
        _fake.Transfer.LoadResponse(nameof(TransferClient.SubmitTransferAsync));

        var taskIds = await MirrorWith().MirrorAsync("index-1", "ocean", "src", "dst");

        var results = found.Body!["gmeta"]!.AsArray();
        Assert.That(taskIds, Has.Count.EqualTo(results.Count));
        var submitted = _fake.Transfer.Requests.Where(r => r.MethodName == nameof(TransferClient.SubmitTransferAsync)).ToList();
        Assert.That(submitted.Select(r => (string?)r.Json!["label"]), Is.EqualTo(results.Select(r => "mirror " + (string?)r!["subject"])));
        Assert.That(_fake.Search.LastRequest.QueryValue("q"), Is.EqualTo("ocean"));
    }

    [Test]
    public void A_missing_index_is_reported_in_the_apps_words()
    {
        _fake.Search.LoadResponse(nameof(SearchClient.SearchAsync), "not_found");

        Assert.That(() => MirrorWith().MirrorAsync("gone", "ocean", "src", "dst"),
            Throws.InvalidOperationException.With.Message.EqualTo("The index gone does not exist."));
    }

    [Test]
    public async Task Tasks_are_counted_over_every_page()
    {
        _fake.Transfer.LoadPagedResponse(nameof(TransferClient.TaskListAsync), pages: 3, itemsPerPage: 4);

        Assert.That(await MirrorWith().CountTasksAsync(), Is.EqualTo(12));
    }

    [Test]
    public async Task Against_the_stateful_fake_the_mirror_waits_for_the_copies_while_its_token_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        _fake.Dispose();
        _fake = new GlobusFake(time);
        var tokens = _fake.IssueExpiringTokens(TimeSpan.FromMinutes(5));
        _fake.SimulateTransferTasks(pollsUntilSucceeded: 2);
        var index = _fake.SimulateSearchIndex();
        var auth = new ConfidentialAppAuthClient("my-app", "my-secret", _fake.Auth.ClientOptions());
        var searchWriter = new SearchClient(new ClientCredentialsAuthorizer(auth, [SearchScopes.All]), _fake.Search.ClientOptions());
        await searchWriter.IngestAsync(index.IndexId, GIngest.FromJson("""
            {"ingest_type": "GMetaEntry", "ingest_data": {"subject": "ocean/1", "visible_to": ["public"], "content": {"t": "ocean"}}}
            """));
        var authorizer = new ClientCredentialsAuthorizer(auth, [TransferScopes.All]);
        var mirror = new DatasetMirror(searchWriter, new TransferClient(authorizer, _fake.Transfer.ClientOptions()), time);

        var taskIds = await mirror.MirrorAsync(index.IndexId, "ocean", "src", "dst");
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.That(await mirror.WaitAsync(taskIds, interval: TimeSpan.Zero), Is.EqualTo(new[] { "SUCCEEDED" }));
        Assert.That(tokens.IssuedCount, Is.EqualTo(3), "a Search token, a Transfer token, and a new Transfer token once the first expired");
    }
}
