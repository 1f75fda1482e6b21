using System.Reflection;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The filesystem operations on the wire: <c>operation_ls</c> and <c>operation_stat</c> with their
/// query encodings (1/0 booleans, comma-joined <c>orderby</c>, the Transfer <c>filter</c> formats),
/// and <c>operation_mkdir</c>, <c>operation_rename</c> and <c>operation_symlink</c> with the bodies the
/// Python SDK builds (a constant <c>DATA_TYPE</c>, <c>local_user</c> only when given).
/// </summary>
public class TransferFilesystemWireTests : WireMockTestBase
{
    private const string Ep = "ep/1";
    private const string EpPath = "ep%2F1";
    private const string Result = """{"DATA_TYPE": "mkdir_result", "code": "DirectoryCreated", "message": "The directory was created successfully", "request_id": "r-1"}""";
    private const string Listing = """
        {"DATA_TYPE": "file_list", "path": "/~/project1/", "absolute_path": "/home/alice/project1/", "endpoint": "ep-1", "length": 2, "total": 2,
         "DATA": [
           {"DATA_TYPE": "file", "name": "data", "type": "dir", "link_target": null, "permissions": "0755", "size": 4096, "user": "alice", "group": "lab", "last_modified": "2021-03-04 12:00:00+00:00"},
           {"DATA_TYPE": "file", "name": "results.csv", "type": "file", "link_target": null, "permissions": "0644", "size": 5368709120, "user": "alice", "group": "lab", "last_modified": "2021-03-05 08:30:00+00:00"}
         ]}
        """;

    private RecordingHandler _recorder = null!;
    private TransferClient _client = null!;

    [SetUp]
    public void NewClient()
    {
        _recorder = new RecordingHandler();
        _client = new TransferClient(new AccessTokenAuthorizer("transfer-token"), Options(o => o.HttpMessageHandler = _recorder));
    }

    private void Answer(string body) =>
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    private void AssertSent(string method, string pathAndQuery, string? body = null) =>
        Assert.Multiple(() => ExactRequestAssertions.AssertExactRequest(SingleRequest, _recorder, method, pathAndQuery, body, "transfer-token"));

    [Test]
    public async Task OperationLs_with_only_the_endpoint_sends_no_query_and_enumerates_the_typed_entries()
    {
        Answer(Listing);

        var listing = (await _client.OperationLsAsync(Ep)).Value;

        AssertSent("GET", $"/v0.10/operation/endpoint/{EpPath}/ls");
        Assert.That(listing.Select(e => $"{e.Name}:{e.Type}:{e.Size}"), Is.EqualTo(new[] { "data:dir:4096", "results.csv:file:5368709120" }));
        Assert.That(listing.Path, Is.EqualTo("/~/project1/"));
        Assert.That(listing.AbsolutePath, Is.EqualTo("/home/alice/project1/"));
        Assert.That(listing.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task OperationLs_sends_every_argument_in_the_Python_SDKs_encoding()
    {
        Answer(Listing);

        await _client.OperationLsAsync(Ep, path: "/~/project1/", showHidden: false, orderby: ["type", "name DESC"], filter: "name:~*.csv",
            localUser: "alice", limit: 10, offset: 20, queryParams: [new("extra", "1")]);

        AssertSent("GET", $"/v0.10/operation/endpoint/{EpPath}/ls?path=%2F~%2Fproject1%2F&show_hidden=0&orderby=type%2Cname%20DESC"
            + "&filter=name%3A~%2A.csv&local_user=alice&limit=10&offset=20&extra=1");
    }

    [Test]
    public async Task OperationLs_sends_show_hidden_as_1()
    {
        Answer(Listing);

        await _client.OperationLsAsync(Ep, showHidden: true);

        AssertSent("GET", $"/v0.10/operation/endpoint/{EpPath}/ls?show_hidden=1");
    }

    [Test]
    public async Task OperationLs_formats_a_filter_dictionary_as_key_values_joined_with_slashes()
    {
        Answer(Listing);

        await _client.OperationLsAsync(Ep, path: "/~/", filter: new Dictionary<string, string[]> { ["last_modified"] = ["", "2021-01-01"], ["type"] = ["file"] });

        AssertSent("GET", $"/v0.10/operation/endpoint/{EpPath}/ls?path=%2F~%2F&filter=last_modified%3A%2C2021-01-01%2Ftype%3Afile");
    }

    [Test]
    public async Task OperationLs_sends_a_list_of_filters_as_one_filter_parameter_each()
    {
        Answer(Listing);

        await _client.OperationLsAsync(Ep, filter: new[] { "type:dir", "name:~data*" });

        AssertSent("GET", $"/v0.10/operation/endpoint/{EpPath}/ls?filter=type%3Adir&filter=name%3A~data%2A");
    }

    [Test]
    public async Task OperationStat_sends_the_path_and_local_user_and_reads_one_entry()
    {
        Answer("""{"DATA_TYPE": "file", "name": "results.csv", "type": "file", "size": 1048576, "permissions": "0644", "last_modified": "2021-03-05 08:30:00+00:00"}""");

        var entry = (await _client.OperationStatAsync(Ep, "/~/results.csv", localUser: "alice")).Value;

        AssertSent("GET", $"/v0.10/operation/endpoint/{EpPath}/stat?path=%2F~%2Fresults.csv&local_user=alice");
        Assert.That(entry, Is.InstanceOf<FileEntry>());
        Assert.That($"{entry.Name}|{entry.Size}|{entry.Permissions}|{entry.User}", Is.EqualTo("results.csv|1048576|0644|"));
    }

    [Test]
    public async Task OperationMkdir_posts_the_mkdir_document_without_local_user_when_not_given()
    {
        Answer(Result);

        var result = (await _client.OperationMkdirAsync(Ep, "/~/newdir/")).Value;

        AssertSent("POST", $"/v0.10/operation/endpoint/{EpPath}/mkdir", """{"DATA_TYPE": "mkdir", "path": "/~/newdir/"}""");
        Assert.That(result.Code, Is.EqualTo("DirectoryCreated"));
    }

    [Test]
    public async Task OperationMkdir_sends_local_user_and_query_params_when_given()
    {
        Answer(Result);

        await _client.OperationMkdirAsync(Ep, "/~/newdir/", localUser: "alice", queryParams: [new("x", "1")]);

        AssertSent("POST", $"/v0.10/operation/endpoint/{EpPath}/mkdir?x=1", """{"DATA_TYPE": "mkdir", "path": "/~/newdir/", "local_user": "alice"}""");
    }

    [Test]
    public async Task OperationRename_posts_old_and_new_path_under_the_wire_names()
    {
        Answer("""{"DATA_TYPE": "result", "code": "FileRenamed", "message": "File or directory renamed successfully"}""");

        var result = (await _client.OperationRenameAsync(Ep, oldpath: "/~/file1.txt", newpath: "/~/project1data.txt")).Value;

        AssertSent("POST", $"/v0.10/operation/endpoint/{EpPath}/rename",
            """{"DATA_TYPE": "rename", "old_path": "/~/file1.txt", "new_path": "/~/project1data.txt"}""");
        Assert.That(result.Code, Is.EqualTo("FileRenamed"));
    }

    [Test]
    public async Task OperationRename_sends_local_user_when_given()
    {
        Answer(Result);

        await _client.OperationRenameAsync(Ep, "/a", "/b", localUser: "alice");

        AssertSent("POST", $"/v0.10/operation/endpoint/{EpPath}/rename",
            """{"DATA_TYPE": "rename", "old_path": "/a", "new_path": "/b", "local_user": "alice"}""");
    }

    [Test]
    public async Task OperationSymlink_posts_the_symlink_document()
    {
        Answer(Result);

#pragma warning disable GLOBUS128 // retired by the service, still on the wire
        await _client.OperationSymlinkAsync(Ep, symlinkTarget: "/~/file1.txt", path: "/~/link-to-file1.txt", queryParams: [new("x", "1")]);
#pragma warning restore GLOBUS128

        AssertSent("POST", $"/v0.10/operation/endpoint/{EpPath}/symlink?x=1",
            """{"DATA_TYPE": "symlink", "symlink_target": "/~/file1.txt", "path": "/~/link-to-file1.txt"}""");
    }

    [Test]
    public void The_filesystem_operations_refuse_missing_arguments_before_any_request()
    {
        Assert.Multiple(() =>
        {
            foreach (var id in new[] { "", " " })
            {
                Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.OperationLsAsync(id))!.ParamName, Is.EqualTo("endpointId"));
                Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.OperationStatAsync(id))!.ParamName, Is.EqualTo("endpointId"));
                Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.OperationMkdirAsync(id, "/p"))!.ParamName, Is.EqualTo("endpointId"));
                Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.OperationRenameAsync(id, "/a", "/b"))!.ParamName, Is.EqualTo("endpointId"));
