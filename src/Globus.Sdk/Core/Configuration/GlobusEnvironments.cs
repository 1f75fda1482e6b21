namespace Globus.Sdk;

/// <summary>
/// The Globus environments (production, preview and the internal test environments) and the base
/// URL of each service in each of them. This table is the only place base URLs are decided; a
/// service description names only its service.
/// </summary>
/// <remarks>
/// The rule: <c>auth</c> and <c>app</c> live at <c>https://{service}.{domain}/</c>; <c>actions</c>,
/// <c>flows</c> and <c>timer</c> at <c>https://{environment}.{service}.automate.globus.org/</c>
/// (production drops the environment prefix); every other service at
/// <c>https://{service}.api.{domain}/</c>. A <c>GLOBUS_SDK_SERVICE_URL_{SERVICE}</c> environment
/// variable overrides the table for that service.
/// </remarks>
public static class GlobusEnvironments
{
    /// <summary>The environment used when none is configured.</summary>
    public const string Production = "production";

    /// <summary>Globus's preview environment, where new features appear first.</summary>
    public const string Preview = "preview";

    private static readonly Dictionary<string, string> Domains = new(StringComparer.Ordinal)
    {
        [Production] = "globus.org",
        [Preview] = "preview.globus.org",
        ["sandbox"] = "sandbox.globuscs.info",
        ["integration"] = "integration.globuscs.info",
        ["test"] = "test.globuscs.info",
        ["staging"] = "staging.globuscs.info",
    };

    private static readonly Dictionary<(string Environment, string Service), string> Overrides = new()
    {
        [(Production, "nexus")] = "https://nexus.api.globusonline.org/",
        [(Production, "actions")] = "https://actions.automate.globus.org/",
        [(Preview, "nexus")] = "https://nexus.api.preview.globus.org/",
        [(Preview, "actions")] = "https://preview.actions.automate.globus.org/",
    };

    /// <summary>The names of every known environment.</summary>
    public static IReadOnlyCollection<string> Names => Domains.Keys;

    /// <summary>Whether <paramref name="environment"/> names a known environment.</summary>
    /// <param name="environment">An environment name such as <c>production</c>.</param>
    /// <returns>True for a known name (names are lower case).</returns>
    public static bool IsKnown(string environment) => Domains.ContainsKey(environment);

    /// <summary>
    /// The base URL of a service in an environment, from the table alone (environment variables are
    /// not consulted; clients apply them, see <see cref="GlobusClientOptions"/>).
    /// </summary>
    /// <param name="serviceName">The service's name, such as <c>transfer</c> or <c>auth</c>.</param>
    /// <param name="environment">The environment's name; <see cref="Production"/> when null.</param>
    /// <returns>The absolute base URL, ending with a slash.</returns>
    /// <exception cref="ArgumentException">The environment is not known, or the service name is empty.</exception>
    public static Uri GetServiceUrl(string serviceName, string? environment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        environment ??= Production;
        if (!Domains.TryGetValue(environment, out var domain))
        {
            throw new ArgumentException(DescribeUnknown(environment), nameof(environment));
        }

        if (Overrides.TryGetValue((environment, serviceName), out var url))
        {
            return new Uri(url);
        }

        return serviceName switch
        {
            "auth" or "app" => new Uri($"https://{serviceName}.{domain}/"),
            "actions" or "flows" or "timer" => environment == Production
                ? new Uri($"https://{serviceName}.automate.globus.org/")
                : new Uri($"https://{environment}.{serviceName}.automate.globus.org/"),
            _ => new Uri($"https://{serviceName}.api.{domain}/"),
        };
    }

    internal static string DescribeUnknown(string environment) =>
        $"Unknown Globus environment '{environment}'. Known environments: {string.Join(", ", Domains.Keys)}.";
}
