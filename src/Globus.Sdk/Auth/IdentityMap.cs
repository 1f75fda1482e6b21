namespace Globus.Sdk.Auth;

/// <summary>
/// Resolves many usernames and identity ids to identities with few calls: keys added beforehand are
/// looked up together, in batches of up to <c>idBatchSize</c> (100) per <see cref="AuthClient.GetIdentitiesAsync"/>
/// call, and every identity found is cached under both its id and its username (the Python SDK's
/// <c>IdentityMap</c>).
/// </summary>
/// <remarks>
/// <para>
/// A key that parses as a UUID is an identity id; anything else is a username. Ids and usernames are
/// looked up in separate calls, because the service matches one kind per call. Reading a key that was
/// not added adds it first, so the call that resolves it also resolves up to <c>idBatchSize - 1</c>
/// other pending keys of its kind. An identity that Globus does not know is not cached: reading it
/// again asks again.
/// </para>
/// <para>
/// Thread safety: all members may be called concurrently. Lookups are serialized, so concurrent reads
/// of keys in the same batch send one request, not one each. A cache passed to the constructor is only
/// touched under the map's own lock; share it between maps only if it is itself thread-safe (for
/// example a <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>).
/// </para>
/// <code>
/// var map = new IdentityMap(authClient, ["ada@globusid.org", "46bd0f56-e24f-11e5-a510-131bef46955c"]);
/// map.Add("grace@uchicago.edu");
/// var ada = await map.GetAsync("ada@globusid.org");
/// var maybe = await map.GetAsync("nobody@example.org", null);
/// </code>
/// </remarks>
public class IdentityMap
{
    private readonly AuthClient _authClient;
    private readonly int _idBatchSize;
    private readonly IDictionary<string, Identity> _cache;
    private readonly PendingKeys _usernames = new();
    private readonly PendingKeys _ids = new();
    private readonly object _gate = new();
    private readonly SemaphoreSlim _lookup = new(1, 1);

    /// <summary>Creates a map that looks identities up with <paramref name="authClient"/>.</summary>
    /// <param name="authClient">The client used for <see cref="AuthClient.GetIdentitiesAsync"/>; its token needs the <c>view_identities</c> scope.</param>
    /// <param name="identityIds">Usernames and identity ids (mixed as you like) to look up later, as if each were passed to <see cref="Add"/>.</param>
    /// <param name="idBatchSize">How many keys one call looks up; leaving the default (100, the service's limit) is strongly recommended.</param>
    /// <param name="cache">Where found identities are kept, keyed by id and by username; a new dictionary when null. Pass one to keep identities across maps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="authClient"/> is null, or <paramref name="identityIds"/> holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idBatchSize"/> is less than 1.</exception>
    public IdentityMap(AuthClient authClient, IEnumerable<string>? identityIds = null, int idBatchSize = 100, IDictionary<string, Identity>? cache = null)
    {
        ArgumentNullException.ThrowIfNull(authClient);
        ArgumentOutOfRangeException.ThrowIfLessThan(idBatchSize, 1);
        _authClient = authClient;
        _idBatchSize = idBatchSize;
        _cache = cache ?? new Dictionary<string, Identity>(StringComparer.Ordinal);
        foreach (var key in identityIds ?? [])
        {
            ArgumentNullException.ThrowIfNull(key, nameof(identityIds));
            Add(key);
        }
    }

