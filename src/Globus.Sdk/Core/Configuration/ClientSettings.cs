namespace Globus.Sdk;

/// <summary>
/// A client's configuration after options, environment variables and defaults have been merged.
/// Immutable, so a client that holds it is safe to share between threads.
/// </summary>
internal sealed record ClientSettings(
    string ServiceName,
    string Environment,
    Uri BaseUrl,
    string? AppName,
    TimeSpan HttpTimeout,
    TlsConfiguration Tls,
    long MaxResponseBodySize = GlobusClientOptions.DefaultMaxResponseBodySize,
    int MaxConnectionsPerServer = GlobusClientOptions.DefaultMaxConnectionsPerServer,
    bool AllowCredentialsToAnyUrl = false);
