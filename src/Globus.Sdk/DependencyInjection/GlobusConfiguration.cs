using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Globus.Sdk;

/// <summary>
/// Reads client options from a configuration section by key, without the reflection-based binder, so
/// the SDK stays trim- and AOT-safe: <c>Environment</c>, <c>AppName</c>, <c>HttpTimeout</c> (seconds or
/// <c>hh:mm:ss</c>), <c>VerifySsl</c>, <c>CaBundlePath</c>, and <c>Services:{service}:BaseUrl</c>.
/// </summary>
internal static class GlobusConfiguration
{
    public static void Apply(IConfiguration section, string? serviceName, GlobusClientOptions options)
    {
        options.Environment = Text(section, "Environment") ?? options.Environment;
        options.AppName = Text(section, "AppName") ?? options.AppName;
        options.CaBundlePath = Text(section, "CaBundlePath") ?? options.CaBundlePath;
        if (Text(section, "HttpTimeout") is { } timeout)
        {
            options.HttpTimeout = ParseTimeout(section, timeout);
        }

        if (Text(section, "VerifySsl") is { } verify)
        {
            options.VerifySsl = bool.TryParse(verify, out var value)
                ? value
                : throw new GlobusSdkUsageException($"{Key(section, "VerifySsl")} must be true or false; got '{verify}'.");
        }

        if (serviceName is not null && Text(section, $"Services:{serviceName}:BaseUrl") is { } baseUrl)
        {
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var url)
                ? url
                : throw new GlobusSdkUsageException($"{Key(section, $"Services:{serviceName}:BaseUrl")} must be an absolute URL; got '{baseUrl}'.");
        }
    }

    public static string? Text(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value.Trim() : null;

    private static TimeSpan ParseTimeout(IConfiguration section, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds == -1 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)
            ? span
            : throw new GlobusSdkUsageException($"{Key(section, "HttpTimeout")} must be seconds or hh:mm:ss; got '{text}'.");
    }

    private static string Key(IConfiguration section, string key) => section is IConfigurationSection s ? $"{s.Path}:{key}" : key;
}
