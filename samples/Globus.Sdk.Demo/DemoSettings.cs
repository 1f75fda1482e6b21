namespace Globus.Sdk.Demo;

/// <summary>What the demo works on: where the services are, which app logs in, which index and endpoints it uses.</summary>
internal sealed record DemoSettings
{
    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required string IndexId { get; init; }

    public required string Query { get; init; }

    public required string SourceEndpoint { get; init; }

    public required string DestinationEndpoint { get; init; }

    /// <summary>Options for a client of a service: the fake's base URL, or null for Globus itself.</summary>
    public required Func<string, GlobusClientOptions> OptionsFor { get; init; }

    /// <summary>How long to wait between two looks at the task.</summary>
    public required TimeSpan PollingInterval { get; init; }

    /// <summary>The clock the waits run on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
