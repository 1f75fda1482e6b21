using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Testing.Tests;

/// <summary>Canned answers from the specs' examples, by method name and variant, and the requests they record.</summary>
public class CannedResponseTests
{
    private GlobusFake _fake = null!;
    private TransferClient _transfer = null!;

    [SetUp]
    public void Start()
    {
        _fake = new GlobusFake();
        _transfer = new TransferClient(new AccessTokenAuthorizer("token-1"), _fake.Transfer.ClientOptions());
    }

    [TearDown]
    public void Stop() => _fake.Dispose();

    [Test]
    public async Task The_default_answer_is_the_specs_example_and_the_request_is_recorded()
    {
        var expected = _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));

        var task = (await _transfer.GetTaskAsync("my/task")).Value;

        Assert.That(task.TaskId, Is.EqualTo((string?)expected.Body!["task_id"]));
        Assert.That(task.Status.ToString(), Is.EqualTo((string?)expected.Body!["status"]));
        var request = _fake.Transfer.LastRequest;
        Assert.That(request.MethodName, Is.EqualTo(nameof(TransferClient.GetTaskAsync)));
        Assert.That(request.Path, Is.EqualTo("/v0.10/task/my%2Ftask"));
        Assert.That(request.PathParameters["task_id"], Is.EqualTo("my/task"));
        Assert.That(request.BearerToken, Is.EqualTo("token-1"));
        Assert.That(_fake.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void An_error_variant_is_raised_as_the_services_exception()
    {
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync), "not_found");

        var error = Assert.ThrowsAsync<TransferApiException>(() => _transfer.GetTaskAsync("gone"));
        Assert.That(error!.HttpStatus, Is.EqualTo(404));
        Assert.That(error.Code, Is.EqualTo("NotFound"));
    }

    [Test]
    public async Task An_answer_of_your_own_replaces_the_loaded_one()
    {
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));
        var mine = _fake.Transfer.Spec.GetOperation("get_task").Variants["default"].Body!.AsObject();
        mine["label"] = "mine";

        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync), new CannedResponse(200, mine));

        Assert.That((await _transfer.GetTaskAsync("t")).Value.Label, Is.EqualTo("mine"));
    }

    [Test]
    public void An_operation_with_nothing_loaded_says_what_to_load()
    {
        var error = Assert.ThrowsAsync<TransferApiException>(() => _transfer.GetTaskAsync("t"));
        Assert.That(error!.HttpStatus, Is.EqualTo(501));
        Assert.That(error.ErrorMessage, Does.Contain("LoadResponse(\"GetTaskAsync\")"));
    }

    [Test]
    public void An_unknown_variant_or_method_lists_what_exists()
    {
        Assert.That(() => _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync), "nope"),
            Throws.ArgumentException.With.Message.Contains("not_found"));
        Assert.That(() => _fake.Transfer.LoadResponse("NoSuchMethodAsync"), Throws.ArgumentException.With.Message.Contains("TaskListAsync"));
    }

    [Test]
    public async Task Clients_built_from_the_environment_reach_the_fake()
    {
        _fake.Search.LoadResponse(nameof(SearchClient.GetIndexAsync));
        using (_fake.UseEnvironmentVariables())
        {
            var search = new SearchClient();
            var index = (await search.GetIndexAsync("idx")).Value;
            Assert.That(index.Id, Is.Not.Empty);
        }

        Assert.That(_fake.Search.LastRequest.Path, Is.EqualTo("/v1/index/idx"));
    }

    [Test]
    public async Task A_path_no_spec_describes_can_be_answered()
    {
        _fake.Auth.HandlePath("GET", "/custom", _ => new CannedResponse(200, new JsonObject { ["ok"] = true }));
        var auth = new BaseClient("auth", options: _fake.Auth.ClientOptions());

        var response = await auth.GetAsync("/custom");

        Assert.That(response["ok"].GetBoolean(), Is.True);
        Assert.That(_fake.Auth.LastRequest.Operation, Is.Null);
    }
}
