using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Testing;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Contract;

/// <summary>
/// Every operation of every client (found by reflection, so services added later are covered) is called against
/// the fake Globus answering with its spec's example, and the typed value it returns, written back to JSON, is
/// that example: the generated models read every field a spec documents, and keep those they do not know,
/// so nothing the service sent is lost between the wire and the caller.
/// </summary>
public class EveryOperationExampleTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start() => _fake = new GlobusFake();

    [TearDown]
    public void Stop() => _fake.Dispose();

    public static IEnumerable<TestCaseData> Operations() =>
        from client in ReflectedClients.ClientTypes()
        let service = SpecServiceOf(client)
        where service is not null
        from method in client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.DeclaringType!.IsSubclassOf(typeof(BaseClient)) && TypedResponse(method) is not null
            && method.GetCustomAttribute<ObsoleteAttribute>() is null
            && service.Operations.Any(o => o.MethodName == method.Name)
        orderby client.Name, method.Name, method.GetParameters().Length
        select new TestCaseData(client, method).SetName($"{client.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.Name))})");

    [Test]
    public void Every_spec_service_has_operations_here()
    {
        var names = Operations().Select(c => c.TestName!).ToList();

        Assert.That(names, Has.Count.GreaterThan(100));
        Assert.That(names, Has.Some.StartsWith("TransferClient.GetEndpointAsync"));
        Assert.That(names, Has.Some.StartsWith("SearchClient.GetIndexAsync"));
        Assert.That(names, Has.Some.StartsWith("AuthClient.GetIdentitiesAsync"));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task The_typed_value_written_back_is_the_specs_example(Type clientType, MethodInfo method)
    {
        var service = _fake.Service(ReflectedClients.ServiceOf(clientType));

        // Two clients of one spec may each have a method of this name (Compute's V2 and V3): load every one.
        var candidates = service.Spec.Operations.Where(o => o.MethodName == method.Name).ToList();
        foreach (var candidate in candidates)
        {
            service.LoadResponse(candidate.OperationId);
        }

        foreach (var before in AskedFirst.GetValueOrDefault(method.Name, []))
        {
            service.LoadResponse(before);
        }

        var client = ReflectedClients.Create(clientType, service.ClientOptions());
        var arguments = ReflectedClients.Arguments(method);
        foreach (var (name, agreeing) in Consistent.GetValueOrDefault(method.Name, []))
        {
            arguments[Array.FindIndex(method.GetParameters(), p => p.Name == name)] = agreeing;
        }

        var response = await (Task<GlobusResponse>)typeof(EveryOperationExampleTests)
            .GetMethod(nameof(AsResponse), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(TypedResponse(method)!).Invoke(null, [method.Invoke(client, arguments)])!;

        Assert.That(service.Requests.Select(r => r.MethodName), Is.EqualTo(AskedFirst.GetValueOrDefault(method.Name, []).Append(method.Name)));
        var example = service.Requests[^1].Operation!.Variants["default"];
        Assert.That(response.HttpStatus, Is.EqualTo(example.Status));
        var value = response.GetType().GetProperty(nameof(GlobusResponse<object>.Value))!.GetValue(response);
        var written = JsonSerializer.SerializeToNode(value, TypedResponse(method)!);
        Assert.That(JsonNode.DeepEquals(WithoutNulls(written), WithoutNulls(example.Body)), Is.True,
            $"example {example.BodyText}\nwritten {written?.ToJsonString()}");
    }

    /// <summary>Operations whose arguments are checked against each other: values that agree.</summary>
    private static readonly Dictionary<string, (string Name, object Value)[]> Consistent = new()
    {
        ["CreateClientAsync"] = [("publicClient", true)],
        ["GetClientAsync"] = [("clientId", "client-1")],
        ["CreateTunnelAsync"] = [("data", (Globus.Sdk.Transfer.TunnelRequest)new Globus.Sdk.Transfer.CreateTunnelData("initiator-1", "listener-1")!)],
    };

    /// <summary>Hand-written operations that ask the service something first, as Python's do.</summary>
    private static readonly Dictionary<string, string[]> AskedFirst = new()
    {
        ["SubmitTransferAsync"] = ["GetSubmissionIdAsync"],
        ["SubmitDeleteAsync"] = ["GetSubmissionIdAsync"],
    };

    private static async Task<GlobusResponse> AsResponse<T>(Task<GlobusResponse<T>> call) => await call;

    /// <summary>The T of a method returning <c>Task&lt;GlobusResponse&lt;T&gt;&gt;</c>, or null.</summary>
    private static Type? TypedResponse(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            && method.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } response
            && response.GetGenericTypeDefinition() == typeof(GlobusResponse<>)
            ? response.GetGenericArguments()[0]
            : null;

    private static SpecService? SpecServiceOf(Type clientType)
    {
        using var fake = new GlobusFake();
        try
        {
            return fake.Service(ReflectedClients.ServiceOf(clientType)).Spec;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The JSON without null members: a response model leaves a property that came as null out when written
    /// (sent back, it must not clear what it merely received as null), which loses nothing.
    /// </summary>
    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray a => new JsonArray(a.Select(WithoutNulls).ToArray()),
        _ => node?.DeepClone(),
    };
}
