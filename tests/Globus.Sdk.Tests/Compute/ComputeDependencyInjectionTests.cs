using Globus.Sdk.Compute;
using Globus.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Globus.Sdk.Tests.Compute;

/// <summary>
/// AddGlobusClients registers both Compute clients under the one service name <c>compute</c>: both resolve, share
/// its configured options and its one client-credentials token, and call the fake Compute service.
/// </summary>
public class ComputeDependencyInjectionTests
{
    [Test]
    public async Task Both_clients_resolve_and_share_the_compute_options_and_token()
    {
        using var fake = new GlobusFake(new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z")));
        var tokens = fake.IssueExpiringTokens();
        fake.Compute.LoadResponse(nameof(ComputeClientV2.GetEndpointAsync));
        fake.Compute.LoadResponse("get_endpoint_allowlist");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Globus:AppName"] = "compute-di",
            ["Globus:ClientId"] = "app-id",
            ["Globus:ClientSecret"] = "app-secret",
            ["Globus:Services:auth:BaseUrl"] = fake.Auth.BaseUrl.ToString(),
            ["Globus:Services:compute:BaseUrl"] = fake.Compute.BaseUrl.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddGlobusClients(configuration.GetSection("Globus"))
            .UseClientCredentials(new Dictionary<string, IReadOnlyList<string>> { ["compute"] = [ComputeScopes.All] });
        await using var provider = services.BuildServiceProvider();

        var v2 = provider.GetRequiredService<ComputeClientV2>();
        var v3 = provider.GetRequiredService<ComputeClientV3>();
        var endpoint = (await v2.GetEndpointAsync("ep-1")).Value;
        var allowlist = (await v3.GetEndpointAllowlistAsync("ep-1")).Value;

        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Uuid, Is.Not.Null);
            Assert.That(allowlist.Restricted, Is.True);
            Assert.That(fake.Compute.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/v2/endpoints/ep-1", "/v3/endpoints/ep-1/allowed_functions" }));
            Assert.That(tokens.IssuedCount, Is.EqualTo(1), "one token for the service, shared by its two clients");
            Assert.That(new[] { v2.AppName, v3.AppName }, Is.All.EqualTo("compute-di"));
            Assert.That(
                services.Select(d => d.ImplementationInstance).OfType<ConfigureNamedOptions<GlobusClientOptions>>().Count(o => o.Name == "compute"),
                Is.EqualTo(1), "the service's options are configured once, not once per client class");
        });
    }
}