    /// <summary>Adds a username or identity id to look up with the next call of its kind.</summary>
    /// <param name="identityId">A username or an identity id.</param>
    /// <returns>True when it was added; false when it is already cached or already pending.</returns>
    /// <exception cref="ArgumentException"><paramref name="identityId"/> is null, empty or white space.</exception>
    public bool Add(string identityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityId);
        lock (_gate)
        {
            return !_cache.ContainsKey(identityId) && PendingOf(identityId).Add(identityId);
        }
    }

    /// <summary>Removes a key from the cache (not from the pending keys), like Python's <c>del map[key]</c>.</summary>
    /// <param name="key">A username or an identity id.</param>
    /// <returns>True when the key was cached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return _cache.Remove(key);
        }
    }

    /// <summary>The identity of a username or id, looking up the batch that includes it when it is not cached.</summary>
    /// <param name="key">A username or an identity id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">Globus does not know the identity.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered the lookup with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached.</exception>
    public async Task<Identity> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var (found, identity) = await TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        return found ? identity! : throw new KeyNotFoundException($"Globus Auth knows no identity '{key}'.");
    }

    /// <summary>The identity of a username or id, or <paramref name="defaultValue"/> when Globus does not know it (Python's <c>get(key, default)</c>).</summary>
    /// <param name="key">A username or an identity id.</param>
    /// <param name="defaultValue">What to return for an unknown identity.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The identity, or <paramref name="defaultValue"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered the lookup with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached.</exception>
    public async Task<Identity?> GetAsync(string key, Identity? defaultValue, CancellationToken cancellationToken = default)
    {
        var (found, identity) = await TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        return found ? identity : defaultValue;
    }

    /// <summary>Looks up a username or id; <c>Found</c> is false when Globus does not know it.</summary>
    /// <param name="key">A username or an identity id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>Whether the identity was found, and the identity when it was.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered the lookup with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached.</exception>
    public async Task<(bool Found, Identity? Identity)> TryGetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (TryCached(key, out var cached))
        {
            return (true, cached);
        }

        await _lookup.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have resolved the key while this one waited.
            if (TryCached(key, out cached))
            {
                return (true, cached);
            }

            List<string> batch;
            lock (_gate)
            {
                batch = PendingOf(key).TakeBatch(key, _idBatchSize);
            }

            await LookUpAsync(batch, IsId(key), cancellationToken).ConfigureAwait(false);
            return TryCached(key, out cached) ? (true, cached) : (false, null);
        }
        finally
        {
            _lookup.Release();
        }
    }

    /// <summary>Looks up every pending key, in as few calls as the batch size allows (usernames and ids separately).</summary>
    /// <param name="cancellationToken">Cancels the lookups; keys of batches not yet sent stay pending.</param>
    /// <returns>A task that completes when every pending key was looked up.</returns>
    /// <exception cref="AuthApiException">Globus Auth answered a lookup with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached.</exception>
    public async Task ResolveAllAsync(CancellationToken cancellationToken = default)
    {
        await _lookup.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var ids in new[] { false, true })
            {
                while (true)
                {
                    List<string> batch;
                    lock (_gate)
                    {
                        var pending = ids ? _ids : _usernames;
                        if (pending.Count == 0)
                        {
                            break;
                        }

                        batch = pending.TakeBatch(pending.First!, _idBatchSize);
                    }

                    await LookUpAsync(batch, ids, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _lookup.Release();
        }
    }

    /// <summary>Whether a key is an identity id: it parses as a UUID, as the Python SDK decides.</summary>
    /// <param name="key">A username or an identity id.</param>
    /// <returns>True for an identity id, false for a username.</returns>
    internal static bool IsId(string key) => Guid.TryParse(key, out _);

    private PendingKeys PendingOf(string key) => IsId(key) ? _ids : _usernames;

    private bool TryCached(string key, out Identity? identity)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var found))
            {
                identity = found;
                return true;
            }
        }

        identity = null;
        return false;
    }

    private async Task LookUpAsync(List<string> batch, bool ids, CancellationToken cancellationToken)
    {
        GlobusResponse<GetIdentitiesResponse> response;
        try
        {
            response = ids
                ? await _authClient.GetIdentitiesAsync(ids: batch, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await _authClient.GetIdentitiesAsync(usernames: batch, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A failed call loses nothing: its keys are looked up again by the next read.
            lock (_gate)
            {
                foreach (var key in batch)
                {
                    PendingOf(key).Add(key);
                }
            }

            throw;
        }

        lock (_gate)
        {
            foreach (var identity in response.Value)
            {
                if (identity.Id is { } id)
                {
                    _cache[id] = identity;
                }

                if (identity.Username is { } username)
                {
                    _cache[username] = identity;
                }
            }
        }
    }
}
