// Runtime support: the value equality of models, for what records would otherwise compare by reference.
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Compares what a record's own equality compares by reference: free-form JSON by content (as
/// <c>JsonElement.DeepEquals</c> does: object members in any order, numbers by value, strings after
/// unescaping), lists item by item, and unknown fields as a map. Each hash code agrees with its
/// equality, so two models read from the same JSON are equal and hash alike. Equality allocates nothing
/// in the common case: no unknown fields, and free-form JSON whose object members come in the same order.
/// </summary>
internal static class ModelEquality
{
    /// <summary>Compares free-form JSON values by content.</summary>
    public static IEqualityComparer<JsonElement> Json => JsonComparer.Instance;

    /// <summary>Free-form JSON compared by content; both null is equal.</summary>
    public static bool JsonEquals(JsonElement? left, JsonElement? right) =>
        left is { } a ? right is { } b && JsonComparer.Instance.Equals(a, b) : right is null;

    /// <summary>A hash code of free-form JSON that agrees with <see cref="JsonEquals"/>.</summary>
    public static int JsonHash(JsonElement? value) => value is { } element ? JsonComparer.Instance.GetHashCode(element) : 0;

    /// <summary>Unknown fields compared as a map: the same names with equal values, in any order.</summary>
    public static bool FieldsEqual(IReadOnlyDictionary<string, JsonElement> left, IReadOnlyDictionary<string, JsonElement> right)
    {
        if (ReferenceEquals(left, right) || left.Count == 0 && right.Count == 0)
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var other) || !JsonComparer.Instance.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash code of unknown fields that agrees with <see cref="FieldsEqual"/>: independent of their order.</summary>
    public static int FieldsHash(IReadOnlyDictionary<string, JsonElement> fields)
    {
        var hash = fields.Count;
        foreach (var (name, value) in fields)
        {
            hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), JsonComparer.Instance.GetHashCode(value));
        }

        return hash;
    }

    /// <summary>Compares JSON values by content, with the rules of <c>JsonElement.DeepEquals</c>.</summary>
    private sealed class JsonComparer : IEqualityComparer<JsonElement>
    {
        public static readonly JsonComparer Instance = new();

        public bool Equals(JsonElement x, JsonElement y)
        {
#if NET9_0_OR_GREATER
            return JsonElement.DeepEquals(x, y);
#else
            if (x.ValueKind != y.ValueKind)
            {
                return false;
            }

            switch (x.ValueKind)
            {
                case JsonValueKind.String:
                    return x.ValueEquals(y.GetString());
                case JsonValueKind.Number:
                    return x.TryGetDecimal(out var left) && y.TryGetDecimal(out var right)
                        ? left == right
                        : x.GetRawText() == y.GetRawText();
                case JsonValueKind.Array:
                    if (x.GetArrayLength() != y.GetArrayLength())
                    {
                        return false;
                    }

                    using (var items = y.EnumerateArray().GetEnumerator())
                    {
                        foreach (var item in x.EnumerateArray())
                        {
                            items.MoveNext();
                            if (!Equals(item, items.Current))
                            {
                                return false;
                            }
                        }
                    }

                    return true;
                case JsonValueKind.Object:
                    var count = 0;
                    foreach (var member in x.EnumerateObject())
                    {
                        count++;
                        if (!y.TryGetProperty(member.Name, out var other) || !Equals(member.Value, other))
                        {
                            return false;
                        }
                    }

                    foreach (var _ in y.EnumerateObject())
                    {
                        count--;
                    }

                    return count == 0;
                default:
                    return true;
            }
#endif
        }

        // Coarse where content equality is subtle (numbers by value, members in any order), never inconsistent with it.
        public int GetHashCode(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return HashCode.Combine(JsonValueKind.String, StringComparer.Ordinal.GetHashCode(value.GetString()!));
                case JsonValueKind.Number:
                    return HashCode.Combine(JsonValueKind.Number, value.TryGetDecimal(out var number) ? number.GetHashCode() : 0);
                case JsonValueKind.Array:
                    var hash = new HashCode();
                    hash.Add(JsonValueKind.Array);
                    foreach (var item in value.EnumerateArray())
                    {
                        hash.Add(GetHashCode(item));
                    }

                    return hash.ToHashCode();
                case JsonValueKind.Object:
                    var members = 0;
                    foreach (var member in value.EnumerateObject())
                    {
                        members += HashCode.Combine(StringComparer.Ordinal.GetHashCode(member.Name), GetHashCode(member.Value));
                    }

                    return HashCode.Combine(JsonValueKind.Object, members);
                default:
                    return value.ValueKind.GetHashCode();
            }
        }
    }
}

/// <summary>
/// Compares lists item by item, in order; two null lists are equal. The items are compared as
/// <see cref="EqualityComparer{T}.Default"/> compares them (a model by its values), except free-form JSON
/// items, which are compared by content; <see cref="OfLists"/> compares lists of such lists.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ListComparer<T> : IEqualityComparer<IReadOnlyList<T>?>
{
    private readonly IEqualityComparer<T> _items;
    private ListComparer<IReadOnlyList<T>>? _ofLists;

    private ListComparer(IEqualityComparer<T> items) => _items = items;

    /// <summary>Compares lists of <typeparamref name="T"/>.</summary>
    public static ListComparer<T> Default { get; } = new(
        typeof(T) == typeof(JsonElement) ? (IEqualityComparer<T>)ModelEquality.Json : EqualityComparer<T>.Default);

    /// <summary>Compares lists whose items are lists compared by this comparer.</summary>
    public ListComparer<IReadOnlyList<T>> OfLists => _ofLists ??= new ListComparer<IReadOnlyList<T>>(this);

    public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!_items.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var hash = new HashCode();
        for (var i = 0; i < list.Count; i++)
        {
            hash.Add(list[i] is { } item ? _items.GetHashCode(item) : 0);
        }

        return hash.ToHashCode();
    }
}
