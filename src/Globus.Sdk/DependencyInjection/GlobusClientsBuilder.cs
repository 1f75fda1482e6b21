using Globus.Sdk.Authorizers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Globus.Sdk;

/// <summary>
/// Registers Globus clients in a service collection; returned by <c>services.AddGlobusClients(...)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Each client is transient and sends through the named <see cref="HttpClient"/> <see cref="HttpClientName"/>
/// of <see cref="System.Net.Http.IHttpClientFactory"/>, so handlers you add to that name apply. Its options
/// are the named <see cref="GlobusClientOptions"/> of the service (<c>services.Configure&lt;GlobusClientOptions&gt;("transfer", ...)</c>),
/// filled from configuration; its logger comes from the container's <see cref="ILoggerFactory"/> and its clock
/// from the container's <see cref="TimeProvider"/>, when they are registered and the options set none.
/// </para>
/// <para>
/// The SDK retries by itself (<see cref="Transport.RetryPolicy"/>). Do not add a resilience handler
/// (<c>AddStandardResilienceHandler</c>) to these named clients as well: the two would multiply each
/// other's attempts. To change retries, set <see cref="GlobusClientOptions.RetryPolicy"/>; if you must use
/// a resilience handler, give the SDK <c>new RetryPolicy(maxRetries: 0)</c>.
/// </para>
/// </remarks>
public sealed class GlobusClientsBuilder
{
    // Services whose named HTTP client and options are set up: a service with several client classes
    // (Compute's V2 and V3) registers each of them, and they share the service's client, options and authorizer.
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);
    private Func<IServiceProvider, string, IGlobusAuthorizer?> _authorizers = (_, _) => null;

    internal GlobusClientsBuilder(IServiceCollection services, IConfiguration? configuration)
    {
        Services = services;
        Configuration = configuration;
    }

    /// <summary>The service collection clients are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The configuration section options are read from, or null.</summary>
    public IConfiguration? Configuration { get; }

    /// <summary>The name of the <see cref="HttpClient"/> a service's clients send through: <c>Globus.Sdk.{service}</c>.</summary>
    /// <param name="serviceName">The service's name, such as <c>transfer</c>.</param>
    /// <returns>The name to pass to <c>services.AddHttpClient(...)</c> to add handlers of your own.</returns>
    public static string HttpClientName(string serviceName) => "Globus.Sdk." + serviceName;

    /// <summary>
    /// Registers a client type: a transient <typeparamref name="TClient"/> made by <paramref name="create"/> with
    /// the service's authorizer and options. A service added to the SDK plugs in with one such line; a service with
    /// several client classes has one line per class, and they share its HTTP client, options and authorizer.
    /// </summary>
    /// <typeparam name="TClient">The client type.</typeparam>
    /// <param name="serviceName">The service's name, which names its options, its HTTP client and its configuration.</param>
    /// <param name="create">Makes the client, typically <c>(authorizer, options) =&gt; new TransferClient(authorizer, options)</c>.</param>
    /// <returns>This builder.</returns>
    public GlobusClientsBuilder AddClient<TClient>(string serviceName, Func<IGlobusAuthorizer?, GlobusClientOptions, TClient> create)
        where TClient : BaseClient
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentNullException.ThrowIfNull(create);
        if (_services.Add(serviceName))
        {
            Services.AddHttpClient(HttpClientName(serviceName));
            if (Configuration is { } configuration)
            {
                Services.AddOptions<GlobusClientOptions>(serviceName).Configure(options => GlobusConfiguration.Apply(configuration, serviceName, options));
            }
        }

        Services.AddTransient(provider => create(_authorizers(provider, serviceName), CreateOptions(provider, serviceName)));
        return this;
    }

    /// <summary>
    /// Sets where clients get their authorizer: called each time a client is made, with the service's name.
    /// Resolve scoped services from the provider for a per-request token in a web app.
    /// </summary>
    /// <param name="factory">Returns the authorizer for a service, or null for none.</param>
    /// <returns>This builder.</returns>
    public GlobusClientsBuilder UseAuthorizer(Func<IServiceProvider, string, IGlobusAuthorizer?> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _authorizers = factory;
        return this;
    }

    /// <summary>
    /// Gives each service's clients one shared <see cref="ClientCredentialsAuthorizer"/> for the service's
    /// scopes, renewing the app's own token with the registered <see cref="Auth.ConfidentialAppAuthClient"/>
    /// (configured by <c>ClientId</c> and <c>ClientSecret</c>).
    /// </summary>
    /// <param name="scopesByService">The scopes to ask for, by service name (<c>["transfer"] = [TransferScopes.All]</c>).</param>
    /// <returns>This builder.</returns>
    public GlobusClientsBuilder UseClientCredentials(IReadOnlyDictionary<string, IReadOnlyList<string>> scopesByService)
    {
        ArgumentNullException.ThrowIfNull(scopesByService);
        Services.AddSingleton(provider => new ClientCredentialsAuthorizers(provider, scopesByService));
        return UseAuthorizer((provider, service) => provider.GetRequiredService<ClientCredentialsAuthorizers>().For(service));
    }

    /// <summary>Makes the options of one client: the configured ones, with the factory's HTTP client, the container's logger and clock.</summary>
    internal static GlobusClientOptions CreateOptions(IServiceProvider provider, string serviceName)
    {
        var configured = provider.GetService<IOptionsMonitor<GlobusClientOptions>>()?.Get(serviceName) ?? new GlobusClientOptions();
        var options = configured.Copy();
        options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger("Globus.Sdk." + serviceName);
        options.TimeProvider ??= provider.GetService<TimeProvider>();
        if (configured.HttpMessageHandler is null && configured.HttpClient is null && configured.VerifySsl is null && configured.CaBundlePath is null)
        {
            // A transport chosen in the options stands; the factory's client is for everything else.
            options.HttpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName(serviceName));
        }

        return options;
    }
}
