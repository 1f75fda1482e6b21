using System.Text;

namespace Globus.Sdk.Auth;

/// <summary>One root consent and every consent that depends on it, directly or not (Python's <c>ConsentTree</c>).</summary>
public sealed class ConsentTree
{
    private readonly ConsentForest _forest;

    internal ConsentTree(Consent root, ConsentForest forest)
    {
        Root = root;
        _forest = forest;
        var nodes = new List<Consent>();
        var seen = new HashSet<long>();
        var pending = new Stack<long>([root.Id!.Value]);
        while (pending.TryPop(out var id))
        {
            // A dependency path that loops back must not loop here.
            if (seen.Add(id))
            {
                nodes.Add(forest.Node(id));
                foreach (var child in forest.ChildrenOf(id))
                {
                    pending.Push(child);
                }
            }
        }

        Nodes = nodes;
    }

    /// <summary>The root consent.</summary>
    public Consent Root { get; }

    /// <summary>The root and every consent below it.</summary>
    public IReadOnlyList<Consent> Nodes { get; }

    /// <summary>The number of levels, the root's included.</summary>
    public int MaxDepth => Depth(Root.Id!.Value, []);

    /// <summary>
    /// Whether the root consent is for <paramref name="scope"/> and, for each of its dependent scopes, some
    /// consent below the root meets that dependent scope in turn.
    /// </summary>
    /// <param name="scope">The requirement.</param>
    /// <returns>True when met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public bool MeetsScopeRequirements(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Meets(Root, scope, []);
    }

    /// <inheritdoc/>
    public override string ToString() => ToString(indent: 0);

    internal string ToString(int indent)
    {
        var text = new StringBuilder();
        Write(text, Root.Id!.Value, indent, []);
        return text.ToString().TrimEnd('\n');
    }

    internal static string Describe(Consent consent) => $"Consent [{consent.Id}]: Client [{consent.Client}] -> Scope [{consent.ScopeName}]";

    private bool Meets(Consent node, Scope scope, HashSet<long> path)
    {
        if (node.ScopeName != scope.ScopeString || !path.Add(node.Id!.Value))
        {
            return false;
        }

        var met = scope.Dependencies.All(dependency =>
            _forest.ChildrenOf(node.Id!.Value).Any(child => Meets(_forest.Node(child), dependency, path)));
        path.Remove(node.Id!.Value);
        return met;
    }

    private int Depth(long id, HashSet<long> path)
    {
        if (!path.Add(id))
        {
            return 0;
        }

        var deepest = _forest.ChildrenOf(id).Select(child => Depth(child, path)).DefaultIfEmpty(0).Max();
        path.Remove(id);
        return 1 + deepest;
    }

    private void Write(StringBuilder text, long id, int indent, HashSet<long> path)
    {
        if (!path.Add(id))
        {
            return;
        }

        text.Append(' ', indent).Append(" - ").AppendLine(Describe(_forest.Node(id)));
        foreach (var child in _forest.ChildrenOf(id))
        {
            Write(text, child, indent + 2, path);
        }

        path.Remove(id);
    }
}
