using Globus.Sdk.Authorizers;
using Globus.Sdk.Flows;
using Globus.Sdk.Tokens;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Flows;

/// <summary>
/// A flow's client built on a <see cref="GlobusApp"/>: the app learns the flow's user scope for the flow's
/// resource server, and Python's add_app_transfer_data_access_scope adds Transfer and collection scopes under it.
/// </summary>
public class SpecificFlowClientAppTests
{
    private const string FlowId = "24bc4997-b483-4c25-a19c-64b0afc00743";
    private const string UserScope = $"https://auth.globus.org/scopes/{FlowId}/flow_24bc4997_b483_4c25_a19c_64b0afc00743_user";
    private const string Collection1 = "2f0c5b1a-6a4e-4f5e-9d1b-3c2a1b0e9f8d";
    private const string Collection2 = "7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a";

    private static UserApp NewApp() => new("flows-tests", clientId: "61338d24-54d5-408f-a10d-66c06b59f6d2",
        config: new GlobusAppConfig { TokenStorage = new MemoryTokenStorage(), Environment = "production" });

    [Test]
    public void The_app_learns_the_flows_user_scope_for_the_flows_resource_server()
    {
        using var app = NewApp();

        var flow = new SpecificFlowClient(FlowId, app);

        Assert.That(flow.ResourceServer, Is.EqualTo(FlowId));
        Assert.That(app.ScopeRequirements[FlowId].Select(s => s.ToString()), Is.EqualTo(new[] { UserScope }));
    }

    [Test]
    public void The_flows_client_on_an_app_asks_for_flows_all()
    {
        using var app = NewApp();

        _ = new FlowsClient(app);

        Assert.That(app.ScopeRequirements["flows.globus.org"].Select(s => s.ToString()), Is.EqualTo(new[] { FlowsScopes.All }));
    }

    [Test]
    public void Data_access_scopes_go_under_an_optional_transfer_all_under_the_flows_user_scope()
    {
        using var app = NewApp();

        var flow = new SpecificFlowClient(FlowId, app).AddAppTransferDataAccessScope([Collection1, Collection2]);

        Assert.That(flow.FlowId, Is.EqualTo(FlowId));
        var expected = $"{UserScope}[*{TransferScopes.All}[*https://auth.globus.org/scopes/{Collection1}/data_access *https://auth.globus.org/scopes/{Collection2}/data_access]]";
        Assert.That(app.ScopeRequirements[FlowId].Select(s => s.ToString()), Does.Contain(expected));
    }

    [Test]
    public void One_collection_may_be_given_alone()
    {
        using var app = NewApp();

        new SpecificFlowClient(FlowId, app).AddAppTransferDataAccessScope(Collection1);

        Assert.That(app.ScopeRequirements[FlowId].Select(s => s.ToString()),
            Does.Contain($"{UserScope}[*{TransferScopes.All}[*https://auth.globus.org/scopes/{Collection1}/data_access]]"));
    }

    [Test]
    public void Bad_ids_and_a_client_without_an_app_are_refused_and_change_nothing()
    {
        using var app = NewApp();
        var flow = new SpecificFlowClient(FlowId, app);

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => flow.AddAppTransferDataAccessScope([Collection1, "not-a-uuid"]))!.Message, Does.StartWith("collection_ids[1] must be a UUID."));
            Assert.That(Assert.Throws<ArgumentException>(() => flow.AddAppTransferDataAccessScope("nope"))!.ParamName, Is.EqualTo("collectionId"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => flow.AddAppTransferDataAccessScope((IEnumerable<string>)null!))!.ParamName, Is.EqualTo("collectionIds"));
            Assert.That(app.ScopeRequirements[FlowId].Select(s => s.ToString()), Is.EqualTo(new[] { UserScope }));
            Assert.Throws<GlobusSdkUsageException>(() => new SpecificFlowClient(FlowId, new AccessTokenAuthorizer("t")).AddAppTransferDataAccessScope(Collection1));
            Assert.That(Assert.Throws<ArgumentException>(() => new SpecificFlowClient(" ", app))!.ParamName, Is.EqualTo("flowId"));
            Assert.That(app.ScopeRequirements.ContainsKey(" "), Is.False);
            // A flow id becomes part of a scope string: one with a space would ask the app for a second scope.
            Assert.That(Assert.Throws<ArgumentException>(() => new SpecificFlowClient($"{FlowId} {TransferScopes.All}", app))!.ParamName, Is.EqualTo("flowId"));
            Assert.That(app.ScopeRequirements.Keys, Has.None.Contains(" "));
            Assert.Throws<ArgumentNullException>(() => new SpecificFlowClient(FlowId, (GlobusApp)null!));
        });
    }
}
