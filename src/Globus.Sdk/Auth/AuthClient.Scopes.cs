namespace Globus.Sdk.Auth;

public partial class AuthClient
{
    /// <summary>List scopes, by scope string or by id.</summary>
    /// <remarks>
    /// <para>
    /// <c>GET /v2/api/scopes</c>. Give at most one of <paramref name="scopeStrings"/> and
    /// <paramref name="ids"/> (each sent comma-joined); both together are refused before any request,
    /// as the Python SDK refuses them. With neither, the scopes of the caller's clients are listed.
    /// </para>
    /// <code>
    /// var scopes = await authClient.GetScopesAsync(scopeStrings: [TransferScopes.All]);
    /// foreach (var scope in scopes.Value)
    ///     Console.WriteLine($"{scope.ScopeString}: {scope.Id}");
    /// </code>
    /// </remarks>
    /// <param name="scopeStrings">The scope strings to look up, sent comma-joined. Not sent when null.</param>
    /// <param name="ids">The scope ids to look up, sent comma-joined. Not sent when null.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> enumerates the scopes.</returns>
    /// <exception cref="GlobusSdkUsageException">Both <paramref name="scopeStrings"/> and <paramref name="ids"/> were given.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#get_scopes">Get scopes</seealso>
    public virtual Task<GlobusResponse<GetScopesResponse>> GetScopesAsync(
        IEnumerable<string>? scopeStrings = null,
        IEnumerable<string>? ids = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        if (scopeStrings is not null && ids is not null)
        {
            throw new GlobusSdkUsageException(
                "GetScopesAsync takes 'scopeStrings' or 'ids', not both: they are mutually exclusive.");
        }

        return GetScopesCoreAsync(scopeStrings, ids, queryParams, cancellationToken);
    }

    /// <summary>Create a scope of a client.</summary>
    /// <remarks>
    /// <para>
    /// <c>POST /v2/api/clients/{client_id}/scopes</c>, with the body <c>{"scope": {...}}</c>; arguments
    /// left null are not sent.
    /// </para>
    /// <code>
    /// var scope = await authClient.CreateScopeAsync(clientId, "Ocean data", "Read ocean data", "data",
    ///     dependentScopes: [new DependentScopeSpec { Scope = transferAllScopeId, Optional = false, RequiresRefreshToken = true }]);
    /// </code>
    /// </remarks>
    /// <param name="clientId">The id of the client the scope belongs to.</param>
    /// <param name="name">The scope's name, shown on consent pages.</param>
    /// <param name="description">The scope's description.</param>
    /// <param name="scopeSuffix">The end of the scope string (<c>https://auth.globus.org/scopes/{client_id}/{scope_suffix}</c>).</param>
    /// <param name="requiredDomains">The domains a user must have an identity in. Not sent when null.</param>
    /// <param name="dependentScopes">The scopes this one depends on. Not sent when null.</param>
    /// <param name="advertised">Whether the scope is listed publicly. Not sent when null.</param>
    /// <param name="allowsRefreshToken">Whether tokens for the scope may come with refresh tokens. Not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the new scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space, or <paramref name="name"/>, <paramref name="description"/> or <paramref name="scopeSuffix"/> is null.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#create_scope">Create scope</seealso>
    public virtual Task<GlobusResponse<ScopeResponse>> CreateScopeAsync(
        string clientId,
        string name,
        string description,
        string scopeSuffix,
        IEnumerable<string>? requiredDomains = null,
        IEnumerable<DependentScopeSpec>? dependentScopes = null,
        bool? advertised = null,
        bool? allowsRefreshToken = null,
        CancellationToken cancellationToken = default) =>
        CreateScopeCoreAsync(clientId, name, description, scopeSuffix, requiredDomains, dependentScopes, advertised, allowsRefreshToken, cancellationToken);

    /// <summary>Update a scope.</summary>
    /// <remarks>
    /// <para>
    /// <c>PUT /v2/api/scopes/{scope_id}</c> (the Python SDK's code; its docstring says POST), with the
    /// body <c>{"scope": {...}}</c>; only the arguments given are sent. To clear a field (send it as
    /// <c>null</c>), pass a <see cref="ScopeUpdate"/> with that property set to null.
    /// </para>
    /// <code>
    /// await authClient.UpdateScopeAsync(scopeId, advertised: true);
    /// </code>
    /// </remarks>
    /// <param name="scopeId">The scope's id.</param>
    /// <param name="name">The scope's name, shown on consent pages. Not sent when null.</param>
    /// <param name="description">The scope's description. Not sent when null.</param>
    /// <param name="scopeSuffix">The end of the scope string. Not sent when null.</param>
    /// <param name="requiredDomains">The domains a user must have an identity in. Not sent when null.</param>
    /// <param name="dependentScopes">The scopes this one depends on. Not sent when null.</param>
    /// <param name="advertised">Whether the scope is listed publicly. Not sent when null.</param>
    /// <param name="allowsRefreshToken">Whether tokens for the scope may come with refresh tokens. Not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the updated scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="scopeId"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#update_scope">Update scope</seealso>
    public virtual Task<GlobusResponse<ScopeResponse>> UpdateScopeAsync(
        string scopeId,
        string? name = null,
        string? description = null,
        string? scopeSuffix = null,
        IEnumerable<string>? requiredDomains = null,
        IEnumerable<DependentScopeSpec>? dependentScopes = null,
        bool? advertised = null,
        bool? allowsRefreshToken = null,
        CancellationToken cancellationToken = default) =>
        UpdateScopeCoreAsync(scopeId, name, description, scopeSuffix, requiredDomains, dependentScopes, advertised, allowsRefreshToken, cancellationToken);

    /// <summary>Update a scope with a request document, which can clear a field.</summary>
    /// <remarks>
    /// <para>
    /// <c>PUT /v2/api/scopes/{scope_id}</c> with <c>{"scope": data}</c>: the properties set are sent, one set
    /// to null as <c>null</c>, the others not. The form with one argument per field leaves a null argument
    /// out, so it cannot clear a field.
    /// </para>
    /// <code>
    /// await authClient.UpdateScopeAsync(scopeId, new ScopeUpdate { RequiredDomains = null });
    /// </code>
    /// </remarks>
    /// <param name="scopeId">The scope's id.</param>
    /// <param name="data">The scope fields to change; from JSON, <see cref="ScopeUpdate.FromJson(string)"/>.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> holds the updated scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="scopeId"/> is null, empty or white space, or <paramref name="data"/> is null.</exception>
    /// <exception cref="AuthApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/auth/reference/#update_scope">Update scope</seealso>
    public virtual Task<GlobusResponse<ScopeResponse>> UpdateScopeAsync(
        string scopeId,
        ScopeUpdate data,
        CancellationToken cancellationToken = default) =>
        UpdateScopeCoreAsync(scopeId, data, cancellationToken);
}
