using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Globus.Sdk.Auth;

/// <summary>
/// The tokens of a response looked up by scope (<see cref="OAuthTokenResponse.ByScopes"/>). The key
/// is one scope, or several scopes separated by spaces in any order, as long as one token carries
/// them all: with <c>scope1</c> and <c>scope2</c> on the same token, <c>["scope1"]</c>,
/// <c>["scope2 scope1"]</c> and <c>["scope1 scope2"]</c> find it.
/// </summary>
/// <remarks>
/// Enumeration, <see cref="Keys"/> and <see cref="Count"/> list single scopes; the indexer,
/// <see cref="TryGetValue"/> and <see cref="ContainsKey"/> also accept sets of scopes. Immutable and
/// safe to share between threads.
/// </remarks>
public sealed class OAuthTokensByScopes : IReadOnlyDictionary<string, OAuthTokenData>
{
    private readonly Dictionary<string, OAuthTokenData> _byScope;

    internal OAuthTokensByScopes(IEnumerable<OAuthTokenData> tokens)
    {
        _byScope = new Dictionary<string, OAuthTokenData>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            foreach (var scope in token.Scopes)
            {
                _byScope[scope] = token;
            }
        }
    }

    /// <summary>The token that carries every scope of <paramref name="scopes"/>.</summary>
    /// <param name="scopes">One scope, or several separated by spaces, in any order.</param>
    /// <exception cref="KeyNotFoundException">No token carries a scope, or the scopes are on different tokens.</exception>
    public OAuthTokenData this[string scopes]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(scopes);
            var names = Split(scopes);
            if (names.Length == 0)
            {
                throw new KeyNotFoundException("No scope was given: name one scope, or several separated by spaces.");
            }

            var missing = names.Where(name => !_byScope.ContainsKey(name)).ToList();
            if (missing.Count > 0)
            {
                throw new KeyNotFoundException(
                    $"No token of this response carries the scope{(missing.Count > 1 ? "s" : "")} '{string.Join(' ', missing)}'. "
                    + $"Its scopes are: {string.Join(' ', _byScope.Keys.Order(StringComparer.Ordinal))}.");
            }

            var tokens = names.Select(name => _byScope[name]).Distinct().ToList();
            if (tokens.Count > 1)
            {
                throw new KeyNotFoundException(
                    $"The scopes '{scopes.Trim()}' are carried by different tokens (for "
                    + $"{string.Join(", ", tokens.Select(t => t.ResourceServer))}); look them up one token at a time.");
            }

            return tokens[0];
        }
    }

    /// <summary>The single scopes of all tokens.</summary>
    public IEnumerable<string> Keys => _byScope.Keys;

    /// <summary>The token of each single scope; a token with several scopes appears once per scope.</summary>
    public IEnumerable<OAuthTokenData> Values => _byScope.Values;

    /// <summary>The number of single scopes.</summary>
    public int Count => _byScope.Count;

    /// <summary>Whether one token carries every scope of <paramref name="key"/>.</summary>
    /// <param name="key">One scope, or several separated by spaces.</param>
    /// <returns>True when <see cref="this[string]"/> would find a token.</returns>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Looks up the token that carries every scope of <paramref name="key"/>.</summary>
    /// <param name="key">One scope, or several separated by spaces.</param>
    /// <param name="value">The token, when found.</param>
    /// <returns>True when one token carries all the scopes.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out OAuthTokenData value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = null;
        foreach (var name in Split(key))
        {
            if (!_byScope.TryGetValue(name, out var token) || (value is not null && !ReferenceEquals(value, token)))
            {
                value = null;
                return false;
            }

            value = token;
        }

        return value is not null;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, OAuthTokenData>> GetEnumerator() => _byScope.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{nameof(OAuthTokensByScopes)}({string.Join(", ", _byScope.Select(p => $"{p.Key}: {p.Value.ResourceServer}"))})";

    private static string[] Split(string scopes) => scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
