using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Auth;

public partial class AuthClient
{
    /// <summary>Get one client, by id or by fully qualified domain name.</summary>
    /// <remarks>
    /// <para>
    /// Give exactly one of <paramref name="clientId"/> (<c>GET /v2/api/clients/{client_id}</c>) and
    /// <paramref name="fqdn"/> (<c>GET /v2/api/clients?fqdn=...</c>); both or neither are refused before
    /// any request, as the Python SDK refuses them.
    /// </para>
    /// <code>
    /// var client = (await authClient.GetClientAsync(clientId: clientId)).Value.Client;
    /// var byName = (await authClient.GetClientAsync(fqdn: "portal.ocean.example.org")).Value.Client;
    /// </code>
    /// </remarks>
    /// <param name="clientId">The client's id.</param>
    /// <param name="fqdn">A fully qualified domain name of the client.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the client.</returns>
    /// <exception cref="GlobusSdkUsageException">Both or neither of <paramref name="clientId"/> and <paramref name="fqdn"/> were given.</exception>
    /// <exception cref="ArgumentException">The one given is empty or white space.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#get_clients">Get clients</seealso>
    public virtual async Task<GlobusResponse<AuthClientResponse>> GetClientAsync(
        string? clientId = null,
        string? fqdn = null,
        CancellationToken cancellationToken = default)
    {
        if ((clientId is null) == (fqdn is null))
        {
            throw new GlobusSdkUsageException("GetClientAsync takes exactly one of 'clientId' and 'fqdn'.");
        }

        if (clientId is not null)
        {
            return await GetClientCoreAsync(clientId, cancellationToken).ConfigureAwait(false);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(fqdn);

        // The lookup by name is the list path with a filter, which the spec's one GET per path cannot
        // describe next to get_clients; its answer is the single client, like the lookup by id.
        var url = RequestUrlBuilder.BuildFromEscapedPath(BaseUrl, "v2/api/clients", [new("fqdn", fqdn)]);
        var response = await SendToUrlAsync(HttpMethod.Get, url, data: null, headers: null, encoding: null, cancellationToken, operationName: "get_client")
            .ConfigureAwait(false);
        return GlobusResponse<AuthClientResponse>.FromResponse(response, AuthJsonContext.Default.AuthClientResponse);
    }

    /// <summary>Create a client in a project.</summary>
    /// <remarks>
    /// <para>
    /// <c>POST /v2/api/clients</c>, with the body <c>{"client": {...}}</c>; arguments left null are not
    /// sent. Give exactly one of <paramref name="publicClient"/> and <paramref name="clientType"/>, and
    /// either both or neither of <paramref name="termsAndConditions"/> and <paramref name="privacyPolicy"/>
    /// (sent together as <c>links</c>); anything else is refused before any request, as the Python SDK
    /// refuses it.
    /// </para>
    /// <code>
    /// var created = await authClient.CreateClientAsync("Ocean Portal", projectId,
    ///     clientType: "hybrid_confidential_client_or_resource_server",
    ///     redirectUris: ["https://portal.ocean.example.org/callback"]);
    /// Console.WriteLine(created.Value.Client?.Id);
    /// </code>
    /// </remarks>
    /// <param name="name">The client's name.</param>
    /// <param name="project">The id of the project the client belongs to.</param>
    /// <param name="publicClient">Whether the client is public (a native app).</param>
    /// <param name="clientType">The kind of client to create (for example <c>confidential_client</c>).</param>
    /// <param name="visibility"><c>public</c> or <c>private</c>. Not sent when null.</param>
    /// <param name="redirectUris">The allowed redirect URIs. Not sent when null.</param>
    /// <param name="termsAndConditions">The URL of the client's terms and conditions.</param>
    /// <param name="privacyPolicy">The URL of the client's privacy policy.</param>
    /// <param name="requiredIdp">The identity provider users must log in with. Not sent when null.</param>
    /// <param name="preselectIdp">The identity provider preselected on the login page. Not sent when null.</param>
    /// <param name="additionalFields">More fields of the client document; they are written last, and one named like an argument replaces it.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the new client.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="project"/> is null, empty or white space.</exception>
    /// <exception cref="GlobusSdkUsageException">Both or neither of <paramref name="publicClient"/> and <paramref name="clientType"/> were given, or only one of <paramref name="termsAndConditions"/> and <paramref name="privacyPolicy"/>.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#create_client">Create client</seealso>
    public virtual Task<GlobusResponse<AuthClientResponse>> CreateClientAsync(
        string name,
        string project,
        bool? publicClient = null,
        string? clientType = null,
        string? visibility = null,
        IEnumerable<string>? redirectUris = null,
        string? termsAndConditions = null,
        string? privacyPolicy = null,
        string? requiredIdp = null,
        string? preselectIdp = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null,
        CancellationToken cancellationToken = default)
    {
        // The same rule as CreateChildClientAsync's: a client needs a name, and a project id.
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        CheckClientKind(nameof(CreateClientAsync), publicClient, clientType);
        var links = Links(nameof(CreateClientAsync), termsAndConditions, privacyPolicy);
        return CreateClientCoreAsync(name, project, publicClient, clientType, visibility, redirectUris, links, requiredIdp, preselectIdp,
            additionalFields, cancellationToken);
    }

    /// <summary>Update a client.</summary>
    /// <remarks>
    /// <para>
    /// <c>PUT /v2/api/clients/{client_id}</c> (the Python SDK's code; its docstring says POST), with the
    /// body <c>{"client": {...}}</c>; only the arguments given are sent. Give either both or neither of
    /// <paramref name="termsAndConditions"/> and <paramref name="privacyPolicy"/> (sent together as
    /// <c>links</c>); one alone is refused before any request. A null argument is not sent; to clear a
    /// field (send it as <c>null</c>), pass a <see cref="ClientUpdate"/> with that property set to null.
    /// </para>
    /// <code>
    /// await authClient.UpdateClientAsync(clientId, visibility: "public");
    /// </code>
    /// </remarks>
    /// <param name="clientId">The client's id.</param>
    /// <param name="name">The client's name. Not sent when null.</param>
    /// <param name="visibility"><c>public</c> or <c>private</c>. Not sent when null.</param>
    /// <param name="redirectUris">The allowed redirect URIs. Not sent when null.</param>
    /// <param name="termsAndConditions">The URL of the client's terms and conditions.</param>
    /// <param name="privacyPolicy">The URL of the client's privacy policy.</param>
    /// <param name="requiredIdp">The identity provider users must log in with. Not sent when null.</param>
    /// <param name="preselectIdp">The identity provider preselected on the login page. Not sent when null.</param>
    /// <param name="additionalFields">More fields of the client document; they are written last, and one named like an argument replaces it.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the updated client.</returns>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space.</exception>
    /// <exception cref="GlobusSdkUsageException">Only one of <paramref name="termsAndConditions"/> and <paramref name="privacyPolicy"/> was given.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#update_client">Update client</seealso>
    public virtual Task<GlobusResponse<AuthClientResponse>> UpdateClientAsync(
        string clientId,
        string? name = null,
        string? visibility = null,
        IEnumerable<string>? redirectUris = null,
        string? termsAndConditions = null,
        string? privacyPolicy = null,
        string? requiredIdp = null,
        string? preselectIdp = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        var links = Links(nameof(UpdateClientAsync), termsAndConditions, privacyPolicy);
        return UpdateClientCoreAsync(clientId, name, visibility, redirectUris, links, requiredIdp, preselectIdp, additionalFields, cancellationToken);
    }

    /// <summary>Update a client with a request document, which can clear a field.</summary>
    /// <remarks>
    /// <para>
    /// <c>PUT /v2/api/clients/{client_id}</c> with <c>{"client": data}</c>: the properties set are sent, one
    /// set to null as <c>null</c> (Python's <c>update_client(client_id, required_idp=None)</c>), the others
    /// not. The form with one argument per field leaves a null argument out, so it cannot clear a field.
    /// </para>
    /// <code>
    /// await authClient.UpdateClientAsync(clientId, new ClientUpdate { RequiredIdp = null });
    /// </code>
    /// </remarks>
    /// <param name="clientId">The client's id.</param>
    /// <param name="data">The client fields to change; from JSON, <see cref="ClientUpdate.FromJson(string)"/>.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the updated client.</returns>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space, or <paramref name="data"/> is null.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#update_client">Update client</seealso>
    public virtual Task<GlobusResponse<AuthClientResponse>> UpdateClientAsync(
        string clientId,
        ClientUpdate data,
        CancellationToken cancellationToken = default) =>
        UpdateClientCoreAsync(clientId, data, cancellationToken);

    // Shared with ConfidentialAppAuthClient.CreateChildClientAsync, which builds the same client document.
    internal static void CheckClientKind(string method, bool? publicClient, string? clientType)
    {
        if ((publicClient is null) == (clientType is null))
        {
            throw new GlobusSdkUsageException($"{method} takes exactly one of 'publicClient' and 'clientType'.");
        }
    }

    // The service takes the two policy URLs as one `links` object, and only as a pair.
    internal static JsonElement? Links(string method, string? termsAndConditions, string? privacyPolicy)
    {
        if ((termsAndConditions is null) != (privacyPolicy is null))
        {
            throw new GlobusSdkUsageException($"{method} takes 'termsAndConditions' and 'privacyPolicy' together: give both or neither.");
        }

        if (termsAndConditions is null)
        {
            return null;
        }

        var links = new JsonObject { ["terms_and_conditions"] = termsAndConditions, ["privacy_policy"] = privacyPolicy };
        using var document = JsonDocument.Parse(links.ToJsonString());
        return document.RootElement.Clone();
    }
}
