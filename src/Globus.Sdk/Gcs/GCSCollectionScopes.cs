using System.Collections;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The scopes of one Globus Connect Server collection, whose resource server is the collection's id: Python's
/// dynamic scope collection <c>GCSCollectionScopes</c>. Enumerating it gives every scope.
/// </summary>
/// <example>
/// <code>
/// var scopes = new GCSCollectionScopes(collectionId);
/// Console.WriteLine(scopes.DataAccess); // https://auth.globus.org/scopes/{collectionId}/data_access
/// </code>
/// </example>
public sealed class GCSCollectionScopes : IEnumerable<string>
{
    /// <summary>Creates the scopes of a collection.</summary>
    /// <param name="resourceServer">The collection's id.</param>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> is null, empty or white space.</exception>
    public GCSCollectionScopes(string resourceServer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceServer);
        ResourceServer = resourceServer;
        DataAccess = $"https://auth.globus.org/scopes/{resourceServer}/data_access";
        Https = $"https://auth.globus.org/scopes/{resourceServer}/https";
    }

    /// <summary>The resource server of the scopes: the collection's id.</summary>
    public string ResourceServer { get; }

    /// <summary>Transfer data to and from the collection (a dependency of Transfer's scope): <c>https://auth.globus.org/scopes/{collection}/data_access</c>.</summary>
    public string DataAccess { get; }

    /// <summary>Reach the collection's files over HTTPS: <c>https://auth.globus.org/scopes/{collection}/https</c>.</summary>
    public string Https { get; }

    /// <summary>Enumerates every scope of the collection.</summary>
    /// <returns>The scopes.</returns>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)[DataAccess, Https]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
