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
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not "netstandard" and not "mscorlib");

        Assert.That(references, Is.EquivalentTo(new[]
        {
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
