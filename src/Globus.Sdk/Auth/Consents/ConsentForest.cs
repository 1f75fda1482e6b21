using System.Text;

namespace Globus.Sdk.Auth;

/// <summary>
/// An identity's consents arranged as trees (Python's <c>ConsentForest</c>): a consent granted to a client
/// is a root, and a consent granted to a service on the way of a call (a collection's <c>data_access</c>
/// under Transfer's <c>all</c>) hangs under the consent of its caller. Answers whether the consents
/// meet a scope requirement, dependent scopes included, which a token's scope string alone cannot tell.
/// </summary>
/// <example>
/// <code>
/// var forest = (await authClient.GetConsentsAsync(identityId)).Value.ToForest();
/// var needed = Scope.Parse($"{TransferScopes.All}[https://auth.globus.org/scopes/{collectionId}/data_access]");
/// bool consented = forest.MeetsScopeRequirements(needed);
/// </code>
/// </example>
public sealed class ConsentForest
{
    private readonly Dictionary<long, Consent> _byId;
    private readonly Dictionary<long, List<long>> _children;

    /// <summary>Arranges consents into trees.</summary>
    /// <param name="consents">The consents, as <see cref="AuthClient.GetConsentsAsync"/> returns them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="consents"/> or one of them is null.</exception>
    /// <exception cref="ConsentForestException">A consent has no id or dependency path, or its parent is missing.</exception>
    public ConsentForest(IEnumerable<Consent> consents)
    {
        ArgumentNullException.ThrowIfNull(consents);
        Nodes = consents.ToArray();
        _byId = new Dictionary<long, Consent>(Nodes.Count);
        _children = new Dictionary<long, List<long>>(Nodes.Count);
        foreach (var node in Nodes)
        {
            ArgumentNullException.ThrowIfNull(node, nameof(consents));
            if (node.Id is not { } id || node.DependencyPath is not { Count: > 0 })
            {
                throw new ConsentForestException("Cannot arrange the consents: a consent lacks its id or dependency_path.", Nodes);
            }

            _byId[id] = node;
            _children[id] = [];
        }

        foreach (var node in Nodes)
        {
            var path = node.DependencyPath!;
            if (path.Count > 1 && !AddChild(path[^2], node.Id!.Value))
            {
                throw new ConsentForestException(
                    $"Cannot arrange the consents: consent {node.Id} depends on consent {path[^2]}, which is not among them.", Nodes);
            }
        }

        Trees = Nodes.Where(n => n.DependencyPath!.Count == 1).Select(root => new ConsentTree(root, this)).ToArray();
    }

    /// <summary>Every consent.</summary>
    public IReadOnlyList<Consent> Nodes { get; }

    /// <summary>One tree per root consent (a consent whose dependency path is itself alone).</summary>
    public IReadOnlyList<ConsentTree> Trees { get; }

    /// <summary>Whether every scope is met by some tree: its root has the scope, and each dependent scope is met below it.</summary>
    /// <param name="scopes">The requirements.</param>
    /// <returns>True when all are met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    public bool MeetsScopeRequirements(IEnumerable<Scope> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return scopes.All(scope => Trees.Any(tree => tree.MeetsScopeRequirements(scope)));
    }

    /// <summary>Whether one scope (with its dependencies) is met; see <see cref="MeetsScopeRequirements(IEnumerable{Scope})"/>.</summary>
    /// <param name="scope">The requirement.</param>
    /// <returns>True when met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public bool MeetsScopeRequirements(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return MeetsScopeRequirements([scope]);
    }

    /// <summary>Whether the scopes of a scope string are met; see <see cref="MeetsScopeRequirements(IEnumerable{Scope})"/>.</summary>
    /// <param name="scopes">One or more scopes, dependent scopes in brackets.</param>
    /// <returns>True when all are met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    /// <exception cref="ScopeParseException"><paramref name="scopes"/> is not in the scope grammar.</exception>
    public bool MeetsScopeRequirements(string scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return MeetsScopeRequirements(ScopeParser.Parse(scopes));
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder("ConsentForest\n  nodes\n");
        foreach (var node in Nodes)
        {
            text.Append("    ").AppendLine(ConsentTree.Describe(node));
        }

        text.Append("  trees\n");
        foreach (var tree in Trees)
        {
            text.AppendLine(tree.ToString(indent: 4));
        }

        return text.ToString().TrimEnd('\n');
    }

    internal Consent Node(long id) => _byId[id];

    internal IReadOnlyList<long> ChildrenOf(long id) => _children[id];

    private bool AddChild(long parent, long child)
    {
        if (!_children.TryGetValue(parent, out var children))
        {
            return false;
        }

        children.Add(child);
        return true;
    }
}
