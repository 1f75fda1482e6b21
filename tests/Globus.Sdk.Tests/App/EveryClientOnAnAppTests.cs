using System.Reflection;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.App;

/// <summary>
/// Every service client, including those a spec adds later, can be built on a <see cref="GlobusApp"/> (Python's
/// <c>Client(app=app)</c>): it registers its service's default scopes for its resource server with the app, and
/// authenticates through the app. Clients made for one flow or endpoint take their id too.
/// </summary>
public class EveryClientOnAnAppTests
{
    private const string FlowId = "24bc4997-b483-4c25-a19c-64b0afc00743";
    private const string EndpointClientId = "7d3c2b1a-0f9e-4d8c-b7a6-5e4f3d2c1b0a";

    /// <summary>The service clients: every client but the login clients, which are the app's own.</summary>
    public static IEnumerable<TestCaseData> ServiceClients() =>
        ReflectedClients.ClientTypes()
            .Where(t => !typeof(Globus.Sdk.Auth.AuthLoginClient).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new TestCaseData(t).SetName($"{t.Name}_on_an_app"));

    [Test]
    public void Every_service_client_is_covered()
    {
        Assert.That(ServiceClients().Select(c => ((Type)c.Arguments[0]!).Name),
            Is.SupersetOf(new[] { "AuthClient", "TransferClient", "SearchClient", "GroupsClient", "TimersClient", "FlowsClient", "SpecificFlowClient", "GCSClient", "ComputeClientV2", "ComputeClientV3" }));
    }

    [TestCaseSource(nameof(ServiceClients))]
    public void A_client_built_on_an_app_registers_its_default_scopes_and_authenticates_through_it(Type clientType)
    {
        using var app = new ClientApp("every-client", clientId: "client-id-0123456789", clientSecret: "cs-0123456789",
            config: new GlobusAppConfig { TokenStorage = new MemoryTokenStorage(), Environment = "production" });
        var constructor = clientType.GetConstructors().SingleOrDefault(c => c.GetParameters().Any(p => p.ParameterType == typeof(GlobusApp)));
        Assert.That(constructor, Is.Not.Null, $"{clientType.Name} has no constructor taking a GlobusApp");

        var client = (BaseClient)constructor!.Invoke(constructor.GetParameters().Select(p => Argument(p)(app)).ToArray());

        var (resourceServer, scopes) = Expected(clientType);
        Assert.Multiple(() =>
        {
            Assert.That(client.Authorizer, Is.InstanceOf<GlobusAppAuthorizer>());
            Assert.That(((GlobusAppAuthorizer)client.Authorizer).ResourceServer, Is.EqualTo(resourceServer));
            Assert.That(app.ScopeRequirements.ContainsKey(resourceServer), Is.True, "the app learned the client's resource server");
            Assert.That(app.ScopeRequirements[resourceServer].Select(s => s.ToString()), Is.EqualTo(scopes));
        });
    }

    private static Func<GlobusApp, object?> Argument(ParameterInfo parameter) => parameter switch
    {
        { ParameterType: var t } when t == typeof(GlobusApp) => app => app,
        { Name: "flowId" } => _ => FlowId,
        { Name: "endpointClientId" } => _ => EndpointClientId,
        { Name: "gcsAddress" } => _ => "gcs.example.org",
        { HasDefaultValue: true } => _ => parameter.DefaultValue,
        _ => throw new AssertionException($"No value for the app constructor's parameter '{parameter.Name}': add one here."),
    };

    /// <summary>
    /// The resource server and default scopes of a client: those of its service's scopes class (the static class
    /// of its namespace with <c>ResourceServer</c> and <c>DefaultScopes</c>), or, for a client of one flow or one
    /// endpoint, that flow's or endpoint's.
    /// </summary>
    private static (string ResourceServer, string[] Scopes) Expected(Type clientType)
    {
        if (clientType == typeof(Globus.Sdk.Flows.SpecificFlowClient))
        {
            return (FlowId, [$"https://auth.globus.org/scopes/{FlowId}/flow_{FlowId.Replace('-', '_')}_user"]);
        }

        if (clientType == typeof(Globus.Sdk.Gcs.GCSClient))
        {
            return (EndpointClientId, [$"urn:globus:auth:scope:{EndpointClientId}:manage_collections"]);
        }

        var scopesClass = clientType.Assembly.GetExportedTypes().Single(t =>
            t.Namespace == clientType.Namespace && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Scopes", StringComparison.Ordinal)
            && t.GetCustomAttribute<ObsoleteAttribute>() is null && t.GetField("ResourceServer") is not null);
        return ((string)scopesClass.GetField("ResourceServer")!.GetValue(null)!,
            ((IReadOnlyList<string>)scopesClass.GetProperty("DefaultScopes")!.GetValue(null)!).ToArray());
    }
}
