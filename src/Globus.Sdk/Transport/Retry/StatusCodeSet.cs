using System.Collections;

namespace Globus.Sdk.Transport;

/// <summary>
/// A set of HTTP statuses of a <see cref="RetryPolicy"/>: changeable while the policy is configured, read-only
/// once a client uses the policy (each call reads it, possibly from several threads at once).
/// </summary>
internal sealed class StatusCodeSet(IEnumerable<int> statuses) : ISet<int>
{
    private readonly HashSet<int> _statuses = [.. statuses];
    private volatile bool _frozen;

    public int Count => _statuses.Count;

    public bool IsReadOnly => _frozen;

    public void Freeze() => _frozen = true;

    public bool Contains(int item) => _statuses.Contains(item);

    public bool Add(int item) => Writable().Add(item);

    void ICollection<int>.Add(int item) => Writable().Add(item);

    public bool Remove(int item) => Writable().Remove(item);

    public void Clear() => Writable().Clear();

    public void ExceptWith(IEnumerable<int> other) => Writable().ExceptWith(other);

    public void IntersectWith(IEnumerable<int> other) => Writable().IntersectWith(other);

    public void SymmetricExceptWith(IEnumerable<int> other) => Writable().SymmetricExceptWith(other);

    public void UnionWith(IEnumerable<int> other) => Writable().UnionWith(other);

    public bool IsProperSubsetOf(IEnumerable<int> other) => _statuses.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<int> other) => _statuses.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<int> other) => _statuses.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<int> other) => _statuses.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<int> other) => _statuses.Overlaps(other);

    public bool SetEquals(IEnumerable<int> other) => _statuses.SetEquals(other);

    public void CopyTo(int[] array, int arrayIndex) => _statuses.CopyTo(array, arrayIndex);

    public IEnumerator<int> GetEnumerator() => _statuses.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private HashSet<int> Writable() => _frozen ? throw RetryPolicy.FrozenError() : _statuses;
}
