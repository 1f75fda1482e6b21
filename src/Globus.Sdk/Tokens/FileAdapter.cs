namespace Globus.Sdk.Tokens;

/// <summary>
/// The v3.0 Python SDK's base of adapters that keep tokens in a file, for one user reading their own
/// file (<c>globus_sdk.tokenstorage.FileAdapter</c>).
/// </summary>
public abstract class FileAdapter : StorageAdapter
{
    /// <summary>Creates the adapter over a file-backed storage.</summary>
    /// <param name="storage">The storage that does the work.</param>
    protected FileAdapter(TokenStorage storage)
        : base(storage)
    {
    }
}
