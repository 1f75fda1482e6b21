namespace Globus.Sdk.Tests.Package;

/// <summary>
/// What Globus.Sdk brings into an app besides the .NET libraries. The retry strategy is Polly's core
/// over the SDK's own response type, so no HTTP resilience, dependency-injection, options or telemetry
/// packages come with it; a new dependency is a decision to make here, in review.
/// </summary>
public class DependencyTests
{
    [Test]
    public void Globus_Sdk_references_only_its_chosen_libraries()
    {
        var references = typeof(BaseClient).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            // The framework's own assemblies (Microsoft.Win32.Primitives holds Win32Exception) are no dependency.
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not "netstandard" and not "mscorlib" and not "Microsoft.Win32.Primitives");

        Assert.That(references, Is.EquivalentTo(new[]
        {
            // AddGlobusClients: the HTTP client factory, configuration and options abstractions.
            "Microsoft.Extensions.Configuration.Abstractions",
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Http",
            "Microsoft.Extensions.Options",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.IdentityModel.JsonWebTokens",
            "Microsoft.IdentityModel.Tokens",
            "Polly.Core",
        }));
    }

    [Test]
    public void The_retry_strategy_runs_over_the_sdk_response_not_a_stand_in_http_response()
    {
        var standIns = typeof(BaseClient).Assembly.GetTypes().Where(t => typeof(HttpResponseMessage).IsAssignableFrom(t));

        Assert.That(standIns, Is.Empty);
    }
}
