using System.Collections.Concurrent;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Microsoft.Extensions.DependencyInjection;

namespace Globus.Sdk;

/// <summary>One <see cref="ClientCredentialsAuthorizer"/> per service for the container's lifetime, so the app's token is reused.</summary>
internal sealed class ClientCredentialsAuthorizers(IServiceProvider provider, IReadOnlyDictionary<string, IReadOnlyList<string>> scopesByService)
{
    private readonly ConcurrentDictionary<string, IGlobusAuthorizer?> _authorizers = new(StringComparer.Ordinal);

    public IGlobusAuthorizer? For(string serviceName) =>
        _authorizers.GetOrAdd(serviceName, name => scopesByService.TryGetValue(name, out var scopes)
            ? new ClientCredentialsAuthorizer(provider.GetRequiredService<ConfidentialAppAuthClient>(), scopes)
            : null);
}
