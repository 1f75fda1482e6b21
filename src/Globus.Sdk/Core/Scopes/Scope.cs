using System.Text;

namespace Globus.Sdk;

/// <summary>
/// An immutable OAuth2 scope with its dependent scopes, in the Globus scope grammar: a scope string,
/// <c>*</c> in front when it is optional (the user may decline it), and dependencies in brackets,
/// separated by spaces and nested as deep as needed
/// (<c>urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/{id}/data_access]</c>).
/// Python's <c>globus_sdk.scopes.Scope</c>.
/// </summary>
/// <remarks>
/// <para>
/// Two scopes are equal when their scope strings, optional markers and dependencies (in order) are
/// equal, as Python's frozen dataclass compares them. <see cref="ToString"/> renders the grammar, so it
/// can be sent as a requested scope; <see cref="Parse"/> and <see cref="ScopeParser.Parse(string)"/> read it.
/// </para>
/// <code>
/// var transfer = Scope.Parse(TransferScopes.All)
///     .WithDependency(new Scope($"https://auth.globus.org/scopes/{collectionId}/data_access", optional: true));
/// Console.WriteLine(transfer); // urn:...:all[*https://auth.globus.org/scopes/.../data_access]
/// </code>
/// </remarks>
public sealed class Scope : IEquatable<Scope>
{
    private static readonly char[] Reserved = ['[', ']', '*', ' '];

    /// <summary>Creates a scope.</summary>
    /// <param name="scopeString">The scope string; it may not be empty or contain <c>[</c>, <c>]</c>, <c>*</c> or white space.</param>
    /// <param name="optional">Whether the user may decline the scope (rendered as a leading <c>*</c>).</param>
    /// <param name="dependencies">The scopes this one depends on.</param>
    /// <exception cref="ArgumentException"><paramref name="scopeString"/> is null, empty or contains a reserved character, or <paramref name="dependencies"/> holds a null.</exception>
    public Scope(string scopeString, bool optional = false, IEnumerable<Scope>? dependencies = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(scopeString);
        if (scopeString.IndexOfAny(Reserved) >= 0 || scopeString.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                "A scope string may not contain '[', ']', '*' or white space; use ScopeParser.Parse to read the scope grammar.", nameof(scopeString));
        }

        var list = dependencies?.ToArray() ?? [];
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("A dependency is null.", nameof(dependencies));
        }

        ScopeString = scopeString;
        Optional = optional;
        Dependencies = list;
    }

    /// <summary>The scope string, without the optional marker and dependencies.</summary>
    public string ScopeString { get; }

    /// <summary>Whether the user may decline the scope.</summary>
    public bool Optional { get; }

    /// <summary>The scopes this one depends on, in order.</summary>
    public IReadOnlyList<Scope> Dependencies { get; }

    /// <summary>Parses exactly one scope, with its dependencies (Python's <c>Scope.parse</c>).</summary>
    /// <param name="scopeString">The text, for example <c>a[b *c]</c>.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopeString"/> is null.</exception>
    /// <exception cref="ScopeParseException">The text is not in the scope grammar, or holds no scope or more than one.</exception>
    public static Scope Parse(string scopeString)
    {
        var scopes = ScopeParser.ParseUnmerged(scopeString);
        return scopes.Count == 1
            ? scopes[0]
            : throw new ScopeParseException($"expected exactly one scope, found {scopes.Count}", 0);
    }

    /// <summary>A copy with one more dependency.</summary>
    /// <param name="dependency">The scope to depend on.</param>
    /// <returns>The new scope; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dependency"/> is null.</exception>
    public Scope WithDependency(Scope dependency)
    {
        ArgumentNullException.ThrowIfNull(dependency);
        return new Scope(ScopeString, Optional, [.. Dependencies, dependency]);
    }

    /// <summary>A copy with one more dependency, parsed from the scope grammar (<c>*</c> marks it optional).</summary>
    /// <param name="dependency">The dependency's text, for example <c>*https://auth.globus.org/scopes/{id}/data_access</c>.</param>
    /// <returns>The new scope; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dependency"/> is null.</exception>
    /// <exception cref="ScopeParseException"><paramref name="dependency"/> is not exactly one scope.</exception>
    public Scope WithDependency(string dependency) => WithDependency(Parse(dependency));

    /// <summary>A copy with more dependencies.</summary>
    /// <param name="dependencies">The scopes to depend on.</param>
    /// <returns>The new scope; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dependencies"/> is null.</exception>
    public Scope WithDependencies(IEnumerable<Scope> dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        return new Scope(ScopeString, Optional, [.. Dependencies, .. dependencies]);
    }

    /// <summary>A copy that is optional or not.</summary>
    /// <param name="optional">Whether the copy is optional.</param>
    /// <returns>The new scope; this one is unchanged.</returns>
    public Scope WithOptional(bool optional = true) => new(ScopeString, optional, Dependencies);

    /// <summary>The scope in the scope grammar: <c>*</c> when optional, the scope string, then the dependencies in brackets.</summary>
    /// <returns>For example <c>*a[b c[d]]</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Render(text);
        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Scope? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Optional == other.Optional
                && string.Equals(ScopeString, other.ScopeString, StringComparison.Ordinal)
                && Dependencies.SequenceEqual(other.Dependencies)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Scope);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ScopeString, StringComparer.Ordinal);
        hash.Add(Optional);
        foreach (var dependency in Dependencies)
        {
            hash.Add(dependency);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two scopes are equal.</summary>
    /// <param name="left">One scope.</param>
    /// <param name="right">The other scope.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Scope? left, Scope? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two scopes differ.</summary>
    /// <param name="left">One scope.</param>
    /// <param name="right">The other scope.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(Scope? left, Scope? right) => !(left == right);

    internal void Render(StringBuilder text)
    {
        if (Optional)
        {
            text.Append('*');
        }

        text.Append(ScopeString);
        if (Dependencies.Count == 0)
        {
            return;
        }

        text.Append('[');
        for (var i = 0; i < Dependencies.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            Dependencies[i].Render(text);
        }

        text.Append(']');
    }
}
