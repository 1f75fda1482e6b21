using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Globus.Sdk.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>Reads the clients of a spec: the primary <c>x-globus-client</c> and those of <c>x-globus-clients</c>.</summary>
internal sealed partial class SpecParser
{
    private static readonly string[] ClientKeys = ["description", "hand-written", "arguments", "base-url", "resource-server", "scopes"];
    private static readonly Regex TemplateHole = new(@"\{([^}:]+)(?::([^}]*))?\}", RegexOptions.Compiled);
    private static readonly Regex Identifier = new(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.Compiled);

    private List<ClientDefinition> ReadClients(string primary)
    {
        var declared = Map(_root, "x-globus-clients");
        var clients = new List<ClientDefinition>
        {
            ReadClient(primary, Map(declared, primary), Node(_root, "x-globus-client")!),
        };
        foreach (var (key, value) in Entries(declared))
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name == primary)
            {
                continue;
            }

            if (!Identifier.IsMatch(name))
            {
                Report(Diagnostics.InvalidClient, At(key), name, "the name is not a C# identifier");
                continue;
            }

            if (value is not YamlMappingNode node)
            {
                Report(Diagnostics.InvalidClient, At(value), name, "its value must be a mapping (it may be empty: {})");
                continue;
            }

            clients.Add(ReadClient(name, node, key));
        }

        return clients;
    }

    private ClientDefinition ReadClient(string name, YamlMappingNode? node, YamlNode at)
    {
        foreach (var (key, _) in Entries(node))
        {
            if (((YamlScalarNode)key).Value is { } word && !ClientKeys.Contains(word))
            {
                Report(Diagnostics.InvalidClient, At(key), name, $"'{word}' is not one of {string.Join(", ", ClientKeys)}");
            }
        }

        var arguments = new List<ClientArgument>();
        foreach (var item in Items(Node(node, "arguments")))
        {
            var argument = item as YamlMappingNode;
            if (Text(argument, "name") is not { } wire || !Identifier.IsMatch(wire))
            {
                Report(Diagnostics.InvalidClient, At(item), name, "each argument needs a 'name' that is a C# identifier in snake_case");
                continue;
            }

            if (arguments.Any(a => a.WireName == wire))
            {
                Report(Diagnostics.InvalidClient, At(item), name, $"the argument '{wire}' is declared twice");
                continue;
            }

            arguments.Add(new ClientArgument(wire, Naming.Camel(wire), Naming.Pascal(wire), Text(argument, "description")));
        }

        var baseUrl = Text(node, "base-url");
        if (baseUrl is not null)
        {
            foreach (Match match in PathTemplateParameter.Matches(baseUrl))
            {
                if (!arguments.Any(a => a.WireName == match.Groups[1].Value))
                {
                    Report(Diagnostics.InvalidClient, At(Node(node, "base-url")!), name, $"the base-url uses '{{{match.Groups[1].Value}}}', which is not one of its arguments");
                    baseUrl = null;
                    break;
                }
            }

            if (baseUrl is not null && !(baseUrl.StartsWith("https://", System.StringComparison.Ordinal) && baseUrl.EndsWith("/", System.StringComparison.Ordinal)))
            {
                Report(Diagnostics.InvalidClient, At(Node(node, "base-url")!), name, "the base-url must start with 'https://' and end with '/'");
                baseUrl = null;
            }
        }

        var resourceServer = Template(name, node, "resource-server", arguments);
        var scopes = new List<ClientScope>();
        foreach (var (key, value) in Entries(Map(node, "scopes")))
        {
            var scopeName = ((YamlScalarNode)key).Value ?? "";
            var scope = value as YamlMappingNode;
            if (Template(name, scope, "template", arguments) is { } template)
            {
                scopes.Add(new ClientScope(Naming.Pascal(scopeName) + "Scope", template, Text(scope, "description")));
            }
            else if (Node(scope, "template") is null)
            {
                Report(Diagnostics.InvalidClient, At(value), name, $"the scope '{scopeName}' needs a 'template'");
            }
        }

        return new ClientDefinition(
            name, Text(node, "description"), Flag(node, "hand-written"), arguments.ToEquatableArray(), baseUrl, resourceServer, scopes.ToEquatableArray(), At(at));
    }

    /// <summary>A template over the client's arguments; null, reported, when a hole names no argument or an unknown form.</summary>
    private string? Template(string client, YamlMappingNode? node, string key, List<ClientArgument> arguments)
    {
        if (Text(node, key) is not { } template)
        {
            return null;
        }

        foreach (Match hole in TemplateHole.Matches(template))
        {
            var form = hole.Groups[2].Success ? hole.Groups[2].Value : null;
            if (!arguments.Any(a => a.WireName == hole.Groups[1].Value) || form is not (null or "underscored"))
            {
                Report(Diagnostics.InvalidClient, At(Node(node, key)!), client,
                    $"'{hole.Value}' in the {key} must name one of the client's arguments, optionally as {{name:underscored}}");
                return null;
            }
        }

        return template;
    }

    /// <summary>
    /// The clients an operation belongs to (<c>x-globus-client</c>: a name or a list of names); the
    /// primary client when it names none. A name no client has is reported and left out.
    /// </summary>
    private EquatableArray<string> ClientsOf(string operationId, YamlMappingNode operation, IReadOnlyList<ClientDefinition> clients)
    {
        var node = Node(operation, "x-globus-client");
        if (node is null)
        {
            return new[] { clients[0].Name }.ToEquatableArray();
        }

        var named = node is YamlSequenceNode sequence ? sequence.Children : [node];
        var known = new List<string>();
        foreach (var item in named)
        {
            var name = (item as YamlScalarNode)?.Value ?? "";
            if (clients.Any(c => c.Name == name))
            {
                known.Add(name);
            }
            else
            {
                Report(Diagnostics.UnknownClient, At(item), operationId, name);
            }
        }

        // Emitted on the primary client all the same, so code that calls it still compiles: the diagnostic is the one error.
        return (known.Count > 0 ? known.Distinct() : [clients[0].Name]).ToEquatableArray();
    }
}
