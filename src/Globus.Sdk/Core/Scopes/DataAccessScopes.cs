namespace Globus.Sdk;

/// <summary>
/// The optional <c>data_access</c> scopes of Globus Connect Server mapped collections, which Transfer's
/// <c>all</c> scope depends on for clients that reach such collections (Python's
/// <c>GCSCollectionScopes(id).data_access</c>, with <c>optional</c> set).
/// </summary>
internal static class DataAccessScopes
{
    /// <summary>One optional <c>data_access</c> scope per collection, in the order given.</summary>
    /// <param name="collectionIds">The collection ids; each must be a UUID.</param>
    /// <param name="parameterName">The caller's parameter, named by the exceptions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="collectionIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a UUID (the message names its index, as Python's does).</exception>
    public static IReadOnlyList<Scope> For(IEnumerable<string> collectionIds, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(collectionIds, parameterName);
        // Copied once, so that a lazy sequence is read once and checked before anything is built.
        var ids = collectionIds.ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            if (!Guid.TryParse(ids[i], out _))
            {
                throw new ArgumentException($"collection_ids[{i}] must be a UUID.", parameterName);
            }
        }

        return ids.Select(id => new Scope($"https://auth.globus.org/scopes/{id}/data_access", optional: true)).ToList();
    }

    /// <summary>Checks a single collection id the way Python checks one given alone.</summary>
    /// <param name="collectionId">The collection id; must be a UUID.</param>
    /// <param name="parameterName">The caller's parameter, named by the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="collectionId"/> is not a UUID.</exception>
    public static void CheckOne(string collectionId, string parameterName)
    {
        if (!Guid.TryParse(collectionId, out _))
        {
            throw new ArgumentException("collection_ids must be a UUID.", parameterName);
        }
    }
}