#pragma warning disable GLOBUS128
                Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.OperationSymlinkAsync(id, "/a", "/b"))!.ParamName, Is.EqualTo("endpointId"));
#pragma warning restore GLOBUS128
            }

            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => _client.OperationMkdirAsync(Ep, null!))!.ParamName, Is.EqualTo("path"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => _client.OperationRenameAsync(Ep, null!, "/b"))!.ParamName, Is.EqualTo("oldpath"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => _client.OperationRenameAsync(Ep, "/a", null!))!.ParamName, Is.EqualTo("newpath"));
#pragma warning disable GLOBUS128
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => _client.OperationSymlinkAsync(Ep, null!, "/b"))!.ParamName, Is.EqualTo("symlinkTarget"));
#pragma warning restore GLOBUS128
            Assert.That(Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.OperationLsAsync(Ep, offset: -1))!.ParamName, Is.EqualTo("offset"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void The_filesystem_methods_take_the_Python_SDKs_argument_names_in_its_order()
    {
        static string[] Names(string method) =>
            typeof(TransferClient).GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.GetParameters().Select(p => p.Name!).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Names(nameof(TransferClient.OperationLsAsync)),
                Is.EqualTo(new[] { "endpointId", "path", "showHidden", "orderby", "filter", "localUser", "limit", "offset", "queryParams", "cancellationToken" }));
            Assert.That(Names(nameof(TransferClient.OperationMkdirAsync)), Is.EqualTo(new[] { "endpointId", "path", "localUser", "queryParams", "cancellationToken" }));
            Assert.That(Names(nameof(TransferClient.OperationRenameAsync)),
                Is.EqualTo(new[] { "endpointId", "oldpath", "newpath", "localUser", "queryParams", "cancellationToken" }));
#pragma warning disable GLOBUS128
            Assert.That(Names(nameof(TransferClient.OperationSymlinkAsync)),
                Is.EqualTo(new[] { "endpointId", "symlinkTarget", "path", "queryParams", "cancellationToken" }));
#pragma warning restore GLOBUS128
            Assert.That(Names(nameof(TransferClient.OperationStatAsync)), Is.EqualTo(new[] { "endpointId", "path", "localUser", "queryParams", "cancellationToken" }));
        });
    }

    [Test]
    public void The_core_methods_behind_the_hand_written_ones_stay_internal()
    {
        var methods = typeof(TransferClient).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name);

        Assert.That(methods.Where(m => m.EndsWith("CoreAsync", StringComparison.Ordinal) && m.StartsWith("Operation", StringComparison.Ordinal)), Is.Empty);
    }
}
