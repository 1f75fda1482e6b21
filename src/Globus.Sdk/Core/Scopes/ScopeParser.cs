using System.Text;

namespace Globus.Sdk;

/// <summary>
/// Reads and writes lists of scopes in the Globus scope grammar, and merges duplicates
/// (Python 4's <c>ScopeParser</c>).
/// </summary>
/// <remarks>
/// <para>
/// The grammar: scopes separated by white space; a scope is an optional <c>*</c>, a scope string (no
/// <c>[</c>, <c>]</c>, <c>*</c> or white space), and optionally its dependencies: a non-empty,
/// space-separated list of scopes in brackets, nested as deep as needed. A problem is a
/// <see cref="ScopeParseException"/> naming its position; a scope that depends on itself is a
/// <see cref="ScopeCycleException"/>.
/// </para>
/// <code>
/// var scopes = ScopeParser.Parse("openid urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/c1/data_access]");
/// Console.WriteLine(ScopeParser.Serialize(scopes));
/// </code>
/// </remarks>
public static class ScopeParser
{
    /// <summary>
    /// Parses a space-separated list of scopes. Scopes with the same scope string and optional marker
    /// are merged into one, with the dependencies of all of them (see <see cref="MergeScopes"/>).
    /// </summary>
    /// <param name="scopes">The text; empty or white space gives an empty list.</param>
    /// <returns>The scopes, in the order they first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    /// <exception cref="ScopeParseException">The text is not in the scope grammar.</exception>
    public static IReadOnlyList<Scope> Parse(string scopes) => MergeScopes(ParseUnmerged(scopes), []);

    /// <summary>Parses several texts, each a space-separated list of scopes, as one list (merged like <see cref="Parse(string)"/>).</summary>
    /// <param name="scopes">The texts.</param>
    /// <returns>The scopes, in the order they first appear.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> or one of its texts is null.</exception>
    /// <exception cref="ScopeParseException">A text is not in the scope grammar; the position is within that text.</exception>
    public static IReadOnlyList<Scope> Parse(IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return MergeScopes(scopes.SelectMany(ParseUnmerged), []);
    }

    /// <summary>
    /// Merges two lists of scopes: scopes with the same scope string and optional marker become one,
    /// whose dependencies are the merged dependencies of all of them (recursively). An optional scope
    /// and a required one with the same string stay separate, as in the Python SDK.
    /// </summary>
    /// <param name="scopesA">The first list.</param>
    /// <param name="scopesB">The second list.</param>
    /// <returns>The merged scopes, in the order they first appear.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public static IReadOnlyList<Scope> MergeScopes(IEnumerable<Scope> scopesA, IEnumerable<Scope> scopesB)
    {
        ArgumentNullException.ThrowIfNull(scopesA);
        ArgumentNullException.ThrowIfNull(scopesB);
        var order = new List<(string ScopeString, bool Optional)>();
        var dependencies = new Dictionary<(string, bool), List<Scope>>();
        foreach (var scope in scopesA.Concat(scopesB))
        {
            var key = (scope.ScopeString, scope.Optional);
            if (!dependencies.TryGetValue(key, out var list))
            {
                dependencies[key] = list = [];
                order.Add(key);
            }

            list.AddRange(scope.Dependencies);
        }

        return order
            .Select(key => new Scope(key.ScopeString, key.Optional, MergeScopes(dependencies[key], [])))
            .ToList();
    }

    /// <summary>Renders scopes in the scope grammar, separated by spaces (Python's <c>ScopeParser.serialize</c>).</summary>
    /// <param name="scopes">The scopes.</param>
    /// <param name="rejectEmpty">Refuse an empty list, which no request should carry as its scopes.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scopes"/> is empty and <paramref name="rejectEmpty"/> is true.</exception>
    public static string Serialize(IEnumerable<Scope> scopes, bool rejectEmpty = true)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var text = new StringBuilder();
        foreach (var scope in scopes)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            scope.Render(text);
        }

        if (rejectEmpty && text.Length == 0)
        {
            throw new ArgumentException("The list of scopes is empty.", nameof(scopes));
        }

        return text.ToString();
    }

    /// <summary>Parses the text as written, without merging duplicates.</summary>
    internal static List<Scope> ParseUnmerged(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        return ParseList(text, ref position, openedAt: null, ancestors: []);
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c);

    private static bool EndsScopeString(char c) => c is '[' or ']' or '*' || IsSeparator(c);

    private static void SkipSeparators(string text, ref int position)
    {
        while (position < text.Length && IsSeparator(text[position]))
        {
            position++;
        }
    }

    // Reads scopes until the end of the text (top level) or the ']' that closes the bracket opened at openedAt.
    private static List<Scope> ParseList(string text, ref int position, int? openedAt, List<string> ancestors)
    {
        var scopes = new List<Scope>();
        while (true)
        {
            SkipSeparators(text, ref position);
            if (position == text.Length)
            {
                return openedAt is { } open
                    ? throw new ScopeParseException("'[' is never closed", open)
                    : scopes;
            }

            var c = text[position];
            if (c == ']')
            {
                if (openedAt is null)
                {
                    throw new ScopeParseException("']' closes no '['", position);
                }

                if (scopes.Count == 0)
                {
                    throw new ScopeParseException("the brackets hold no dependency", position);
                }

                position++;
                return scopes;
            }

            if (c == '[')
            {
                throw new ScopeParseException("'[' must follow a scope string", position);
            }

            var optional = false;
            if (c == '*')
            {
                optional = true;
                position++;
                if (position == text.Length || EndsScopeString(text[position]))
                {
                    throw new ScopeParseException("'*' must be followed by a scope string", position - 1);
                }
            }

            var start = position;
            while (position < text.Length && !EndsScopeString(text[position]))
            {
                position++;
            }

            var scopeString = text.Substring(start, position - start);
            if (position < text.Length && text[position] == '*')
            {
                throw new ScopeParseException("'*' may only stand before a scope string", position);
            }

            // A scope among its own dependencies (a[b[a]]) could never be consented to.
            if (ancestors.Contains(scopeString, StringComparer.Ordinal))
            {
                throw new ScopeCycleException(scopeString, start);
            }

            var dependencies = new List<Scope>();
            var afterString = position;
            SkipSeparators(text, ref position);
            if (position < text.Length && text[position] == '[')
            {
                var open = position;
                position++;
                ancestors.Add(scopeString);
                dependencies = ParseList(text, ref position, open, ancestors);
                ancestors.RemoveAt(ancestors.Count - 1);
            }
            else
            {
                position = afterString;
            }

            scopes.Add(new Scope(scopeString, optional, dependencies));
        }
    }
}
