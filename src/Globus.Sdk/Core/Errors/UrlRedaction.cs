namespace Globus.Sdk;

/// <summary>Shows a URL without the user-info part, where a password could hide.</summary>
internal static class UrlRedaction
{
    public static string WithoutUserInfo(Uri url) =>
        url.IsAbsoluteUri && url.UserInfo.Length > 0
            ? new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri
            : url.ToString();
}
