using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 1: a dot segment never reaches another resource. <c>System.Uri</c> collapses <c>.</c> and
/// <c>..</c> (also <c>%2E%2E</c> and backslashes), so such a path parameter or raw path is refused before
/// any request; anything else is escaped as one segment and arrives where the operation says.
/// </summary>
public class PathSafetyWireTests : WireMockTestBase
{
    private RecordingHandler _recorder = null!;

    [SetUp]
    public void AnswerEverything()
    {
        _recorder = new RecordingHandler();
        Server.AnswerInTurn(ScriptedAnswers.Status(200, "{}"));
    }

    private GlobusClientOptions Recorded() => Options(o =>
    {
        o.HttpMessageHandler = _recorder;
        o.RetryPolicy = new RetryPolicy(maxRetries: 0);
    });

    private static IEnumerable<TestCaseData> DotSegmentOperations()
    {
        var token = new AccessTokenAuthorizer("tok-0123456789");
        foreach (var id in new[] { ".", ".." })
        {
            yield return new TestCaseData(id, "endpointId", (Func<GlobusClientOptions, Task>)(o => new TransferClient(token, o).GetEndpointAsync(id)))
                .SetName($"GetEndpointAsync({id})");
            yield return new TestCaseData(id, "taskId", (Func<GlobusClientOptions, Task>)(o => new TransferClient(token, o).CancelTaskAsync(id)))
                .SetName($"CancelTaskAsync({id})");
            yield return new TestCaseData(id, "indexId", (Func<GlobusClientOptions, Task>)(o => new SearchClient(token, o).DeleteIndexAsync(id)))
                .SetName($"DeleteIndexAsync({id})");
            yield return new TestCaseData(id, "clientId", (Func<GlobusClientOptions, Task>)(o => new AuthClient(token, o).DeleteClientAsync(id)))
                .SetName($"DeleteClientAsync({id})");
        }
    }

    [TestCaseSource(nameof(DotSegmentOperations))]
    public void A_dot_segment_path_parameter_is_refused_naming_the_parameter_before_any_request(string id, string parameter, Func<GlobusClientOptions, Task> call)
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() => call(Recorded()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo(parameter));
            Assert.That(_recorder.PathsAndQueries, Is.Empty, "nothing was sent");
            Assert.That(Server.LogEntries, Is.Empty);
        });
    }

    [TestCase("%2e%2e", "/v0.10/endpoint/%252e%252e")]
    [TestCase("...", "/v0.10/endpoint/...")]
    [TestCase("a/../b", "/v0.10/endpoint/a%2F..%2Fb")]
    [TestCase("..\\..", "/v0.10/endpoint/..%5C..")]
    [TestCase("?x=1#f", "/v0.10/endpoint/%3Fx%3D1%23f")]
    [TestCase("a\r\nb\t", "/v0.10/endpoint/a%0D%0Ab%09")]
    public async Task Any_other_value_is_one_escaped_segment_at_the_intended_path(string id, string sent)
    {
        await new TransferClient(new AccessTokenAuthorizer("tok-0123456789"), Recorded()).GetEndpointAsync(id);

        // As sent on the wire (WireMock itself would unescape and collapse what it received).
        Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { sent }));
    }

    [TestCase("/v0.10/../../etc")]
    [TestCase("/v0.10/./task_list")]
    [TestCase("..")]
    public void A_raw_path_with_a_dot_segment_is_refused_before_any_request(string path)
    {
        var client = new BaseClient("transfer", new AccessTokenAuthorizer("tok-0123456789"), Recorded());

        var error = Assert.ThrowsAsync<ArgumentException>(() => client.GetAsync(path));

        Assert.That(error!.ParamName, Is.EqualTo("path"));
        Assert.That(_recorder.PathsAndQueries, Is.Empty);
    }

    [TestCase("/v0.10/../etc")]
    [TestCase("/v0.10/%2E%2E/etc")]
    [TestCase("/v0.10/.%2e/etc")]
    [TestCase("\\v0.10\\..\\etc")]
    public void An_absolute_url_whose_path_would_collapse_is_refused_before_any_request(string path)
    {
        var client = new BaseClient("transfer", null, Recorded());

        var error = Assert.ThrowsAsync<ArgumentException>(() => client.GetAsync(Server.Url + path));

        Assert.That(error!.ParamName, Is.EqualTo("path"));
        Assert.That(_recorder.PathsAndQueries, Is.Empty);
    }

    [Test]
    public async Task A_raw_path_segment_that_only_looks_like_dots_is_escaped_and_sent()
    {
        await new BaseClient("transfer", null, Recorded()).GetAsync("/v0.10/%2e%2e/x");

        Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { "/v0.10/%252e%252e/x" }));
    }

    [Test]
    public void The_runtime_helper_every_generated_operation_calls_refuses_a_collapsing_escaped_path()
    {
        // Defence in depth: even a path assembled without EscapePathParameter cannot leave its resource.
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => RequestUrlBuilder.BuildFromEscapedPath(ServerUrl, "v0.10/endpoint/../task", null));
            Assert.Throws<ArgumentException>(() => RequestUrlBuilder.BuildFromEscapedPath(ServerUrl, "v0.10/endpoint/%2E%2e", null));
            Assert.That(RequestUrlBuilder.BuildFromEscapedPath(ServerUrl, "v0.10/endpoint/a.b/...", null).AbsolutePath, Is.EqualTo("/v0.10/endpoint/a.b/..."));
        });
    }
}
