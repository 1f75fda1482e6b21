using System.Text.Json;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.WebLoginSample;

/// <summary>The signed-in user's tokens, kept in the session at login, as authorizers for the service clients.</summary>
internal static class SessionTokens
{
    private static readonly Dictionary<string, string> ResourceServers = new(StringComparer.Ordinal)
    {
        ["auth"] = "auth.globus.org",
        ["transfer"] = TransferScopes.ResourceServer,
        ["search"] = SearchScopes.ResourceServer,
    };

    /// <summary>An authorizer with the user's token for the service, or null when no one is logged in in this request.</summary>
    public static IGlobusAuthorizer? AuthorizerFor(HttpContext? context, string serviceName)
    {
        if (context?.Session.GetString(SessionKeys.Tokens) is not { } stored || !ResourceServers.TryGetValue(serviceName, out var resourceServer))
        {
            return null;
        }

        var token = JsonSerializer.Deserialize(stored, SampleJsonContext.Default.StoredTokenArray)?
            .FirstOrDefault(t => t.ResourceServer == resourceServer);
        return token is null ? null : new AccessTokenAuthorizer(token.AccessToken);
    }
}
