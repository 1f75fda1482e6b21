namespace Globus.Sdk.Gcs;

/// <summary>
/// The operations on one object: the GCS Manager answers with a result document whose <c>data</c> holds the
/// object, and these return it as the typed value (Python's <c>UnpackingGCSResponse</c>), over their generated cores.
/// </summary>
public partial class GCSClient
{
    /// <inheritdoc cref="GetGcsInfoCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the info document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSInfo>> GetGcsInfoAsync(
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null, CancellationToken cancellationToken = default)
    {
        var response = Unpacked(await GetGcsInfoCoreAsync(queryParams, cancellationToken).ConfigureAwait(false), "info", GCSJsonContext.Default.GCSInfo);
        Remember(ClientIdOf(response));
        return response;
    }

    /// <inheritdoc cref="GetEndpointCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the endpoint document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSEndpoint>> GetEndpointAsync(
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null, CancellationToken cancellationToken = default) =>
        Unpacked(await GetEndpointCoreAsync(queryParams, cancellationToken).ConfigureAwait(false), "endpoint", GCSJsonContext.Default.GCSEndpoint);

    /// <inheritdoc cref="UpdateEndpointCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the endpoint document when the answer holds one.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSEndpoint>> UpdateEndpointAsync(
        GCSEndpointUpdate endpointData,
        IEnumerable<string>? include = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await UpdateEndpointCoreAsync(endpointData, include, queryParams, cancellationToken).ConfigureAwait(false),
            "endpoint", GCSJsonContext.Default.GCSEndpoint);

    /// <inheritdoc cref="GetCollectionCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the collection document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSCollection>> GetCollectionAsync(
        string collectionId,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await GetCollectionCoreAsync(collectionId, queryParams, cancellationToken).ConfigureAwait(false),
            "collection", GCSJsonContext.Default.GCSCollection);

    /// <inheritdoc cref="CreateCollectionCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the new collection's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSCollection>> CreateCollectionAsync(
        GCSCollectionRequest collectionData, CancellationToken cancellationToken = default) =>
        Unpacked(
            await CreateCollectionCoreAsync(collectionData, cancellationToken).ConfigureAwait(false),
            "collection", GCSJsonContext.Default.GCSCollection);

    /// <inheritdoc cref="UpdateCollectionCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the updated collection's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSCollection>> UpdateCollectionAsync(
        string collectionId,
        GCSCollectionRequest collectionData,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await UpdateCollectionCoreAsync(collectionId, collectionData, queryParams, cancellationToken).ConfigureAwait(false),
            "collection", GCSJsonContext.Default.GCSCollection);

    /// <inheritdoc cref="CreateStorageGatewayCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the new storage gateway's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSStorageGateway>> CreateStorageGatewayAsync(
        GCSStorageGatewayRequest data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await CreateStorageGatewayCoreAsync(data, queryParams, cancellationToken).ConfigureAwait(false),
            "storage_gateway", GCSJsonContext.Default.GCSStorageGateway);

    /// <inheritdoc cref="GetStorageGatewayCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the storage gateway's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSStorageGateway>> GetStorageGatewayAsync(
        string storageGatewayId,
        IEnumerable<string>? include = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await GetStorageGatewayCoreAsync(storageGatewayId, include, queryParams, cancellationToken).ConfigureAwait(false),
            "storage_gateway", GCSJsonContext.Default.GCSStorageGateway);

    /// <inheritdoc cref="CreateRoleCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the new role's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSRole>> CreateRoleAsync(
        GCSRoleRequest data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(await CreateRoleCoreAsync(data, queryParams, cancellationToken).ConfigureAwait(false), "role", GCSJsonContext.Default.GCSRole);

    /// <inheritdoc cref="GetRoleCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the role's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSRole>> GetRoleAsync(
        string roleId,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(await GetRoleCoreAsync(roleId, queryParams, cancellationToken).ConfigureAwait(false), "role", GCSJsonContext.Default.GCSRole);

    /// <inheritdoc cref="CreateUserCredentialCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the new credential's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSUserCredential>> CreateUserCredentialAsync(
        GCSUserCredentialRequest data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await CreateUserCredentialCoreAsync(data, queryParams, cancellationToken).ConfigureAwait(false),
            "user_credential", GCSJsonContext.Default.GCSUserCredential);

    /// <inheritdoc cref="GetUserCredentialCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the credential's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSUserCredential>> GetUserCredentialAsync(
        string userCredentialId,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await GetUserCredentialCoreAsync(userCredentialId, queryParams, cancellationToken).ConfigureAwait(false),
            "user_credential", GCSJsonContext.Default.GCSUserCredential);

    /// <inheritdoc cref="UpdateUserCredentialCoreAsync"/>
    /// <returns>The answer; its <see cref="GlobusResponse{T}.Value"/> is the updated credential's document.</returns>
    public virtual async Task<UnpackingGCSResponse<GCSUserCredential>> UpdateUserCredentialAsync(
        string userCredentialId,
        GCSUserCredentialRequest data,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default) =>
        Unpacked(
            await UpdateUserCredentialCoreAsync(userCredentialId, data, queryParams, cancellationToken).ConfigureAwait(false),
            "user_credential", GCSJsonContext.Default.GCSUserCredential);

    private static UnpackingGCSResponse<T> Unpacked<T>(GlobusResponse response, string match, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        new(response, match, typeInfo);
}
