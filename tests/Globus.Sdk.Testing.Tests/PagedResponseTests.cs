using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Testing.Tests;

/// <summary>Multi-page canned answers, linked the way each operation pages.</summary>
public class PagedResponseTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start() => _fake = new GlobusFake();

    [TearDown]
    public void Stop() => _fake.Dispose();

    [Test]
    public async Task Offset_and_total_pages_are_walked_to_the_end()
    {
        var pages = _fake.Transfer.LoadPagedResponse(nameof(TransferClient.TaskListAsync), pages: 3, itemsPerPage: 2);
        var transfer = new TransferClient(new AccessTokenAuthorizer("t"), _fake.Transfer.ClientOptions());

        var tasks = await transfer.Paginated.TaskList().ToListAsync();

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(tasks, Has.Count.EqualTo(6));
        Assert.That(_fake.Transfer.Requests.Select(r => r.QueryValue("offset")), Is.EqualTo(new[] { null, "2", "4" }));
    }

    [Test]
    public async Task A_single_call_gets_the_page_its_offset_asks_for()
    {
        _fake.Transfer.LoadPagedResponse(nameof(TransferClient.TaskListAsync), pages: 2, itemsPerPage: 1);
        var transfer = new TransferClient(new AccessTokenAuthorizer("t"), _fake.Transfer.ClientOptions());

        var second = (await transfer.TaskListAsync(offset: 1)).Value;

        Assert.That(second.Offset, Is.EqualTo(1));
        Assert.That(second.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task Has_next_page_pages_with_the_offset_in_the_query_or_the_body()
    {
        _fake.Search.LoadPagedResponse(nameof(SearchClient.SearchAsync), pages: 2);
        _fake.Search.LoadPagedResponse(nameof(SearchClient.PostSearchAsync), pages: 4);
        var search = new SearchClient(options: _fake.Search.ClientOptions());

        var byQuery = await search.Paginated.Search("idx", "q").ToListAsync();
        var byBody = await search.Paginated.PostSearch("idx", new SearchQuery("q")).ToListAsync();

        var exampleCount = _fake.Search.Spec.GetOperation("search").Variants["default"].Body!["gmeta"]!.AsArray().Count;
        Assert.That(byQuery, Has.Count.EqualTo(2 * exampleCount));
        Assert.That(byBody, Has.Count.EqualTo(4 * _fake.Search.Spec.GetOperation("post_search").Variants["default"].Body!["gmeta"]!.AsArray().Count));
    }

    [Test]
    public async Task Marker_pages_are_walked_until_the_marker_is_null()
    {
        _fake.Transfer.LoadPagedResponse(nameof(TransferClient.TaskSuccessfulTransfersAsync), pages: 3);
        var transfer = new TransferClient(new AccessTokenAuthorizer("t"), _fake.Transfer.ClientOptions());

        var pages = await transfer.Paginated.TaskSuccessfulTransfers("task-1").AsPages().ToListAsync();

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(_fake.Transfer.Requests.Select(r => r.QueryValue("marker")), Is.EqualTo(new[] { null, "fake-page-1", "fake-page-2" }));
    }

    [Test]
    public void An_operation_that_does_not_page_is_refused()
    {
        Assert.That(() => _fake.Transfer.LoadPagedResponse(nameof(TransferClient.GetTaskAsync)), Throws.ArgumentException.With.Message.Contains("does not page"));
    }
}
