using System.Reflection;

namespace Globus.Sdk.Transport;

/// <summary>The SDK's version and the agent headers derived from it.</summary>
internal static class SdkInfo
{
    public static readonly string Version = ReadVersion();

    public static readonly string ClientInfo = $"product=dotnet-sdk,version={Version}";

    public static string UserAgent(string? appName) =>
        appName is null ? $"globus-sdk-dotnet/{Version}" : $"globus-sdk-dotnet/{Version}/{appName}";

    private static string ReadVersion()
    {
        var informational = typeof(SdkInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(SdkInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        // SourceLink appends "+<commit>"; the agent headers carry the release version only.
        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational[..plus];
    }
}
