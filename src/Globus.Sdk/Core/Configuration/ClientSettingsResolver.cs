using System.Globalization;

namespace Globus.Sdk;

/// <summary>
/// Merges <see cref="GlobusClientOptions"/>, the <c>GLOBUS_SDK_*</c> environment variables and the
/// defaults, in that order of precedence. A bad option is an <see cref="ArgumentException"/>; a bad
/// environment variable is a <see cref="GlobusSdkUsageException"/> naming the variable.
/// </summary>
internal static class ClientSettingsResolver
{
    public const string EnvironmentVariable = "GLOBUS_SDK_ENVIRONMENT";
    public const string HttpTimeoutVariable = "GLOBUS_SDK_HTTP_TIMEOUT";
    public const string VerifySslVariable = "GLOBUS_SDK_VERIFY_SSL";
    public const string ServiceUrlVariablePrefix = "GLOBUS_SDK_SERVICE_URL_";

    public static readonly TimeSpan DefaultHttpTimeout = TimeSpan.FromSeconds(60);

    private static readonly HashSet<string> TrueWords = new(StringComparer.OrdinalIgnoreCase) { "y", "yes", "t", "true", "on", "1" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.OrdinalIgnoreCase) { "n", "no", "f", "false", "off", "0" };

    /// <summary>Resolves a client's settings.</summary>
    /// <param name="serviceName">The service's name in the environment table.</param>
    /// <param name="options">The caller's options.</param>
    /// <param name="readVariable">Reads an environment variable; the process's when null.</param>
    /// <param name="instanceBaseUrl">
    /// The base URL of one instance of a service (a Globus Connect Server endpoint), built from the
    /// client's arguments: it replaces the variable and the table, and only an explicit option replaces it.
    /// </param>
    public static ClientSettings Resolve(
        string serviceName, GlobusClientOptions options, Func<string, string?>? readVariable = null, Uri? instanceBaseUrl = null)
    {
        readVariable ??= System.Environment.GetEnvironmentVariable;
        if (options.HttpClient is not null && options.HttpMessageHandler is not null)
        {
            throw new GlobusSdkUsageException(
                $"Set either {nameof(GlobusClientOptions.HttpClient)} or {nameof(GlobusClientOptions.HttpMessageHandler)}, not both.");
        }

        var environment = ResolveEnvironment(options, readVariable);
        return new ClientSettings(
            serviceName,
            environment,
            ResolveBaseUrl(serviceName, environment, options, readVariable, instanceBaseUrl),
            ResolveAppName(options),
            ResolveHttpTimeout(options, readVariable),
            ResolveTls(options, readVariable),
            options.MaxResponseBodySize is { } maxBody
                ? maxBody > 0 ? maxBody : throw new ArgumentOutOfRangeException(
                    nameof(GlobusClientOptions.MaxResponseBodySize), maxBody, "The response body limit must be positive.")
                : GlobusClientOptions.DefaultMaxResponseBodySize,
            options.MaxConnectionsPerServer is { } maxConnections
                ? maxConnections > 0 ? maxConnections : throw new ArgumentOutOfRangeException(
                    nameof(GlobusClientOptions.MaxConnectionsPerServer), maxConnections, "The connection limit must be positive.")
                : GlobusClientOptions.DefaultMaxConnectionsPerServer,
            options.AllowCredentialsToAnyUrl);
    }

