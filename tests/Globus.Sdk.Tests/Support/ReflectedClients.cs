using System.Reflection;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Tests.Support;

/// <summary>
/// Clients and calls found by reflection, for the tests that must cover every operation of every client,
/// including those a spec adds later, without naming them.
/// </summary>
internal static class ReflectedClients
{
    /// <summary>Every public, concrete client type of the SDK.</summary>
    public static IEnumerable<Type> ClientTypes() =>
        typeof(BaseClient).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(BaseClient)) && !t.IsAbstract);

    /// <summary>
    /// Builds a client with an access token and <paramref name="options"/>, through its constructor that takes
    /// an authorizer and options; a constructor argument such as a flow id or an endpoint address gets a plain value.
    /// </summary>
    public static BaseClient Create(Type clientType, GlobusClientOptions options)
    {
        var constructor = clientType.GetConstructors()
            .Where(c => c.GetParameters().Any(p => p.ParameterType == typeof(GlobusClientOptions)))
            .OrderByDescending(c => c.GetParameters().Count(p => p.ParameterType == typeof(IGlobusAuthorizer)))
            .ThenBy(c => c.GetParameters().Length)
            .First();
        return (BaseClient)constructor.Invoke(constructor.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(GlobusClientOptions) => options,
            var t when t == typeof(IGlobusAuthorizer) => new AccessTokenAuthorizer("reflected-token-0123456789"),
            var t when t == typeof(string) => "ctor-" + p.Name,
            _ => p.HasDefaultValue ? p.DefaultValue : null,
        }).ToArray());
    }

    /// <summary>Whether a method is an operation: it returns a task of a response.</summary>
    public static bool ReturnsResponse(MethodInfo method) =>
        method.ReturnType.IsGenericType
        && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
        && typeof(GlobusResponse).IsAssignableFrom(method.ReturnType.GetGenericArguments()[0]);

    /// <summary>The service a client type talks to (its <see cref="BaseClient.ServiceName"/>).</summary>
    public static string ServiceOf(Type clientType) =>
        Create(clientType, new GlobusClientOptions { BaseUrl = new Uri("http://127.0.0.1:9/") }).ServiceName;

    /// <summary>Arguments for <paramref name="method"/>: optional ones left out, required ones harmless values.</summary>
    public static object?[] Arguments(MethodInfo method) =>
        method.GetParameters().Select(p => p.IsOptional ? Type.Missing : Required(p)).ToArray();

    /// <summary>A harmless value for a required parameter.</summary>
    public static object? Required(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => parameter.Name + "-1",
        var t when t == typeof(IEnumerable<string>) || t == typeof(IReadOnlyList<string>) || t == typeof(string[]) => new[] { parameter.Name + "-1" },
        var t when t == typeof(CancellationToken) => CancellationToken.None,
        var t when t == typeof(object) || t == typeof(JsonNode) || t == typeof(JsonObject) => new JsonObject(),
        var t when t == typeof(System.Text.Json.JsonElement) => System.Text.Json.JsonDocument.Parse("{}").RootElement,
        var t when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) =>
            Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(t.GetGenericArguments())),
        var t when t.IsValueType => Activator.CreateInstance(t),
        var t when t.GetConstructor(Type.EmptyTypes) is { } constructor => constructor.Invoke(null),
        var t when t.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.IsOptional || p.ParameterType == typeof(string))) is { } constructor =>
            constructor.Invoke(constructor.GetParameters().Select(p => p.IsOptional ? Type.Missing : p.Name + "-1").ToArray()),
        _ => null,
    };
}
