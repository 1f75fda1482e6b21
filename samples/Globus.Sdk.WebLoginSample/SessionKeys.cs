namespace Globus.Sdk.WebLoginSample;

/// <summary>The names of what the app keeps in the user's session.</summary>
internal static class SessionKeys
{
    public const string State = "globus.login.state";
    public const string Tokens = "globus.tokens";
    public const string Username = "globus.username";
}
