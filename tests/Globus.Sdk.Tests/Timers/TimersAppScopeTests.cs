using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.App;
using Globus.Sdk.Timers;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Timers;

/// <summary>
/// A <see cref="TimersClient"/> built with a <see cref="GlobusApp"/> registers Timers' default scope, and Python's
/// scope helpers add the Timers scope with the dependent scopes a timer needs to run without the user.
/// </summary>
public class TimersAppScopeTests : GlobusAppTestBase
{
    private const string TimersRs = "524230d7-ea86-4a52-8312-86065a9e0417";
    private const string Timer = "https://auth.globus.org/scopes/524230d7-ea86-4a52-8312-86065a9e0417/timer";
    private const string Collection1 = "2f0c5b1a-6a4e-4f5e-9d1b-3c2a1b0e9f8d";
    private const string Collection2 = "7e1d2c3b-4a5f-4e6d-8c7b-9a0b1c2d3e4f";
    private const string FlowId = "00000000-19a9-44e6-9c1a-867da59d84ab";

    private IEnumerable<string> TimersRequirements(GlobusApp app) => app.ScopeRequirements[TimersRs].Select(s => s.ToString());

    [Test]
    public void A_client_built_with_an_app_registers_the_timer_scope()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter());

        var timers = new TimersClient(app, Here());

        Assert.That(TimersRequirements(app), Is.EqualTo(new[] { Timer }));
        Assert.That(timers.Authorizer, Is.InstanceOf<GlobusAppAuthorizer>());
    }

    // Python: TimersScopes.timer.with_dependency(TransferScopes.all.with_dependencies([data_access(c).with_optional(True), ...])).
    [Test]
    public void AddAppTransferDataAccessScope_requires_timer_over_transfer_all_over_optional_data_access()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter());

        var timers = new TimersClient(app, Here()).AddAppTransferDataAccessScope([Collection1, Collection2]);

        Assert.That(timers, Is.Not.Null);
        Assert.That(TimersRequirements(app), Does.Contain(
            $"{Timer}[{TransferAll}[*https://auth.globus.org/scopes/{Collection1}/data_access *https://auth.globus.org/scopes/{Collection2}/data_access]]"));
    }

    [Test]
    public void AddAppTransferDataAccessScope_of_one_collection_is_the_same_as_a_list_of_one()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter());

        new TimersClient(app, Here()).AddAppTransferDataAccessScope(Collection1);

        Assert.That(TimersRequirements(app), Does.Contain($"{Timer}[{TransferAll}[*https://auth.globus.org/scopes/{Collection1}/data_access]]"));
    }

    // Python: TimersScopes.timer.with_dependencies([SpecificFlowScopes(f).user for f in flow_ids]).
    [Test]
    public void AddAppFlowUserScope_requires_timer_over_each_flows_user_scope()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter());
        const string other = "11111111-2222-4333-8444-555555555555";

        new TimersClient(app, Here()).AddAppFlowUserScope([FlowId, other]);

        Assert.That(TimersRequirements(app), Does.Contain(
            $"{Timer}[https://auth.globus.org/scopes/{FlowId}/flow_00000000_19a9_44e6_9c1a_867da59d84ab_user "
            + $"https://auth.globus.org/scopes/{other}/flow_11111111_2222_4333_8444_555555555555_user]"));
    }

    [Test]
    public void The_scope_helpers_refuse_ids_that_are_not_uuids_naming_them_as_python_does()
    {
        using var app = ScriptedUserApp(new MemoryTokenStorage(), new StringWriter());
        var timers = new TimersClient(app, Here());

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => timers.AddAppTransferDataAccessScope([Collection1, "nope"]))!.Message, Does.StartWith("collection_ids[1] must be a UUID"));
            Assert.That(Assert.Throws<ArgumentException>(() => timers.AddAppTransferDataAccessScope("nope"))!.ParamName, Is.EqualTo("collectionId"));
            Assert.That(Assert.Throws<ArgumentException>(() => timers.AddAppFlowUserScope(["x"]))!.Message, Does.StartWith("flow_ids[0] must be a UUID"));
            Assert.That(Assert.Throws<ArgumentException>(() => timers.AddAppFlowUserScope("x"))!.ParamName, Is.EqualTo("flowId"));
            Assert.That(Assert.Throws<ArgumentNullException>(() => timers.AddAppFlowUserScope((IEnumerable<string>)null!))!.ParamName, Is.EqualTo("flowIds"));
        });
        // Nothing was added by a refused call.
        Assert.That(TimersRequirements(app), Is.EqualTo(new[] { Timer }));
    }

    [Test]
    public void The_scope_helpers_need_a_client_built_with_an_app()
    {
        var timers = new TimersClient(NullAuthorizer.Instance, Here());

        Assert.Throws<GlobusSdkUsageException>(() => timers.AddAppTransferDataAccessScope(Collection1));
        Assert.Throws<GlobusSdkUsageException>(() => timers.AddAppFlowUserScope(FlowId));
        Assert.That(Requests, Is.Empty);
    }
}
