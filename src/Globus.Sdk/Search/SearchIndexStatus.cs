// Hand-written until Foundation 4 generates models: enum GSearchIndex.status. of specs/search.yaml.
namespace Globus.Sdk.Search;

/// <summary>
/// The state of a Search index. Any string the service sends is kept as it is, so a state added
/// after this SDK was built still reads, compares and writes back; the known ones are named below.
/// </summary>
/// <param name="Value">The state as the service spells it; compared ordinally.</param>
public readonly partial record struct SearchIndexStatus(string Value)
{
    /// <summary>The state as the service spells it, such as <c>open</c>.</summary>
    public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary><c>open</c>: the index can be searched and written.</summary>
    public static SearchIndexStatus Open { get; } = new("open");

    /// <summary><c>delete-pending</c>: the index was deleted and waits to be cleaned up; until then an owner may reopen it.</summary>
    public static SearchIndexStatus DeletePending { get; } = new("delete-pending");

    /// <summary>Wraps a state name, known or not.</summary>
    /// <param name="value">The state as the service spells it.</param>
    public static implicit operator SearchIndexStatus(string value) => new(value);

    /// <summary>The state as the service spells it.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
