using System.Reflection;
using System.Text.Json.Nodes;
using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Testing;

/// <summary>
/// Every service description embedded in this package (the repository's <c>specs/*.yaml</c>), read once.
/// A spec added to <c>specs/</c> is embedded by the build and found here with no change to the code.
/// </summary>
public static class SpecCatalog
{
    private const string ResourcePrefix = "Globus.Sdk.Testing.Specs.";

    private static readonly Lazy<IReadOnlyDictionary<string, SpecService>> Loaded = new(Load);

    /// <summary>The services, by name (<c>auth</c>, <c>search</c>, <c>transfer</c>, ...).</summary>
    public static IReadOnlyDictionary<string, SpecService> Services => Loaded.Value;

    /// <summary>A service by name.</summary>
    /// <param name="name">The service's name, such as <c>transfer</c>.</param>
    /// <returns>The service.</returns>
    /// <exception cref="ArgumentException">No embedded spec describes the service; the message lists those that do.</exception>
    public static SpecService Get(string name) =>
        Services.TryGetValue(name, out var service)
            ? service
            : throw new ArgumentException($"No spec describes a service named '{name}'. Known services: {string.Join(", ", Services.Keys)}.", nameof(name));

    private static IReadOnlyDictionary<string, SpecService> Load()
    {
        var assembly = typeof(SpecCatalog).Assembly;
        var services = new SortedDictionary<string, SpecService>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var service = Read(assembly, resource);
            services[service.Name] = service;
        }

        return services;
    }

    private static SpecService Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var root = YamlJson.Parse(reader.ReadToEnd())!.AsObject();
        var name = (string)root["x-globus-service"]!;
        var clientType = $"{root["x-globus-namespace"]}.{root["x-globus-client"]}";
        var clientMethods = OperationNames.MethodsOf(clientType);
        var schemas = root["components"]?["schemas"]?.AsObject();
        var operations = new List<SpecOperation>();
        foreach (var (path, pathItem) in root["paths"]?.AsObject() ?? [])
        {
            foreach (var (verb, operation) in pathItem!.AsObject())
            {
                if (operation is JsonObject op && op["operationId"] is { } id)
                {
                    operations.Add(ReadOperation(name, path, verb, op, (string)id!, schemas, clientMethods));
                }
            }
        }

        var (resourceServer, scopes) = ReadSecurity(root);
        return new SpecService(name, clientType, resourceServer, scopes, operations);
    }

    private static SpecOperation ReadOperation(
        string service, string path, string verb, JsonObject op, string operationId, JsonObject? schemas, IReadOnlyDictionary<string, string> clientMethods)
    {
        var methodName = OperationNames.MethodName(operationId, (string?)op["x-globus-csharp-name"], clientMethods);
        var variants = ExampleVariants.Read(op["responses"]?.AsObject(), schemas);
        SpecPaging? paging = op["x-globus-paging"] is JsonObject p
            ? new SpecPaging((string)p["style"]!, (string?)p["in"] == "body", (string?)p["size-key"], (string?)p["marker-key"] ?? "marker")
            : null;
        return new SpecOperation(service, operationId, methodName, verb.ToUpperInvariant(), path, variants, paging, ItemsProperty(op, schemas));
    }

    private static string? ItemsProperty(JsonObject op, JsonObject? schemas)
    {
        var success = op["responses"]?.AsObject().Where(r => r.Key.StartsWith('2')).Select(r => r.Value).FirstOrDefault();
        var reference = (string?)success?["content"]?["application/json"]?["schema"]?["$ref"];
        return reference is null ? null : (string?)schemas?[reference.Split('/')[^1]]?["x-globus-items"];
    }

    private static (string? ResourceServer, IReadOnlyList<string> Scopes) ReadSecurity(JsonObject root)
    {
        foreach (var (_, scheme) in root["components"]?["securitySchemes"]?.AsObject() ?? [])
        {
            var scopes = scheme?["flows"]?.AsObject()
                .SelectMany(flow => flow.Value?["scopes"]?.AsObject().Select(s => s.Key) ?? [])
                .Distinct(StringComparer.Ordinal)
                .ToArray() ?? [];
            return ((string?)scheme?["x-globus-resource-server"], scopes);
        }

        return (null, []);
    }
}
