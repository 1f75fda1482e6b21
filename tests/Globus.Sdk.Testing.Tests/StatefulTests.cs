using System.Text.Json.Nodes;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Transfer;
using Microsoft.Extensions.Time.Testing;

namespace Globus.Sdk.Testing.Tests;

/// <summary>The stateful fakes: tasks that finish as polled, tokens that expire, an index that keeps what is ingested.</summary>
public class StatefulTests
{
    private FakeTimeProvider _time = null!;
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start()
    {
        _time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        _fake = new GlobusFake(_time);
    }

    [TearDown]
    public void Stop() => _fake.Dispose();

    [Test]
    public async Task A_submitted_transfer_is_active_then_succeeds_as_it_is_polled()
    {
        var tasks = _fake.SimulateTransferTasks(pollsUntilSucceeded: 2);
        var transfer = new TransferClient(new AccessTokenAuthorizer("t"), _fake.Transfer.ClientOptions());
        var data = new TransferData("src-ep", "dst-ep", label: "nightly");
        data.AddItem("/a", "/b");
        data.AddItem("/c", "/d");

        var taskId = (await transfer.SubmitTransferAsync(data)).Value.TaskId!;
        var statuses = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await transfer.GetTaskAsync(taskId)).Value.Status.ToString()!);
        }

        Assert.That(statuses, Is.EqualTo(new[] { "ACTIVE", "ACTIVE", "SUCCEEDED" }));
        var done = (await transfer.GetTaskAsync(taskId)).Value;
        Assert.That(done.FilesTransferred, Is.EqualTo(2));
        Assert.That(done.Label, Is.EqualTo("nightly"));
        Assert.That(tasks.Tasks.Single().Submitted["DATA"]!.AsArray(), Has.Count.EqualTo(2));
        var listed = (await transfer.TaskListAsync()).Value;
        Assert.That(listed.Select(t => t.TaskId), Is.EqualTo(new[] { taskId }));
    }

    [Test]
    public async Task Resubmitting_the_same_document_makes_one_task()
    {
        var tasks = _fake.SimulateTransferTasks();
        var transfer = new TransferClient(new AccessTokenAuthorizer("t"), _fake.Transfer.ClientOptions());
        var data = new TransferData("src-ep", "dst-ep");
        data.AddItem("/a", "/b");

        var first = (await transfer.SubmitTransferAsync(data)).Value.TaskId;
        var second = (await transfer.SubmitTransferAsync(data)).Value.TaskId;

        Assert.That(second, Is.EqualTo(first));
        Assert.That(tasks.Tasks, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Task_wait_returns_once_the_task_succeeds()
    {
        _fake.SimulateTransferTasks(pollsUntilSucceeded: 1);
        var transfer = new TransferClient(new AccessTokenAuthorizer("t"), new GlobusClientOptions { BaseUrl = _fake.Transfer.BaseUrl });
        var data = new DeleteData("ep");
        data.AddItem("/old");
        var taskId = (await transfer.SubmitDeleteAsync(data)).Value.TaskId!;

        var done = await transfer.TaskWaitAsync(taskId, timeout: TimeSpan.FromSeconds(10), pollingInterval: TimeSpan.FromSeconds(1));

        Assert.That(done, Is.True);
    }

    [Test]
    public async Task An_expired_token_is_refused_and_a_renewing_authorizer_gets_a_new_one()
    {
        var issuer = _fake.IssueExpiringTokens(TimeSpan.FromMinutes(10));
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));
        var auth = new ConfidentialAppAuthClient("client-id", "client-secret", _fake.Auth.ClientOptions());
        var authorizer = new ClientCredentialsAuthorizer(auth, [TransferScopes.All]);
        var transfer = new TransferClient(authorizer, _fake.Transfer.ClientOptions());

        await transfer.GetTaskAsync("t");
        var firstToken = authorizer.AccessToken;
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.That(issuer.IsLive(firstToken), Is.False);
        await transfer.GetTaskAsync("t");

        Assert.That(issuer.IssuedCount, Is.EqualTo(2));
        Assert.That(authorizer.AccessToken, Is.Not.EqualTo(firstToken));
        Assert.That(issuer.IsLive(authorizer.AccessToken), Is.True);
    }

    [Test]
    public async Task A_fixed_token_that_expired_gets_a_401()
    {
        var issuer = _fake.IssueExpiringTokens(TimeSpan.FromMinutes(10));
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));
        var auth = new ConfidentialAppAuthClient("client-id", "client-secret", _fake.Auth.ClientOptions());
        var token = (await auth.OAuth2ClientCredentialsTokensAsync([TransferScopes.All])).ByResourceServer[TransferScopes.ResourceServer].AccessToken;
        var transfer = new TransferClient(new AccessTokenAuthorizer(token), _fake.Transfer.ClientOptions());

        await transfer.GetTaskAsync("t");
        _time.Advance(TimeSpan.FromMinutes(11));
        var error = Assert.ThrowsAsync<TransferApiException>(() => transfer.GetTaskAsync("t"));

        Assert.That(error!.HttpStatus, Is.EqualTo(401));
        Assert.That(error.Code, Is.EqualTo("AuthenticationFailed"));
        Assert.That(issuer.RefusedCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_search_index_returns_what_was_ingested()
    {
        var index = _fake.SimulateSearchIndex();
        var search = new SearchClient(options: _fake.Search.ClientOptions());
        await search.IngestAsync(index.IndexId, GIngest.FromJson("""
            {"ingest_type": "GMetaList", "ingest_data": {"gmeta": [
              {"subject": "buoy/1", "visible_to": ["public"], "content": {"title": "Ocean temperature at buoy 1"}},
              {"subject": "buoy/2", "visible_to": ["public"], "content": {"title": "Wave height at buoy 2"}}]}}
            """)!);

        var found = (await search.SearchAsync(index.IndexId, "temperature")).Value;
        var all = await search.Paginated.Search(index.IndexId, "*", pageSize: 1).ToListAsync();
        var subject = (await search.GetSubjectAsync(index.IndexId, "buoy/2")).Value;

        Assert.That(found.Select(r => r.Subject), Is.EqualTo(new[] { "buoy/1" }));
        Assert.That(found.Total, Is.EqualTo(1));
        Assert.That(all.Select(r => r.Subject), Is.EqualTo(new[] { "buoy/1", "buoy/2" }));
        Assert.That(subject.Entries![0].Content!.Value.GetProperty("title").GetString(), Is.EqualTo("Wave height at buoy 2"));
        Assert.ThrowsAsync<SearchApiException>(() => search.SearchAsync("other-index", "x"));
    }
}