    private static string? ResolveAppName(GlobusClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AppName))
        {
            return null;
        }

        var appName = options.AppName.Trim();
        return Transport.HeaderValues.IsValidValue(appName)
            ? appName
            : throw new ArgumentException(
                "The app name goes into the User-Agent header and cannot hold a line break or another control character.",
                nameof(GlobusClientOptions.AppName));
    }

    private static string ResolveEnvironment(GlobusClientOptions options, Func<string, string?> readVariable)
    {
        if (options.Environment is { } explicitEnvironment)
        {
            if (!GlobusEnvironments.IsKnown(explicitEnvironment))
            {
                throw new ArgumentException(GlobusEnvironments.DescribeUnknown(explicitEnvironment), nameof(GlobusClientOptions.Environment));
            }

            return explicitEnvironment;
        }

        var fromVariable = readVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(fromVariable))
        {
            return GlobusEnvironments.Production;
        }

        fromVariable = fromVariable.Trim();
        return GlobusEnvironments.IsKnown(fromVariable)
            ? fromVariable
            : throw new GlobusSdkUsageException($"{EnvironmentVariable}: {GlobusEnvironments.DescribeUnknown(fromVariable)}");
    }

    private static Uri ResolveBaseUrl(
        string serviceName, string environment, GlobusClientOptions options, Func<string, string?> readVariable, Uri? instanceBaseUrl)
    {
        if (options.BaseUrl is { } explicitUrl)
        {
            return IsHttpUrl(explicitUrl)
                ? WithTrailingSlash(explicitUrl)
                : throw new ArgumentException(
                    $"The base URL must be an absolute http or https URL; got '{explicitUrl}'.", nameof(GlobusClientOptions.BaseUrl));
        }

        if (instanceBaseUrl is not null)
        {
            return WithTrailingSlash(instanceBaseUrl);
        }

        var variable = ServiceUrlVariablePrefix + serviceName.ToUpperInvariant();
        var fromVariable = readVariable(variable);
        if (!string.IsNullOrWhiteSpace(fromVariable))
        {
            return Uri.TryCreate(fromVariable.Trim(), UriKind.Absolute, out var url) && IsHttpUrl(url)
                ? WithTrailingSlash(url)
                : throw new GlobusSdkUsageException($"{variable} must be an absolute http or https URL; got '{fromVariable}'.");
        }

        return GlobusEnvironments.GetServiceUrl(serviceName, environment);
    }

    private static TimeSpan ResolveHttpTimeout(GlobusClientOptions options, Func<string, string?> readVariable)
    {
        if (options.HttpTimeout is { } explicitTimeout)
        {
            return explicitTimeout > TimeSpan.Zero || explicitTimeout == Timeout.InfiniteTimeSpan
                ? explicitTimeout
                : throw new ArgumentOutOfRangeException(
                    nameof(GlobusClientOptions.HttpTimeout), explicitTimeout, "The HTTP timeout must be positive, or Timeout.InfiniteTimeSpan for none.");
        }

        var fromVariable = readVariable(HttpTimeoutVariable);
        if (string.IsNullOrWhiteSpace(fromVariable))
        {
            return DefaultHttpTimeout;
        }

        if (double.TryParse(fromVariable.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds == -1)
            {
                return Timeout.InfiniteTimeSpan;
            }

            if (seconds > 0 && seconds <= int.MaxValue / 1000.0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        throw new GlobusSdkUsageException(
            $"{HttpTimeoutVariable} must be a positive number of seconds, or -1 for no timeout; got '{fromVariable}'.");
    }

    private static TlsConfiguration ResolveTls(GlobusClientOptions options, Func<string, string?> readVariable)
    {
        if (options.CaBundlePath is { } caBundle)
        {
            if (options.VerifySsl == false)
            {
                throw new GlobusSdkUsageException(
                    $"{nameof(GlobusClientOptions.CaBundlePath)} asks for certificates to be verified, but {nameof(GlobusClientOptions.VerifySsl)} is false.");
            }

            return File.Exists(caBundle)
                ? new TlsConfiguration(true, Path.GetFullPath(caBundle))
                : throw new ArgumentException($"The CA bundle '{caBundle}' does not exist.", nameof(GlobusClientOptions.CaBundlePath));
        }

        if (options.VerifySsl is { } verify)
        {
            return new TlsConfiguration(verify, null);
        }

        var fromVariable = readVariable(VerifySslVariable);
        if (string.IsNullOrWhiteSpace(fromVariable))
        {
            return TlsConfiguration.Default;
        }

        var word = fromVariable.Trim();
        if (TrueWords.Contains(word))
        {
            return TlsConfiguration.Default;
        }

        if (FalseWords.Contains(word))
        {
            return new TlsConfiguration(false, null);
        }

        return File.Exists(word)
            ? new TlsConfiguration(true, Path.GetFullPath(word))
            : throw new GlobusSdkUsageException(
                $"{VerifySslVariable} must be a true/false word (true, yes, on, 1, false, no, off, 0) or the path of an existing CA bundle; got '{fromVariable}'.");
    }

    private static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;
}
