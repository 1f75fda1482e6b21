namespace Globus.Sdk.Transfer;

/// <summary>
/// <c>update_endpoint</c> and <c>create_endpoint</c>: an endpoint activates with one identity provider,
/// MyProxy or OAuth. As in the Python SDK, a document naming both servers is refused before any request,
/// and an update naming one sends the other as null, so the service drops the old provider.
/// </summary>
public partial class TransferClient
{
    /// <summary>Update an endpoint's document.</summary>
    /// <remarks>
    /// <para>Sends a partial endpoint document: the fields it has are changed, the others keep their value.
    /// A document that sets <c>myproxy_server</c> is sent with <c>oauth_server</c> null, and one that sets
    /// <c>oauth_server</c> with <c>myproxy_server</c> null; the caller's document is not changed. Requires
    /// the <c>administrator</c> role.</para>
    /// <para><c>PUT /v0.10/endpoint/{endpoint_id}</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await transferClient.UpdateEndpointAsync(endpointId,
    ///     new Endpoint { DisplayName = "My New Endpoint Name", Description = "Better Description" });
    /// </code>
    /// </example>
    /// <param name="endpointId">The id of the endpoint (collection).</param>
    /// <param name="data">The partial endpoint document: the properties set are sent (one set to null as <c>null</c>); from JSON, <see cref="Endpoint.FromJson(string)"/>.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the result document.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> is null, empty or white space, or <paramref name="data"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="data"/> sets both <c>myproxy_server</c> and <c>oauth_server</c>.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/endpoint/#update_endpoint_by_id">Update Endpoint by ID</seealso>
    public virtual Task<GlobusResponse<EndpointResult>> UpdateEndpointAsync(
        string endpointId,
        Endpoint data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        ArgumentNullException.ThrowIfNull(data);
        RefuseBothIdentityProviders(data, "an endpoint cannot be reconfigured to use multiple identity providers for activation; specify either MyProxy or OAuth, not both");
        // A copy, set to null explicitly, so the service drops the other provider and the caller's document stays as it was.
        var sent = IsSet(data.MyProxyServer) ? data with { OAuthServer = null }
            : IsSet(data.OAuthServer) ? data with { MyProxyServer = null }
            : data;
        return UpdateEndpointCoreAsync(endpointId, sent, queryParams, cancellationToken);
    }

    /// <summary>Create a GCSv4 endpoint (retired; Globus Connect Server v5 creates its own endpoints).</summary>
    /// <remarks>
    /// <para>Creates an endpoint from an endpoint document with its servers in <c>DATA</c>; a document that
    /// sets both <c>myproxy_server</c> and <c>oauth_server</c> is refused before any request. The service no
    /// longer creates GCSv4 endpoints and the Python SDK removed the method in 4.0; it stays for v3.0 code.</para>
    /// <para><c>POST /v0.10/endpoint</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// #pragma warning disable GLOBUS120
    /// var created = await transferClient.CreateEndpointAsync(new Endpoint
    /// {
    ///     DataType = "endpoint", DisplayName = "My Endpoint",
    ///     Data = [new EndpointServer { DataType = "server", Hostname = "gridftp.example.edu" }],
    /// });
    /// var endpointId = created.Value.Id;
    /// </code>
    /// </example>
    /// <param name="data">The endpoint document; from JSON, <see cref="Endpoint.FromJson(string)"/>.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> has the new endpoint's id.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="data"/> sets both <c>myproxy_server</c> and <c>oauth_server</c>.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/endpoint/#create_endpoint">Create endpoint</seealso>
    [Obsolete("Create a GCSv4 endpoint (retired; Globus Connect Server v5 creates its own endpoints).", DiagnosticId = "GLOBUS120")]
    public virtual Task<GlobusResponse<EndpointCreateResult>> CreateEndpointAsync(
        Endpoint data,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        RefuseBothIdentityProviders(data, "an endpoint cannot be created using multiple identity providers for activation; specify either MyProxy or OAuth, not both");
        return CreateEndpointCoreAsync(data, cancellationToken);
    }

    private static void RefuseBothIdentityProviders(Endpoint data, string bothMessage)
    {
        if (IsSet(data.MyProxyServer) && IsSet(data.OAuthServer))
        {
            throw new GlobusSdkUsageException(bothMessage);
        }
    }

    // Python tests the values for truth: null and "" do not name a server.
    private static bool IsSet(string? server) => !string.IsNullOrEmpty(server);
}
