using System.Text.Json.Nodes;
using Globus.Sdk.Search;
using Globus.Sdk.Testing;

namespace Globus.Sdk.Demo;

/// <summary>The demo's command line: the fake Globus by default, Globus itself with <c>--real</c>.</summary>
internal static class DemoCommand
{
    private const string Usage = """
        Usage: dotnet run --project samples/Globus.Sdk.Demo [-- --real OPTIONS]

        Without --real the demo starts a fake Globus on this machine (no account, no network).
        With --real it runs against Globus with an app of yours: register a confidential app at
        https://app.globus.org/settings/developers ("Register a service account or application
        credential"), give it access to the index and the endpoints, then pass:

          --client-id ID          or GLOBUS_CLIENT_ID
          --client-secret SECRET  or GLOBUS_CLIENT_SECRET
          --index INDEX_ID        a Search index the app may query
          --query TEXT            what to look for (default: ocean)
          --source ENDPOINT_ID    --destination ENDPOINT_ID   collections the app may use
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var options = ParseOptions(args);
        if (options.ContainsKey("help"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (!options.ContainsKey("real"))
        {
            using var fake = new GlobusFake();
            var settings = await StartFakeGlobusAsync(fake, output, TimeSpan.FromMilliseconds(300), cancellationToken);
            var outcome = await new DemoFlow(settings, output, interactive).RunAsync(cancellationToken);
            PrintRequests(fake, output);
            return outcome.FinalStatus == "SUCCEEDED" ? 0 : 1;
        }

        string? Option(string name, string? variable = null, string? fallback = null) =>
            options.GetValueOrDefault(name) ?? (variable is null ? null : Environment.GetEnvironmentVariable(variable)) ?? fallback;
        string?[] required = [Option("client-id", "GLOBUS_CLIENT_ID"), Option("client-secret", "GLOBUS_CLIENT_SECRET"), Option("index"), Option("source"), Option("destination")];
        if (required.Any(string.IsNullOrWhiteSpace))
        {
            output.WriteLine("--real needs a client id and secret, an index and two endpoints.");
            output.WriteLine(Usage);
            return 2;
        }

        var real = new DemoSettings
        {
            ClientId = required[0]!,
            ClientSecret = required[1]!,
            IndexId = required[2]!,
            Query = Option("query", fallback: "ocean")!,
            SourceEndpoint = required[3]!,
            DestinationEndpoint = required[4]!,
            OptionsFor = _ => new GlobusClientOptions { AppName = "globus-sdk-demo" },
            PollingInterval = TimeSpan.FromSeconds(10),
        };
        var result = await new DemoFlow(real, output, interactive).RunAsync(cancellationToken);
        return result.FinalStatus is null or "SUCCEEDED" ? 0 : 1;
    }

    /// <summary>Starts the fake's stateful services and puts a few datasets in its index.</summary>
    internal static async Task<DemoSettings> StartFakeGlobusAsync(GlobusFake fake, TextWriter output, TimeSpan pollingInterval, CancellationToken cancellationToken)
    {
        fake.IssueExpiringTokens(TimeSpan.FromMinutes(10));
        fake.SimulateTransferTasks(pollsUntilSucceeded: 4);
        var index = fake.SimulateSearchIndex();
        var settings = new DemoSettings
        {
            ClientId = "demo-app",
            ClientSecret = "demo-secret",
            IndexId = index.IndexId,
            Query = "ocean",
            SourceEndpoint = "ddb59aef-6d04-11e5-ba46-22000b92c6ec",
            DestinationEndpoint = "ddb59af0-6d04-11e5-ba46-22000b92c6ec",
            OptionsFor = service => new GlobusClientOptions { BaseUrl = fake.Service(service).BaseUrl, AppName = "globus-sdk-demo", TimeProvider = fake.TimeProvider },
            PollingInterval = pollingInterval,
            TimeProvider = fake.TimeProvider,
        };

        // The fake index starts empty: put the demo's datasets in it, as a data portal would.
        var token = await new Auth.ConfidentialAppAuthClient("portal", "portal-secret", settings.OptionsFor("auth"))
            .OAuth2ClientCredentialsTokensAsync([SearchScopes.All], cancellationToken);
        var portal = new SearchClient(new Authorizers.AccessTokenAuthorizer(token.ByResourceServer[SearchScopes.ResourceServer].AccessToken), settings.OptionsFor("search"));
        await portal.IngestAsync(index.IndexId, GIngest.FromJson("""
            {"ingest_type": "GMetaList", "ingest_data": {"gmeta": [
              {"subject": "datasets/ocean-temperature-2023", "visible_to": ["public"], "content": {"title": "Ocean temperature, 2023"}},
              {"subject": "datasets/ocean-salinity-2023", "visible_to": ["public"], "content": {"title": "Ocean salinity, 2023"}},
              {"subject": "datasets/ocean-currents-2024", "visible_to": ["public"], "content": {"title": "Ocean currents, 2024"}},
              {"subject": "datasets/glacier-mass-2024", "visible_to": ["public"], "content": {"title": "Glacier mass balance, 2024"}}]}}
            """)!, cancellationToken);
        output.WriteLine($"Started a fake Globus at {fake.Url} (no account, no network); its Search index {index.IndexId} has {index.Subjects.Count} datasets.");
        return settings;
    }

    private static void PrintRequests(GlobusFake fake, TextWriter output)
    {
        output.WriteLine($"What was sent ({fake.Requests.Count} requests):");
        foreach (var group in fake.Requests.GroupBy(r => (r.Service, Name: r.MethodName ?? r.Method + " " + r.Path)))
        {
            output.WriteLine($"  {group.Key.Service,-9} {group.Key.Name} x{group.Count()}");
        }
    }

    private static Dictionary<string, string?> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : null;
        }

        return options;
    }
}
