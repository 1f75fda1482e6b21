namespace Globus.Sdk.Transfer;

/// <summary>
/// The filesystem operations whose request document carries a constant <c>DATA_TYPE</c>, which no
/// spec key can say: each sends its document through the generated core method with that constant.
/// </summary>
public partial class TransferClient
{
    /// <summary>Make a directory on an endpoint.</summary>
    /// <remarks>
    /// <para>Creates the directory <paramref name="path"/> (its parent must exist). Sends
    /// <c>{"DATA_TYPE": "mkdir", "path": ..., "local_user": ...}</c>, with <c>local_user</c> only when given.</para>
    /// <para><c>POST /v0.10/operation/endpoint/{endpoint_id}/mkdir</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await transferClient.OperationMkdirAsync(endpointId, "/~/newdir/");
    /// </code>
    /// </example>
    /// <param name="endpointId">The id of the endpoint (collection).</param>
    /// <param name="path">The directory to make.</param>
    /// <param name="localUser">The local account to act as, on endpoints that map an identity to more than one account. Not sent when null.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the result document (<c>DirectoryCreated</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> is null, empty or white space, or <paramref name="path"/> is null.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/file_operations/#make_directory">Make Directory</seealso>
    public virtual Task<GlobusResponse<EndpointResult>> OperationMkdirAsync(
        string endpointId,
        string path,
        string? localUser = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        ArgumentNullException.ThrowIfNull(path);
        return OperationMkdirCoreAsync(endpointId, "mkdir", path, localUser, queryParams, cancellationToken);
    }

    /// <summary>Rename or move a file or directory on an endpoint.</summary>
    /// <remarks>
    /// <para>Renames <paramref name="oldpath"/> to <paramref name="newpath"/>, on the same endpoint. Sends
    /// <c>{"DATA_TYPE": "rename", "old_path": ..., "new_path": ..., "local_user": ...}</c>, with
    /// <c>local_user</c> only when given. The argument names are the Python SDK's.</para>
    /// <para><c>POST /v0.10/operation/endpoint/{endpoint_id}/rename</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// await transferClient.OperationRenameAsync(endpointId, oldpath: "/~/file1.txt", newpath: "/~/project1data.txt");
    /// </code>
    /// </example>
    /// <param name="endpointId">The id of the endpoint (collection).</param>
    /// <param name="oldpath">The path to rename.</param>
    /// <param name="newpath">Its new path.</param>
    /// <param name="localUser">The local account to act as, on endpoints that map an identity to more than one account. Not sent when null.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the result document.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> is null, empty or white space, or <paramref name="oldpath"/> or <paramref name="newpath"/> is null.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/file_operations/#rename">Rename</seealso>
    public virtual Task<GlobusResponse<EndpointResult>> OperationRenameAsync(
        string endpointId,
        string oldpath,
        string newpath,
        string? localUser = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        ArgumentNullException.ThrowIfNull(oldpath);
        ArgumentNullException.ThrowIfNull(newpath);
        return OperationRenameCoreAsync(endpointId, "rename", oldpath, newpath, localUser, queryParams, cancellationToken);
    }

    /// <summary>Make a symbolic link on an endpoint (retired by the service).</summary>
    /// <remarks>
    /// <para>Creates the link <paramref name="path"/> pointing to <paramref name="symlinkTarget"/>. Sends
    /// <c>{"DATA_TYPE": "symlink", "symlink_target": ..., "path": ...}</c>. Few endpoints ever supported
    /// it; the Python SDK removed the method in 4.0.</para>
    /// <para><c>POST /v0.10/operation/endpoint/{endpoint_id}/symlink</c></para>
    /// </remarks>
    /// <example>
    /// <code>
    /// #pragma warning disable GLOBUS128
    /// await transferClient.OperationSymlinkAsync(endpointId, symlinkTarget: "/~/file1.txt", path: "/~/link-to-file1.txt");
    /// </code>
    /// </example>
    /// <param name="endpointId">The id of the endpoint (collection).</param>
    /// <param name="symlinkTarget">The path the link points to.</param>
    /// <param name="path">The path of the new link.</param>
    /// <param name="queryParams">Further query parameters.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the result document.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> is null, empty or white space, or <paramref name="symlinkTarget"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="TransferApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/transfer/file_operations/#symlink">Symlink</seealso>
    [Obsolete("Make a symbolic link on an endpoint (retired by the service).", DiagnosticId = "GLOBUS128")]
    public virtual Task<GlobusResponse<EndpointResult>> OperationSymlinkAsync(
        string endpointId,
        string symlinkTarget,
        string path,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        ArgumentNullException.ThrowIfNull(symlinkTarget);
        ArgumentNullException.ThrowIfNull(path);
        return OperationSymlinkCoreAsync(endpointId, "symlink", symlinkTarget, path, queryParams, cancellationToken);
    }
}
