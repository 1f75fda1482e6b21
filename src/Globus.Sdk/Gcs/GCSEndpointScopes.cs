using System.Collections;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The scopes of one Globus Connect Server endpoint, whose resource server is the endpoint's id (its GCS Manager's
/// client id): Python's dynamic scope collection <c>GCSEndpointScopes</c>. Enumerating it gives every scope.
/// </summary>
/// <example>
/// <code>
/// var scopes = new GCSEndpointScopes(endpointId);
/// Console.WriteLine(scopes.ManageCollections); // urn:globus:auth:scope:{endpointId}:manage_collections
/// </code>
/// </example>
public sealed class GCSEndpointScopes : IEnumerable<string>
{
    /// <summary>Creates the scopes of an endpoint.</summary>
    /// <param name="resourceServer">The endpoint's id (its GCS Manager's client id).</param>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> is null, empty or white space.</exception>
    public GCSEndpointScopes(string resourceServer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceServer);
        ResourceServer = resourceServer;
        ManageCollections = $"urn:globus:auth:scope:{resourceServer}:manage_collections";
    }

    /// <summary>The resource server of the scopes: the endpoint's id.</summary>
    public string ResourceServer { get; }

    /// <summary>Manage the endpoint's collections, storage gateways, roles and credentials: <c>urn:globus:auth:scope:{endpoint}:manage_collections</c>.</summary>
    public string ManageCollections { get; }

    /// <summary>Enumerates every scope of the endpoint.</summary>
    /// <returns>The scopes.</returns>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)[ManageCollections]).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
