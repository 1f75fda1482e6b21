namespace Globus.Sdk.Tokens;

/// <summary>
/// Keeps tokens in a JSON file (Python's <c>JSONTokenStorage</c>, format 2.0; format 1.0 files written by
/// Python's <c>SimpleJSONFileAdapter</c> are read too and written back as 2.0). Suits a command-line tool
/// or a script run by one user; see <see cref="DefaultTokenFile"/> for where such a tool keeps its file.
/// </summary>
/// <remarks>
/// <para>The file and its folder are created readable by their owner only (mode 0600/0700 on Unix, an
/// owner-only ACL on Windows).</para>
/// <para>Every write replaces the file atomically (a temporary file renamed over it), so a crash leaves
/// the old file or the new one, never half of one. Every read-modify-write holds an exclusive lock on
/// <c>&lt;file&gt;.lock</c>, so two processes writing at once never lose each other's tokens.</para>
/// </remarks>
public class JsonTokenStorage : TokenStorage
{
    /// <summary>Creates a storage over a file, which is created on the first write.</summary>
    /// <param name="filename">The token file.</param>
    /// <param name="namespace">The namespace inside the file this storage reads and writes.</param>
    /// <exception cref="ArgumentException"><paramref name="filename"/> is null or empty.</exception>
    public JsonTokenStorage(string filename, string @namespace = DefaultNamespace)
        : base(@namespace)
    {
        ArgumentException.ThrowIfNullOrEmpty(filename);
        Filename = Path.GetFullPath(filename);
    }

    /// <summary>The token file, as a full path.</summary>
    public string Filename { get; }

    /// <summary>Called with the temporary file's path after it is written and before it replaces the token file: lets tests simulate a crash there.</summary>
    internal Action<string>? BeforeReplace { get; set; }

    /// <summary>Whether the token file exists, that is whether anything was ever stored (Python's <c>file_exists()</c>).</summary>
    /// <returns>True when the file exists.</returns>
    public bool FileExists() => File.Exists(Filename);

    /// <inheritdoc/>
    public override async Task<IReadOnlyDictionary<string, TokenStorageData>> GetTokenDataByResourceServerAsync(CancellationToken cancellationToken = default)
    {
        // No lock: writers replace the file atomically, so a reader sees one whole version.
        var file = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return file.Namespace(Namespace, Filename);
    }

    /// <inheritdoc/>
    public override async Task StoreTokenDataByResourceServerAsync(
        IReadOnlyDictionary<string, TokenStorageData> tokenDataByResourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenDataByResourceServer);
        await UpdateAsync(data =>
        {
            foreach (var (resourceServer, tokens) in tokenDataByResourceServer)
            {
                data[resourceServer] = tokens;
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override Task<bool> RemoveTokenDataAsync(string resourceServer, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        return UpdateAsync(data => data.Remove(resourceServer), cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(JsonTokenStorage)}(file: {Filename}, namespace: {Namespace})";

    /// <summary>Reads, changes and writes the file under the lock; <paramref name="change"/> says whether it changed anything.</summary>
    private async Task<bool> UpdateAsync(Func<Dictionary<string, TokenStorageData>, bool> change, CancellationToken cancellationToken)
    {
        using var fileLock = await OwnerOnlyFiles.LockAsync(Filename + ".lock", Filename, cancellationToken).ConfigureAwait(false);
        var file = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var data = file.Namespace(Namespace, Filename);
        if (!change(data))
        {
            return false;
        }

        file.SetNamespace(Namespace, data);
        try
        {
            OwnerOnlyFiles.ReplaceAtomically(Filename, file.ToBytes(), BeforeReplace);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TokenStorageException($"The token file '{Filename}' could not be written: {e.GetType().Name}.", Filename, e);
        }

        return true;
    }

    private async Task<JsonTokenFile> ReadAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            // Sharing delete lets a writer on Windows rename over the file while it is being read.
            await using var stream = new FileStream(Filename, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return JsonTokenFile.Empty();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TokenStorageException($"The token file '{Filename}' could not be read: {e.GetType().Name}.", Filename, e);
        }

        return JsonTokenFile.Parse(bytes, Filename);
    }
}
