using System.Reflection;

namespace Globus.Sdk.Testing.Tests;

/// <summary>The kit finds every service and operation in the specs, so a new spec needs no change to the kit.</summary>
public class SpecCatalogTests
{
    [Test]
    public void Every_spec_in_the_repository_is_a_service_of_the_kit()
    {
        var specs = Directory.GetFiles(Path.Combine(RepositoryRoot(), "specs"), "*.yaml").Length;
        Assert.That(SpecCatalog.Services, Has.Count.EqualTo(specs));
        Assert.That(SpecCatalog.Services.Keys, Is.SupersetOf(new[] { "auth", "search", "transfer" }));
    }

    [Test]
    public void Every_operation_is_named_by_a_method_its_client_has()
    {
        foreach (var service in SpecCatalog.Services.Values)
        {
            var client = typeof(BaseClient).Assembly.GetType(service.ClientType);
            Assert.That(client, Is.Not.Null, service.ClientType);
            // An operation may belong to another client of the spec (x-globus-clients: Flows' SpecificFlowClient, Compute's V3).
            var methods = typeof(BaseClient).Assembly.GetTypes()
                .Where(t => t.Namespace == client!.Namespace && typeof(BaseClient).IsAssignableFrom(t))
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
                .Select(m => m.Name)
                .ToHashSet();
            Assert.That(service.Operations.Select(o => o.MethodName).Where(m => !methods.Contains(m)), Is.Empty, service.Name);
        }
    }

    [Test]
    public void Every_operation_has_a_default_answer_and_the_common_errors()
    {
        foreach (var operation in SpecCatalog.Services.Values.SelectMany(s => s.Operations))
        {
            Assert.That(operation.Variants.Keys, Is.SupersetOf(new[] { "default", "unauthorized", "forbidden", "not_found", "server_error" }), operation.ToString());
            Assert.That(operation.Variants["default"].Status, Is.InRange(200, 299), operation.ToString());
        }
    }

    [Test]
    public void A_request_to_each_operations_path_is_recognised_as_that_operation()
    {
        using var fake = new GlobusFake();
        foreach (var service in SpecCatalog.Services.Values)
        {
            var fakeService = fake.Service(service.Name);
            foreach (var operation in service.Operations)
            {
                var path = System.Text.RegularExpressions.Regex.Replace(operation.PathTemplate, @"\{[^}]+\}", "some-id");
                var found = fakeService.FindOperation(operation.HttpMethod, path, out _);
                Assert.That(found?.OperationId, Is.EqualTo(operation.OperationId), $"{operation.HttpMethod} {path}");
            }
        }
    }

    [Test]
    public void An_operation_is_found_by_method_name_with_or_without_async_or_by_operation_id()
    {
        var transfer = SpecCatalog.Get("transfer");
        Assert.That(transfer.GetOperation("GetTaskAsync").OperationId, Is.EqualTo("get_task"));
        Assert.That(transfer.GetOperation("GetTask").OperationId, Is.EqualTo("get_task"));
        Assert.That(transfer.GetOperation("get_task").MethodName, Is.EqualTo("GetTaskAsync"));
        Assert.That(() => transfer.GetOperation("NoSuchThingAsync"), Throws.ArgumentException.With.Message.Contains("GetTaskAsync"));
        Assert.That(() => SpecCatalog.Get("nope"), Throws.ArgumentException.With.Message.Contains("transfer"));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Globus.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
