namespace Globus.Sdk.Auth;

/// <summary>
/// The keys an <see cref="IdentityMap"/> still has to look up, in the order they were added, so that
/// batches are predictable; adding, removing and taking the oldest are all cheap.
/// </summary>
internal sealed class PendingKeys
{
    private readonly LinkedList<string> _order = new();
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);

    public int Count => _nodes.Count;

    /// <summary>The oldest pending key, or null when none is pending.</summary>
    public string? First => _order.First?.Value;

    public bool Contains(string key) => _nodes.ContainsKey(key);

    public bool Add(string key)
    {
        if (_nodes.ContainsKey(key))
        {
            return false;
        }

        _nodes[key] = _order.AddLast(key);
        return true;
    }

    public bool Remove(string key)
    {
        if (!_nodes.Remove(key, out var node))
        {
            return false;
        }

        _order.Remove(node);
        return true;
    }

    /// <summary>Removes and returns <paramref name="first"/> (pending or not), then the oldest others, up to <paramref name="size"/> keys.</summary>
    public List<string> TakeBatch(string first, int size)
    {
        Remove(first);
        var batch = new List<string>(Math.Min(size, Count + 1)) { first };
        while (batch.Count < size && _order.First is { } oldest)
        {
            Remove(oldest.Value);
            batch.Add(oldest.Value);
        }

        return batch;
    }
}
