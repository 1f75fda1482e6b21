using Globus.Sdk;
using Globus.Sdk.Auth;
using Globus.Sdk.Compute;
using Globus.Sdk.Flows;
using Globus.Sdk.Groups;
using Globus.Sdk.Search;
using Globus.Sdk.Timers;
using Globus.Sdk.Transfer;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Globus clients with dependency injection.</summary>
public static class GlobusServiceCollectionExtensions
{
    /// <summary>
    /// Registers every client whose constructor takes an authorizer and options (<see cref="AuthClient"/>,
    /// <see cref="TransferClient"/>, <see cref="SearchClient"/>, <see cref="GroupsClient"/>, <see cref="TimersClient"/>,
    /// <see cref="FlowsClient"/>, <see cref="ComputeClientV2"/> and <see cref="ComputeClientV3"/>; transient, by
    /// service name, on named <see cref="HttpClient"/>s of <see cref="IHttpClientFactory"/>, so the two Compute
    /// clients share the options, HTTP client and authorizer of <c>compute</c>), and, with a configuration, the login
    /// clients <see cref="ConfidentialAppAuthClient"/> (<c>ClientId</c> and <c>ClientSecret</c>) and
    /// <see cref="NativeAppAuthClient"/> (<c>ClientId</c>), whose keys are read when they are resolved. A client made
    /// for one flow or one endpoint (<c>SpecificFlowClient</c>, <c>GCSClient</c>) needs its id or address, so it is
    /// not registered.
    /// </summary>
    /// <example>
    /// <code>
    /// // appsettings.json: { "Globus": { "Environment": "production", "AppName": "my-app", "ClientId": "...",
    /// //                                 "Services": { "transfer": { "BaseUrl": "https://transfer.api.globus.org/" } } } }
    /// builder.Services.AddGlobusClients(builder.Configuration.GetSection("Globus"))
    ///     .UseClientCredentials(new Dictionary&lt;string, IReadOnlyList&lt;string&gt;&gt; { ["transfer"] = [TransferScopes.All] });
    /// </code>
    /// </example>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The section to read: <c>Environment</c>, <c>AppName</c>, <c>HttpTimeout</c> (seconds or <c>hh:mm:ss</c>),
    /// <c>VerifySsl</c>, <c>CaBundlePath</c>, <c>ClientId</c>, <c>ClientSecret</c> and <c>Services:{service}:BaseUrl</c>;
    /// none when null. Keys are read one by one (no reflection), so trimmed and native AOT apps work.
    /// </param>
    /// <returns>A builder to register more clients or set where authorizers come from.</returns>
    /// <remarks>See <see cref="GlobusClientsBuilder"/> for lifetimes, logging, clocks, and why not to add a resilience handler.</remarks>
    public static GlobusClientsBuilder AddGlobusClients(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new GlobusClientsBuilder(services, configuration)
            .AddClient("auth", (authorizer, options) => new AuthClient(authorizer, options))
            .AddClient("transfer", (authorizer, options) => new TransferClient(authorizer, options))
            .AddClient("search", (authorizer, options) => new SearchClient(authorizer, options))
            .AddClient("groups", (authorizer, options) => new GroupsClient(authorizer, options))
            .AddClient("timer", (authorizer, options) => new TimersClient(authorizer, options))
            .AddClient("flows", (authorizer, options) => new FlowsClient(authorizer, options))
            .AddClient("compute", (authorizer, options) => new ComputeClientV2(authorizer, options))
            .AddClient("compute", (authorizer, options) => new ComputeClientV3(authorizer, options));
        if (configuration is not null)
        {
            // Read when resolved, so configuration added after this call (tests, user secrets) still counts.
            services.AddTransient(provider => new ConfidentialAppAuthClient(
                Required(configuration, "ClientId"), Required(configuration, "ClientSecret"), GlobusClientsBuilder.CreateOptions(provider, "auth")));
            services.AddTransient(provider => new NativeAppAuthClient(Required(configuration, "ClientId"), GlobusClientsBuilder.CreateOptions(provider, "auth")));
        }

        return builder;
    }

    private static string Required(IConfiguration configuration, string key) =>
        GlobusConfiguration.Text(configuration, key)
        ?? throw new GlobusSdkUsageException($"Set {(configuration is IConfigurationSection section ? section.Path + ":" : string.Empty)}{key} in the configuration to use the Globus login clients.");
}
