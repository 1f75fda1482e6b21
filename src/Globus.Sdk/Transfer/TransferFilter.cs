using System.Diagnostics.CodeAnalysis;

namespace Globus.Sdk.Transfer;

/// <summary>
/// The <c>filter</c> argument of Transfer's list operations (<c>TaskListAsync</c>, <c>EndpointManagerTaskListAsync</c>, ...):
/// the Python SDK's <c>filter</c>, which is a string, a dictionary, or a list of them.
/// </summary>
/// <remarks>
/// <para>
/// Each value becomes one <c>filter=</c> query parameter: a string is sent as given
/// (<c>type:DELETE/status:SUCCEEDED</c>); a dictionary is written as <c>key:value/key2:v1,v2</c> in its
/// enumeration order (insertion order for <see cref="Dictionary{TKey, TValue}"/>), a list value joined
/// with commas; a list of filters sends one <c>filter=</c> parameter per item, each written as above.
/// </para>
/// <para>
/// C# has no implicit conversions from interfaces, so a value typed as <see cref="IReadOnlyDictionary{TKey, TValue}"/>
/// or <see cref="IEnumerable{T}"/> goes through <see cref="FromFields(IEnumerable{KeyValuePair{string, string}})"/>
/// or <see cref="Of(IEnumerable{TransferFilter})"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await transferClient.TaskListAsync(filter: "type:TRANSFER/status:ACTIVE");
/// await transferClient.TaskListAsync(filter: new Dictionary&lt;string, string[]&gt; { ["type"] = ["TRANSFER", "DELETE"] });
/// await transferClient.TaskListAsync(filter: new TransferFilter[] { "status:ACTIVE", new Dictionary&lt;string, string&gt; { ["label"] = "nightly" } });
/// </code>
/// </example>
public sealed class TransferFilter : IEquatable<TransferFilter>, Transport.IQueryValue
{
    private readonly string[] _values;

    private TransferFilter(string[] values) => _values = values;

    /// <summary>The query values sent, in order: one <c>filter=</c> parameter each.</summary>
    public IReadOnlyList<string> Values => _values;

    IEnumerable<string> Transport.IQueryValue.QueryValues => _values;

    /// <summary>A filter sent exactly as written, such as <c>type:DELETE/status:SUCCEEDED</c>.</summary>
    /// <param name="filter">The filter text.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public static TransferFilter FromString(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new TransferFilter([filter]);
    }

    /// <summary>A filter of one value per field, written <c>key:value/key2:value2</c> in enumeration order.</summary>
    /// <param name="fields">The fields and their values.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/>, or one of its keys or values, is null.</exception>
    public static TransferFilter FromFields(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return FromFields(fields.Select(f => new KeyValuePair<string, IEnumerable<string>>(f.Key, f.Value is null ? null! : new[] { f.Value })));
    }

    /// <summary>A filter of several values per field, written <c>key:v1,v2/key2:v3</c> in enumeration order.</summary>
    /// <param name="fields">The fields and their values; a field's values are joined with commas.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/>, or one of its keys or values, is null.</exception>
    public static TransferFilter FromFields(IEnumerable<KeyValuePair<string, IEnumerable<string>>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var parts = new List<string>();
        foreach (var (key, values) in fields)
        {
            if (key is null || values is null || values.Any(v => v is null))
            {
                throw new ArgumentNullException(nameof(fields), "A filter field's name and values may not be null.");
            }

            parts.Add(key + ":" + string.Join(",", values));
        }

        return new TransferFilter([string.Join("/", parts)]);
    }

    /// <summary>Several filters, each sent as its own <c>filter=</c> parameter, in order.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filters"/>, or one of them, is null.</exception>
    public static TransferFilter Of(IEnumerable<TransferFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var values = new List<string>();
        foreach (var filter in filters)
        {
            values.AddRange((filter ?? throw new ArgumentNullException(nameof(filters), "A filter in the list is null.")).Values);
        }

        return new TransferFilter([.. values]);
    }

    /// <summary>Several filters, each sent as its own <c>filter=</c> parameter, in order.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filters"/>, or one of them, is null.</exception>
    public static TransferFilter Of(params TransferFilter[] filters) => Of((IEnumerable<TransferFilter>)filters);

    /// <summary>A filter sent as written; null stays null (no filter).</summary>
    /// <param name="filter">The filter text.</param>
    [return: NotNullIfNotNull(nameof(filter))]
    public static implicit operator TransferFilter?(string? filter) => filter is null ? null : FromString(filter);

    /// <summary>A filter of one value per field, in insertion order; null stays null.</summary>
    /// <param name="fields">The fields and their values.</param>
    [return: NotNullIfNotNull(nameof(fields))]
    public static implicit operator TransferFilter?(Dictionary<string, string>? fields) => fields is null ? null : FromFields(fields);

    /// <summary>A filter of several values per field (commas between them), in insertion order; null stays null.</summary>
    /// <param name="fields">The fields and their values.</param>
    [return: NotNullIfNotNull(nameof(fields))]
    public static implicit operator TransferFilter?(Dictionary<string, IEnumerable<string>>? fields) => fields is null ? null : FromFields(fields);

    /// <summary>A filter of several values per field (commas between them), in insertion order; null stays null.</summary>
    /// <param name="fields">The fields and their values.</param>
    [return: NotNullIfNotNull(nameof(fields))]
    public static implicit operator TransferFilter?(Dictionary<string, string[]>? fields) =>
        fields is null ? null : FromFields(fields.Select(f => new KeyValuePair<string, IEnumerable<string>>(f.Key, f.Value)));

    /// <summary>Several filters, one <c>filter=</c> parameter each; null stays null.</summary>
    /// <param name="filters">The filters.</param>
    [return: NotNullIfNotNull(nameof(filters))]
    public static implicit operator TransferFilter?(TransferFilter[]? filters) => filters is null ? null : Of((IEnumerable<TransferFilter>)filters);

    /// <summary>Several filters, one <c>filter=</c> parameter each; null stays null.</summary>
    /// <param name="filters">The filters.</param>
    [return: NotNullIfNotNull(nameof(filters))]
    public static implicit operator TransferFilter?(List<TransferFilter>? filters) => filters is null ? null : Of((IEnumerable<TransferFilter>)filters);

    /// <summary>Several filter strings, one <c>filter=</c> parameter each, sent as written; null stays null.</summary>
    /// <param name="filters">The filters.</param>
    [return: NotNullIfNotNull(nameof(filters))]
    public static implicit operator TransferFilter?(string[]? filters) => filters is null ? null : Of(filters.Select(FromString));

    /// <summary>Several filter strings, one <c>filter=</c> parameter each, sent as written; null stays null.</summary>
    /// <param name="filters">The filters.</param>
    [return: NotNullIfNotNull(nameof(filters))]
    public static implicit operator TransferFilter?(List<string>? filters) => filters is null ? null : Of(filters.Select(FromString));

    /// <summary>Whether both filters send the same values in the same order.</summary>
    /// <param name="other">The other filter.</param>
    /// <returns><see langword="true"/> when the values are equal.</returns>
    public bool Equals(TransferFilter? other) => other is not null && _values.SequenceEqual(other._values, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TransferFilter);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The values, separated by <c> &amp; </c>, for reading; <see cref="Values"/> is what is sent.</summary>
    /// <returns>The values.</returns>
    public override string ToString() => string.Join(" & ", _values);
}
