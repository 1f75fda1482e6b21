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
}
