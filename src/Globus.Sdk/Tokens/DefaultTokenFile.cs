using System.Text;

namespace Globus.Sdk.Tokens;

/// <summary>
/// Where an app keeps its user's tokens by default, as the Python SDK's apps do:
/// <c>~/.globus/app/&lt;client id&gt;/&lt;app name&gt;/tokens.json</c> on Unix and macOS, and
/// <c>%LOCALAPPDATA%\globus\app\&lt;client id&gt;\&lt;app name&gt;\tokens.json</c> on Windows. Outside
/// the production environment the file is <c>&lt;environment&gt;-tokens.json</c>, so test logins never
/// overwrite real ones.
/// </summary>
public static class DefaultTokenFile
{
    /// <summary>The default token file of an app for the current user.</summary>
    /// <param name="clientId">The app's client id.</param>
    /// <param name="appName">The app's name; it is turned into a folder name (lower case, runs of other characters as <c>-</c>).</param>
    /// <param name="environment">The Globus environment; null or <c>production</c> for the production one.</param>
    /// <returns>The full path of the token file (which may not exist yet).</returns>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> or <paramref name="appName"/> is null or empty.</exception>
    public static string GetPath(string clientId, string appName, string? environment = null) =>
        GetPath(clientId, appName, environment, OperatingSystem.IsWindows(), Environment.GetEnvironmentVariable,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The rule itself, with the platform, environment variables and home folder given, so tests cover both platforms on either.</summary>
    internal static string GetPath(
        string clientId, string appName, string? environment, bool isWindows, Func<string, string?> getVariable, string home)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(appName);
        string root;
        char separator;
        if (isWindows)
        {
            separator = '\\';
            var localAppData = getVariable("LOCALAPPDATA");
            root = string.IsNullOrEmpty(localAppData) ? home.TrimEnd('\\') + "\\AppData\\Local" : localAppData.TrimEnd('\\');
            root += "\\globus";
        }
        else
        {
            separator = '/';
            root = home.TrimEnd('/') + "/.globus";
        }

        var file = string.IsNullOrEmpty(environment) || environment == "production" ? "tokens.json" : $"{environment}-tokens.json";
        return string.Join(separator, root, "app", Slug(clientId), Slug(appName), file);
    }

    /// <summary>
    /// A folder name from free text: lower case, letters, digits, <c>-</c>, <c>_</c> and <c>.</c> kept, any
    /// other run of characters one <c>-</c>. Separators and <c>..</c> can therefore never escape the folder.
    /// </summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && slug.Length > 0 && slug[^1] != '.'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-', '.');
        return result.Length == 0 ? "app" : result;
    }
}
