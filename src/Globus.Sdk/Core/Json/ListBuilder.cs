// Runtime support: lists read from JSON, sized exactly.
using System.Buffers;
using System.Collections.ObjectModel;

namespace Globus.Sdk;

/// <summary>
/// Gathers the items of a JSON array whose length is known only at its end: growth happens in pooled
/// arrays, and the list the model keeps is one array of exactly the items' count, so a page of 1,000
/// tasks leaves no doubled-and-dropped arrays behind.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct ListBuilder<T>
{
    private T[]? _items;
    private int _count;

    public void Add(T item)
    {
        if (_items is null || _count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items is null ? 8 : _items.Length * 2);
            if (_items is not null)
            {
                _items.AsSpan(0, _count).CopyTo(larger);
                Return(_items);
            }

            _items = larger;
        }

        _items[_count++] = item;
    }

    /// <summary>The items, read-only (the same <see cref="ReadOnlyCollection{T}"/> type as before); the pooled array goes back.</summary>
    public IReadOnlyList<T> ToReadOnlyList()
    {
        if (_items is null)
        {
            return ReadOnlyCollection<T>.Empty;
        }

        var items = _items.AsSpan(0, _count).ToArray();
        Return(_items);
        _items = null;
        return new ReadOnlyCollection<T>(items);
    }

    // References are cleared, so the pool keeps no model alive.
    private void Return(T[] items) => ArrayPool<T>.Shared.Return(items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
