using Globus.Sdk.Auth;
using Globus.Sdk.Flows;
using Globus.Sdk.Search;
using Globus.Sdk.Timers;
using Globus.Sdk.Transfer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Globus.Sdk.Testing.Tests;

/// <summary>AddGlobusClients: clients from the container, on IHttpClientFactory clients, configured, logged and authorized.</summary>
public class DependencyInjectionTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start() => _fake = new GlobusFake(new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z")));

    [TearDown]
    public void Stop() => _fake.Dispose();

    [Test]
    public async Task A_host_resolves_each_client_and_calls_the_fake_through_the_factory_with_the_containers_logger()
    {
        var tokens = _fake.IssueExpiringTokens();
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));
        _fake.Search.LoadResponse(nameof(SearchClient.GetIndexAsync));
        _fake.Auth.LoadResponse(nameof(AuthClient.GetIdentitiesAsync));
        var sent = new CountingHandler();
        using var host = BuildHost(services =>
        {
            services.AddGlobusClients(ConfigurationFor(_fake).GetSection("Globus"))
                .UseClientCredentials(new Dictionary<string, IReadOnlyList<string>>
                {
                    ["transfer"] = [TransferScopes.All],
                    ["search"] = [SearchScopes.All],
                    ["auth"] = ["openid"],
                });
            services.AddHttpClient(GlobusClientsBuilder.HttpClientName("transfer")).AddHttpMessageHandler(() => sent);
            services.AddSingleton(_fake.TimeProvider);
        });

        var transfer = host.Services.GetRequiredService<TransferClient>();
        await transfer.GetTaskAsync("t1");
        await transfer.GetTaskAsync("t2");
        await host.Services.GetRequiredService<SearchClient>().GetIndexAsync("idx");
        await host.Services.GetRequiredService<AuthClient>().GetIdentitiesAsync(usernames: ["me@globusid.org"]);

        Assert.That(host.Services.GetRequiredService<ConfidentialAppAuthClient>().ClientId, Is.EqualTo("app-id"));
        Assert.That(sent.Count, Is.EqualTo(2), "Transfer's requests go through the factory's named client");
        Assert.That(tokens.IssuedCount, Is.EqualTo(3), "one token per service, reused across clients");
        Assert.That(transfer.AppName, Is.EqualTo("di-test"));
        Assert.That(_fake.Transfer.LastRequest.Headers["User-Agent"], Does.EndWith("/di-test"));
        var categories = host.Services.GetFakeLogCollector().GetSnapshot().Select(r => r.Category).ToHashSet();
        Assert.That(categories, Is.SupersetOf(new[] { "Globus.Sdk.transfer", "Globus.Sdk.search", "Globus.Sdk.auth" }));
    }

    [Test]
    public async Task A_host_resolves_a_TimersClient_that_calls_the_fakes_timer_service()
    {
        _fake.IssueExpiringTokens();
        _fake.Timers.LoadResponse(nameof(TimersClient.GetJobAsync));
        using var host = BuildHost(services =>
        {
            services.AddGlobusClients(ConfigurationFor(_fake).GetSection("Globus"))
                .UseClientCredentials(new Dictionary<string, IReadOnlyList<string>> { ["timer"] = [TimersScopes.Timer] });
            services.AddSingleton(_fake.TimeProvider);
        });

        var job = await host.Services.GetRequiredService<TimersClient>().GetJobAsync("2d2b1c4e-7443-11ee-b962-0242ac120002");

        Assert.That(job.Value.JobId, Is.EqualTo("2d2b1c4e-7443-11ee-b962-0242ac120002"));
        Assert.That(_fake.Timers.LastRequest.Path, Is.EqualTo("/jobs/2d2b1c4e-7443-11ee-b962-0242ac120002"));
    }

    [Test]
    public async Task Flows_is_registered_with_its_own_configured_base_url()
    {
        _fake.Flows.LoadResponse(nameof(FlowsClient.GetRunAsync));
        using var host = BuildHost(services => services.AddGlobusClients(ConfigurationFor(_fake).GetSection("Globus")));

        var flows = host.Services.GetRequiredService<FlowsClient>();
        var run = (await flows.GetRunAsync("36ad9f9a-ad29-488f-beb4-c22ab729643a")).Value;

        Assert.That(flows.BaseUrl, Is.EqualTo(_fake.Flows.BaseUrl));
        Assert.That(run.RunId, Is.EqualTo("36ad9f9a-ad29-488f-beb4-c22ab729643a"));
        Assert.That(_fake.Flows.LastRequest.Path, Does.EndWith("/runs/36ad9f9a-ad29-488f-beb4-c22ab729643a"));
    }

    [Test]
    public void Named_options_configured_in_code_win_and_bad_configuration_names_its_key()
    {
        using var host = BuildHost(services =>
        {
            services.AddGlobusClients(ConfigurationFor(_fake, ("Globus:HttpTimeout", "12")).GetSection("Globus"));
            services.Configure<GlobusClientOptions>("search", options => options.AppName = "search-only");
        });

        Assert.That(host.Services.GetRequiredService<SearchClient>().AppName, Is.EqualTo("search-only"));
        Assert.That(host.Services.GetRequiredService<TransferClient>().HttpTimeout, Is.EqualTo(TimeSpan.FromSeconds(12)));

        using var bad = BuildHost(services => services.AddGlobusClients(ConfigurationFor(_fake, ("Globus:VerifySsl", "maybe")).GetSection("Globus")));
        Assert.That(() => bad.Services.GetRequiredService<TransferClient>(),
            Throws.TypeOf<GlobusSdkUsageException>().With.Message.Contains("Globus:VerifySsl"));
    }

    [Test]
    public void Every_option_set_in_code_reaches_the_client_and_the_callers_options_stay_as_they_were()
    {
        _fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync));
        GlobusClientOptions? configured = null;
        using var host = BuildHost(services =>
        {
            services.AddGlobusClients(ConfigurationFor(_fake).GetSection("Globus"));
            services.Configure<GlobusClientOptions>("transfer", options =>
            {
                options.MaxResponseBodySize = 16;
                configured = options;
            });
        });

        var transfer = host.Services.GetRequiredService<TransferClient>();

        Assert.That(async () => await transfer.GetTaskAsync("t1"), Throws.InstanceOf<GlobusResponseTooLargeException>(),
            "the size limit set in code applies to the container's client");
        Assert.That(configured!.Logger, Is.Null, "the container's logger goes into a copy, not into the configured options");
    }

    private static IHost BuildHost(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddFakeLogging();
        configure(builder.Services);
        return builder.Build();
    }

    private static IConfiguration ConfigurationFor(GlobusFake fake, params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Globus:AppName"] = "di-test",
            ["Globus:ClientId"] = "app-id",
            ["Globus:ClientSecret"] = "app-secret",
        };
        foreach (var service in new[] { "auth", "transfer", "search", "timer", "flows" })
        {
            values[$"Globus:Services:{service}:BaseUrl"] = fake.Service(service).BaseUrl.ToString();
        }

        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
