// The v3.0 documentation's "recursive ls with sleep and parameter passthrough" example, which users wrote
// by hand, as a method: Transfer has no recursive listing, so it lists directory after directory, pausing on
// the client's TimeProvider every few calls to stay under the service's rate limits.
using System.Runtime.CompilerServices;

namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    /// <summary>
    /// Lists a directory and its subdirectories, down to <paramref name="maxDepth"/> levels, with one
    /// <see cref="OperationLsAsync"/> call per directory. Each entry's <c>Name</c> is its path relative to
    /// <paramref name="path"/> (<c>sub/dir/file.txt</c>), as in the documentation's example.
    /// </summary>
    /// <param name="endpointId">The endpoint (collection) to list.</param>
    /// <param name="path">The directory to start from.</param>
    /// <param name="maxDepth">How many levels of subdirectories to descend into; 0 lists only <paramref name="path"/>. 3 by default.</param>
    /// <param name="sleepFrequency">After this many calls, pause for <paramref name="sleepDuration"/> before the next one; 10 by default.</param>
    /// <param name="sleepDuration">The length of that pause; half a second by default.</param>
    /// <param name="lsParams">Query parameters for every call (such as <c>show_hidden</c> or <c>filter</c>); some, such as <c>orderby</c>, apply per directory only.</param>
    /// <param name="topLevelLsParams">Query parameters for the first call only, over <paramref name="lsParams"/> (for example a filter on the top directory's entries alone).</param>
    /// <param name="cancellationToken">Ends the listing, and any pause or request in flight.</param>
    /// <returns>The entries, each directory's after the directory's own entry; directories are visited last-found first, as in the example.</returns>
    /// <exception cref="ArgumentException"><paramref name="endpointId"/> or <paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is negative, <paramref name="sleepFrequency"/> is under 1, or <paramref name="sleepDuration"/> is negative.</exception>
    /// <exception cref="TransferApiException">The service refused a listing.</exception>
    /// <example>
    /// <code>
    /// await foreach (var entry in tc.OperationLsRecursiveAsync(endpointId, "/~/project/", maxDepth: 2,
    ///     lsParams: [new("show_hidden", "0")], topLevelLsParams: [new("filter", "name:~data*")]))
    ///     Console.WriteLine($"{entry.Type} {entry.Name}");
    /// </code>
    /// </example>
    public virtual IAsyncEnumerable<FileEntry> OperationLsRecursiveAsync(
        string endpointId,
        string path,
        int maxDepth = 3,
        int sleepFrequency = 10,
        TimeSpan? sleepDuration = null,
        IEnumerable<KeyValuePair<string, string?>>? lsParams = null,
        IEnumerable<KeyValuePair<string, string?>>? topLevelLsParams = null,
        CancellationToken cancellationToken = default)
    {
        // Checked here, not in the iterator, so that a bad argument fails at the call, before any request.
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointId);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        ArgumentOutOfRangeException.ThrowIfLessThan(sleepFrequency, 1);
        var pause = sleepDuration ?? TimeSpan.FromMilliseconds(500);
        ArgumentOutOfRangeException.ThrowIfLessThan(pause, TimeSpan.Zero, nameof(sleepDuration));
        var every = lsParams?.ToList() ?? [];
        // As Python's {**ls_params, **top_level_ls_params}: a top-level parameter replaces one of the same name.
        var overridden = (topLevelLsParams ?? []).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var first = every.Where(p => !overridden.Contains(p.Key)).Concat(topLevelLsParams ?? []).ToList();
        return OperationLsRecursiveCoreAsync(endpointId, path, maxDepth, sleepFrequency, pause, every, first, cancellationToken);
    }

    private async IAsyncEnumerable<FileEntry> OperationLsRecursiveCoreAsync(
        string endpointId,
        string path,
        int maxDepth,
        int sleepFrequency,
        TimeSpan pause,
        List<KeyValuePair<string, string?>> lsParams,
        List<KeyValuePair<string, string?>> topLevelLsParams,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A stack, as the documentation's deque.pop(): the directory found last is listed next.
        var pending = new Stack<(string AbsolutePath, string RelativePath, int Depth)>();
        pending.Push((path, string.Empty, 0));
        var calls = 0;
        while (pending.Count > 0)
        {
            if (calls > 0 && calls % sleepFrequency == 0)
            {
                // Python sleeps right after every Nth call; pausing before the next call instead waits the
                // same between calls and never after the last one.
                await Task.Delay(pause, TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            var (absolutePath, relativePath, depth) = pending.Pop();
            var prefix = relativePath.Length == 0 ? string.Empty : relativePath + "/";
            var query = calls == 0 ? topLevelLsParams : lsParams;
            var listing = (await OperationLsAsync(endpointId, path: absolutePath, queryParams: query, cancellationToken: cancellationToken)
                .ConfigureAwait(false)).Value;
            calls++;
            var listed = listing.Path ?? absolutePath;
            var directory = listed.EndsWith('/') ? listed : listed + "/";
            if (depth < maxDepth)
            {
                foreach (var entry in listing.Where(e => e.Type == "dir"))
                {
                    pending.Push((directory + entry.Name, prefix + entry.Name, depth + 1));
                }
            }

            foreach (var entry in listing)
            {
                yield return entry with { Name = prefix + entry.Name };
            }
        }
    }
}
