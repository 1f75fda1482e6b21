using System.Text.Json.Nodes;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

/// <summary>
/// <c>update_endpoint</c> and <c>create_endpoint</c>: an endpoint activates with one identity provider,
/// MyProxy or OAuth. As in the Python SDK, a document naming both servers is refused before any request,
/// and an update naming one sends the other as null, so the service drops the old provider.
/// </summary>
public partial class TransferClient
{
    private const string MyProxyServer = "myproxy_server";
    private const string OAuthServer = "oauth_server";

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
    /// <param name="data">The partial endpoint document: an <see cref="Endpoint"/>, a dictionary or a JSON object.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the result document.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> is null, empty or white space, or <paramref name="data"/> is null or cannot be written as JSON.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="data"/> sets both <c>myproxy_server</c> and <c>oauth_server</c>.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/endpoint/#update_endpoint_by_id">Update Endpoint by ID</seealso>
    public virtual Task<GlobusResponse<EndpointResult>> UpdateEndpointAsync(
        string endpointId,
        object data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        ArgumentNullException.ThrowIfNull(data);
        var document = OneIdentityProvider(data, "an endpoint cannot be reconfigured to use multiple identity providers for activation; specify either MyProxy or OAuth, not both");
        if (document is not null)
        {
            if (IsSet(document, MyProxyServer))
            {
                document[OAuthServer] = null;
                data = document;
            }
            else if (IsSet(document, OAuthServer))
            {
                document[MyProxyServer] = null;
                data = document;
            }
        }

        return UpdateEndpointCoreAsync(endpointId, data, queryParams, cancellationToken);
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
    /// <param name="data">The endpoint document: an <see cref="Endpoint"/>, a dictionary or a JSON object.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> has the new endpoint's id.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is null or cannot be written as JSON.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="data"/> sets both <c>myproxy_server</c> and <c>oauth_server</c>.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/endpoint/#create_endpoint">Create endpoint</seealso>
    [Obsolete("Create a GCSv4 endpoint (retired; Globus Connect Server v5 creates its own endpoints).", DiagnosticId = "GLOBUS120")]
    public virtual Task<GlobusResponse<EndpointCreateResult>> CreateEndpointAsync(
        object data,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        OneIdentityProvider(data, "an endpoint cannot be created using multiple identity providers for activation; specify either MyProxy or OAuth, not both");
        return CreateEndpointCoreAsync(data, cancellationToken);
    }

    /// <summary>
    /// A copy of the document as a JSON object, after refusing one that names both identity providers;
    /// null when the document is not an object (the service judges it).
    /// </summary>
    private static JsonObject? OneIdentityProvider(object data, string bothMessage)
    {
        if (JsonNode.Parse(JsonBodyWriter.Write(data, nameof(data))) is not JsonObject document)
        {
            return null;
        }

        if (IsSet(document, MyProxyServer) && IsSet(document, OAuthServer))
        {
            throw new GlobusSdkUsageException(bothMessage);
        }

        return document;
    }

    // Python tests the values for truth: a missing key, null, false, 0 and "" do not name a server.
    private static bool IsSet(JsonObject document, string key) => document[key] switch
    {
        null => false,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<double>(out var number) => number != 0,
        JsonObject inner => inner.Count > 0,
        JsonArray list => list.Count > 0,
        _ => true,
    };
}
