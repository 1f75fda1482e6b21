using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Globus.Sdk.Generator.Model;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>What reading one spec gave: the model (null when the spec cannot be used) and its diagnostics.</summary>
internal sealed record ParseResult(ServiceModel? Service, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads one OpenAPI document with YamlDotNet into a <see cref="ServiceModel"/>. It never throws:
/// what the spec gets wrong becomes a diagnostic at the offending node, and an unexpected failure
/// becomes GLOBUS000 for the file.
/// </summary>
internal sealed partial class SpecParser
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private static readonly string[] PagingStyles = ["offset-has-next", "offset-total", "marker", "nullable-marker", "last-key", "next-token"];
    private static readonly Regex PathTemplateParameter = new(@"\{([^}]+)\}", RegexOptions.Compiled);
    private static readonly Regex QualifiedTypeName = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$", RegexOptions.Compiled);

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics = [];
    private YamlMappingNode _root = new();

    private SpecParser(string path) => _path = path;

    public static ParseResult Parse(string path, string text, CancellationToken cancellationToken)
    {
        var parser = new SpecParser(path);
        try
        {
            var service = parser.Read(text, cancellationToken);
            return new ParseResult(service, parser._diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (YamlException e)
        {
            var where = new SpecLocation(path, (int)e.Start.Index, Math.Max(0, (int)(e.End.Index - e.Start.Index)),
                (int)e.Start.Line - 1, (int)e.Start.Column - 1, (int)e.End.Line - 1, (int)e.End.Column - 1);
            return Failed(where, Diagnostics.InvalidYaml, e.Message);
        }
        catch (Exception e)
        {
            return Failed(SpecLocation.FileStart(path), Diagnostics.InternalError, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static ParseResult Failed(SpecLocation where, DiagnosticDescriptor descriptor, string message) =>
        new(null, new[] { new DiagnosticInfo(descriptor.Id, where, new[] { message }.ToEquatableArray()) }.ToEquatableArray());

    private ServiceModel? Read(string text, CancellationToken cancellationToken)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Report(Diagnostics.InvalidYaml, SpecLocation.FileStart(_path), "the document is not a mapping");
            return null;
        }

        _root = root;
        CheckVocabulary(root);
        ReportServers(root);
        var names = new[] { "x-globus-service", "x-globus-client", "x-globus-error", "x-globus-namespace" }
            .Select(key => (key, value: Text(root, key)))
            .ToList();
        foreach (var (key, _) in names.Where(n => n.value is null))
        {
            Report(Diagnostics.MissingServiceKey, At(root), key);
        }

        // Without a primary client the spec yields nothing, but the rest is still read for its diagnostics.
        var clients = names[1].value is { } primary ? ReadClients(primary) : [new ClientDefinition("", null, false, default, null, null, default, At(root))];
        var schemas = ReadSchemas();
        var operations = ReadOperations(schemas, clients, cancellationToken);
        if (names.Any(n => n.value is null))
        {
            return null;
        }

        var info = Map(root, "info");
        return new ServiceModel(
            _path,
            names[0].value!,
            names[1].value!,
            names[2].value!,
            names[3].value!,
            Text(info, "title") ?? names[1].value!,
            Text(info, "description"),
            Text(Map(root, "externalDocs"), "url"),
            operations.ToEquatableArray(),
            ReadScopes(),
            schemas.Values.ToEquatableArray(),
            clients.ToEquatableArray());
    }

    private List<OperationModel> ReadOperations(Dictionary<string, SchemaModel> schemas, IReadOnlyList<ClientDefinition> clients, CancellationToken cancellationToken)
    {
        var operations = new List<OperationModel>();
        var methodNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pathKey, pathValue) in Entries(Map(_root, "paths")))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = ((YamlScalarNode)pathKey).Value ?? "";
            var pathItem = pathValue as YamlMappingNode;
            ReportServers(pathItem);
            foreach (var verb in HttpMethods)
            {
                if (Map(pathItem, verb) is not { } operationNode)
                {
                    continue;
                }

                ReportServers(operationNode);

                var operation = ReadOperation(path, pathKey, verb, pathItem!, operationNode, schemas, clients);
                if (operation is null)
                {
                    continue;
                }

                if (operation.Clients.Any(client => !methodNames.Add(client + "." + operation.MethodName)))
                {
                    Report(Diagnostics.DuplicateOperation, At(Node(operationNode, "operationId") ?? operationNode), operation.OperationId, operation.MethodName);
                    continue;
                }

                operations.Add(operation);
            }
        }

        return operations;
    }

    /// <summary>The document's, a path's or an operation's <c>servers</c> would be ignored, and the request sent elsewhere.</summary>
    private void ReportServers(YamlMappingNode? node)
    {
        if (Node(node, "servers") is { } servers)
        {
            Report(Diagnostics.ServersNotRead, At(servers));
        }
    }

    private OperationModel? ReadOperation(
        string path, YamlNode pathKey, string verb, YamlMappingNode pathItem, YamlMappingNode node, Dictionary<string, SchemaModel> schemas,
        IReadOnlyList<ClientDefinition> clients)
    {
        var operationId = Text(node, "operationId");
        if (operationId is null)
        {
            Report(Diagnostics.MissingOperationId, At(node), $"{verb.ToUpperInvariant()} {path}");
            return null;
        }

        var deprecated = Flag(node, "deprecated");
        var obsoleteId = Text(node, "x-globus-obsolete-id");
        if (deprecated && obsoleteId is null)
        {
            Report(Diagnostics.MissingObsoleteId, At(Node(node, "deprecated")!), operationId);
        }

        var parameters = ReadParameters(operationId, path, pathKey, pathItem, node);
        var body = ReadBody(operationId, Resolve(Map(node, "requestBody"), "requestBodies"), schemas, parameters);
        var (responseSchema, responseDescription) = ReadResponse(node, schemas);
        var paging = ReadPaging(operationId, Map(node, "x-globus-paging"), parameters, responseSchema);
        var security = Node(node, "security");
        var docs = Map(node, "externalDocs");
        var ordered = parameters
            .Select((p, index) => (p, index))
            .OrderBy(x => x.p.Required ? 0 : 1)
            .ThenBy(x => x.p.Location switch { ParameterLocation.Path => 0, ParameterLocation.Query => 1, ParameterLocation.BodyAdditional => 3, _ => 2 })
            .ThenBy(x => x.index)
            .Select(x => x.p);
        return new OperationModel(
            operationId,
            Text(node, "x-globus-csharp-name") ?? Naming.Pascal(operationId) + "Async",
            verb,
            path,
            Text(node, "summary"),
            Text(node, "description"),
            Text(docs, "url"),
            Text(docs, "description"),
            ordered.ToEquatableArray(),
            body,
            responseSchema?.CSharpName,
            responseDescription,
            Flag(node, "x-globus-query-params"),
            security is YamlSequenceNode { Children.Count: 0 },
            Flag(node, "x-globus-hand-written"),
            deprecated,
            obsoleteId,
            paging,
            ClientsOf(operationId, node, clients));
    }

    private List<ParameterModel> ReadParameters(string operationId, string path, YamlNode pathKey, YamlMappingNode pathItem, YamlMappingNode node)
    {
        // Operation-level parameters override path-level ones of the same name and place, as OpenAPI says.
        var declared = new List<(YamlMappingNode Node, string Name, string In)>();
        foreach (var item in Items(Node(pathItem, "parameters")).Concat(Items(Node(node, "parameters"))))
        {
            if (Resolve(item as YamlMappingNode, "parameters") is not { } parameter)
            {
                continue;
            }

            var name = Text(parameter, "name") ?? "";
            var location = Text(parameter, "in") ?? "";
            declared.RemoveAll(d => d.Name == name && d.In == location);
            declared.Add((parameter, name, location));
        }

        foreach (Match match in PathTemplateParameter.Matches(path))
        {
            var name = match.Groups[1].Value;
            if (!declared.Any(d => d.In == "path" && d.Name == name))
            {
                Report(Diagnostics.UndeclaredPathParameter, At(pathKey), path, name, operationId);
            }
        }

        var templateNames = PathTemplateParameter.Matches(path).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        var parameters = new List<ParameterModel>();
        foreach (var (parameter, name, location) in declared)
        {
            if (location == "path" && !templateNames.Contains(name))
            {
                // A required argument that is checked and never sent would mislead every caller.
                Report(Diagnostics.PathParameterNotInPath, At(parameter), name, operationId, path);
                continue;
            }

            if (location is not ("path" or "query"))
            {
                Report(Diagnostics.UnsupportedParameter, At(parameter), name, operationId, $"'in: {location}' is not supported; only path and query parameters are");
                continue;
            }

            var schema = Resolve(Map(parameter, "schema"), "schemas");
            var kind = KindOf(schema);
            string? trueWord = null, falseWord = null;
            var encoding = Text(parameter, "x-globus-encoding");
            if (kind == ValueKind.Boolean)
            {
                var words = encoding?.Split('|');
                if (words is not { Length: 2 })
                {
                    Report(Diagnostics.InvalidEncoding, At(parameter), name, operationId, "'True|False', 'true|false' or '1|0' (Globus services differ parameter by parameter)");
                    continue;
                }

                (trueWord, falseWord) = (words[0], words[1]);
            }
            else if (encoding is not null)
            {
                Report(Diagnostics.UnsupportedParameter, At(Node(parameter, "x-globus-encoding")!), name, operationId,
                    $"the encoding '{encoding}' is not supported for a {kind} value; x-globus-encoding names the words of a boolean");
                continue;
            }

            var csharpType = Text(parameter, "x-globus-csharp-type");
            if (csharpType is not null)
            {
                if (location != "query" || kind != ValueKind.String || !QualifiedTypeName.IsMatch(csharpType))
                {
                    Report(Diagnostics.UnsupportedParameter, At(Node(parameter, "x-globus-csharp-type")!), name, operationId,
                        "x-globus-csharp-type is for a query parameter with schema {type: string}, and names a type with its namespace (Globus.Sdk.Transfer.TransferFilter)");
                    continue;
                }

                // The wire value of each item is a string; the C# argument is the runtime type the spec
                // names, which formats itself as one value or several (see IQueryValue).
                kind = ValueKind.Custom;
            }

            if (kind == ValueKind.Json || (kind == ValueKind.StringList && location == "path"))
            {
                Report(Diagnostics.UnsupportedParameter, At(parameter), name, operationId, "only strings, numbers, booleans and lists of strings can be sent in a path or query");
                continue;
            }

            parameters.Add(new ParameterModel(
                name,
                Text(parameter, "x-globus-csharp-name") ?? Naming.Camel(name),
                location == "path" ? ParameterLocation.Path : ParameterLocation.Query,
                kind,
                location == "path" || Flag(parameter, "required"),
                Minimum(schema),
                trueWord,
                falseWord,
                Text(parameter, "explode") == "true",
                Text(schema, "default"),
                Text(parameter, "description"),
                csharpType));
        }

        return parameters;
    }

    private BodyModel? ReadBody(string operationId, YamlMappingNode? requestBody, Dictionary<string, SchemaModel> schemas, List<ParameterModel> parameters)
    {
        if (requestBody is null)
        {
            return null;
        }

        var (mediaType, content) = Entries(Map(requestBody, "content")).Select(e => (((YamlScalarNode)e.Key).Value, e.Value as YamlMappingNode)).FirstOrDefault();
        var schemaKey = SchemaKey(Map(content, "schema"));
        var schema = schemaKey is null ? null : schemas.TryGetValue(schemaKey, out var found) ? found : null;
        var how = Map(requestBody, "x-globus-body");
        var argument = Text(how, "argument");
        var arguments = Items(Node(how, "arguments")).Select(n => (n as YamlScalarNode)?.Value ?? "").ToList();
        if (how is null || (argument is null) == (arguments.Count == 0))
        {
            Report(Diagnostics.InvalidBody, At(how ?? requestBody), operationId, "x-globus-body needs exactly one of 'argument' and 'arguments'");
            return null;
        }

        if (schema is null)
        {
            Report(Diagnostics.InvalidBody, At(content ?? requestBody), operationId, "the body's schema must be a $ref to components.schemas");
            return null;
        }

        var required = Items(Node(Resolve(Map(Map(Map(_root, "components"), "schemas"), schema.Key), "schemas"), "required"))
            .Select(n => (n as YamlScalarNode)?.Value).ToList();
        if (argument is not null)
        {
            parameters.Add(new ParameterModel(argument, Naming.Camel(argument), ParameterLocation.BodyDocument, ValueKind.Json, true,
                null, null, null, false, null, schema.Description));
        }

        var named = argument is null ? arguments : Items(Node(how, "merge")).Select(n => (n as YamlScalarNode)?.Value ?? "").ToList();
        foreach (var name in named)
        {
            if (schema.Properties.FirstOrDefault(p => p.WireName == name) is not { } property)
            {
                Report(Diagnostics.InvalidBody, At(how), operationId, $"'{name}' is not a property of the schema '{schema.Key}'");
                continue;
            }

            // A property renamed with x-globus-csharp-name names its argument too (Python's `task_ids` for `task_id_list`).
            var csharpName = property.CSharpName == Naming.Pascal(name) ? Naming.Camel(name) : Naming.Camel(property.CSharpName);
            parameters.Add(new ParameterModel(name, csharpName, ParameterLocation.Body, property.Kind,
                argument is null && required.Contains(name), property.Minimum, null, null, false, null, property.Description));
        }

        if (Text(how, "additional") is { } additional)
        {
            parameters.Add(new ParameterModel(additional, Naming.Camel(additional), ParameterLocation.BodyAdditional, ValueKind.Json, false,
                null, null, null, false, null, "More fields to add to the request document; they are written last."));
        }

        var encoding = mediaType switch
        {
            "application/x-www-form-urlencoded" => "form",
            _ => null,
        };
        return new BodyModel(encoding, Text(how, "wrapper"));
    }

    private (SchemaModel? Schema, string? Description) ReadResponse(YamlMappingNode node, Dictionary<string, SchemaModel> schemas)
    {
        var success = Entries(Map(node, "responses"))
            .FirstOrDefault(e => ((YamlScalarNode)e.Key).Value is { Length: 3 } code && code[0] == '2');
        if (success.Value is not YamlMappingNode response)
        {
            return (null, null);
        }

        response = Resolve(response, "responses") ?? response;
        var schemaKey = Entries(Map(response, "content")).Select(e => SchemaKey(Map(e.Value as YamlMappingNode, "schema"))).FirstOrDefault();
        var schema = schemaKey is not null && schemas.TryGetValue(schemaKey, out var found) ? found : null;
        return (schema, Text(response, "description"));
    }

    /// <summary>
    /// Reads <c>x-globus-paging</c>; null, with the reason reported, when the paginated form cannot be
    /// generated (it needs the arguments that carry the paging values, and items to yield).
    /// </summary>
    private PagingModel? ReadPaging(string operationId, YamlMappingNode? paging, List<ParameterModel> parameters, SchemaModel? response)
    {
        if (paging is null)
        {
            return null;
        }

        var style = Text(paging, "style");
        if (style is null || !PagingStyles.Contains(style))
        {
            Report(Diagnostics.UnknownPagingStyle, At(Node(paging, "style") ?? paging), operationId, style ?? "(none)", string.Join(", ", PagingStyles));
            return null;
        }

        var where = Text(paging, "in") ?? "query";
        if (where is not ("query" or "body"))
        {
            Report(Diagnostics.InvalidPaging, At(Node(paging, "in")!), operationId, $"'in: {where}' is not one of query and body");
            return null;
        }

        var numbers = new Dictionary<string, int?>();
        foreach (var key in new[] { "page-size", "max-total" })
        {
            var text = Text(paging, key);
            if (text is null)
            {
                numbers[key] = null;
            }
            else if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                numbers[key] = number;
            }
            else
            {
                Report(Diagnostics.InvalidPaging, At(Node(paging, key)!), operationId, $"'{key}' must be a positive integer, not '{text}'");
                return null;
            }
        }

        var markerKey = Text(paging, "marker-key");
        if (markerKey is not null && style != "nullable-marker")
        {
            Report(Diagnostics.InvalidPaging, At(Node(paging, "marker-key")!), operationId, "'marker-key' is for the nullable-marker style only");
            return null;
        }

        var limitOffset = style is "offset-has-next" or "offset-total";
        var markerWire = style switch { "last-key" => "last_key", "next-token" => "next_token", _ => "marker" };
        var location = where == "body" ? ParameterLocation.Body : ParameterLocation.Query;
        var complete = true;
        string? Argument(string wire, bool needed, ValueKind[] kinds)
        {
            var found = parameters.FirstOrDefault(p => p.Location == location && p.WireName == wire && !p.Required && kinds.Contains(p.Kind));
            if (found is null && needed)
            {
                var kind = kinds.Contains(ValueKind.String) ? "string" : "integer";
                Report(Diagnostics.MissingPagingArgument, At(paging), operationId, style, wire,
                    where == "body" ? $"an optional {kind} 'merge' argument of x-globus-body" : $"an optional {kind} query parameter");
                complete = false;
            }

            return found?.CSharpName;
        }

        ValueKind[] integers = [ValueKind.Int32, ValueKind.Int64];
        var limit = Argument("limit", limitOffset || numbers["page-size"] is not null, integers);
        var offset = limitOffset ? Argument("offset", true, integers) : null;
        var marker = limitOffset ? null : Argument(markerWire, true, [ValueKind.String]);
        var itemsKey = response?.ItemsKey;
        var items = response?.Properties.FirstOrDefault(p => p.WireName == itemsKey);
        if (items is null)
        {
            Report(Diagnostics.PagedResponseWithoutItems, At(paging), operationId,
                response is null ? "its 2xx response names no schema" : $"the schema '{response.Key}' has no x-globus-items naming one of its properties");
            complete = false;
        }

        if (!complete)
        {
            return null;
        }

        var runtimeStyle = style switch
        {
            "offset-has-next" => "LimitOffsetHasNextPage",
            "offset-total" => "LimitOffsetTotal",
            "marker" => "Marker",
            "nullable-marker" => "NullableMarker",
            "last-key" => "LastKey",
            _ => "NextToken",
        };
        // A page model whose x-globus-items is a list enumerates its items; other pages are read as JSON.
        var itemType = response!.ItemsProperty?.Type.Item!.CSharpName;
        return new PagingModel(
            runtimeStyle, numbers["page-size"], numbers["max-total"], Text(paging, "size-key"), markerKey, limit, offset, marker, itemsKey!, items!.CSharpName, itemType);
    }

    private ScopesModel? ReadScopes()
    {
        foreach (var (_, value) in Entries(Map(Map(_root, "components"), "securitySchemes")))
        {
            var scheme = value as YamlMappingNode;
            if (Text(scheme, "x-globus-scopes-class") is not { } className)
            {
                continue;
            }

            // The scheme's x-globus-csharp-name maps a scope to its constant's name where the rule below reads badly (openid -> OpenId).
            var names = Map(scheme, "x-globus-csharp-name");
            var scopes = new List<ScopeModel>();
            foreach (var (_, flow) in Entries(Map(scheme, "flows")))
            {
                foreach (var (scopeKey, description) in Entries(Map(flow as YamlMappingNode, "scopes")))
                {
                    var scope = ((YamlScalarNode)scopeKey).Value ?? "";
                    if (scopes.Any(s => s.Value == scope))
                    {
                        continue;
                    }

                    var lastPart = scope.Substring(scope.LastIndexOfAny([':', '/']) + 1);
                    scopes.Add(new ScopeModel(Text(names, scope) ?? Naming.Pascal(lastPart), scope, (description as YamlScalarNode)?.Value));
                }
            }

            var defaults = Items(Node(scheme, "x-globus-default-scopes")).Select(n => (n as YamlScalarNode)?.Value ?? "");
            return new ScopesModel(className, Text(scheme, "x-globus-resource-server") ?? "", scopes.ToEquatableArray(), defaults.ToEquatableArray());
        }

        return null;
    }

    private string? SchemaKey(YamlMappingNode? schema)
    {
        const string prefix = "#/components/schemas/";
        return Text(schema, "$ref") is { } reference && reference.StartsWith(prefix, StringComparison.Ordinal) && Resolve(schema, "schemas") is not null
            ? reference.Substring(prefix.Length)
            : null;
    }

    /// <summary>Follows a local <c>$ref</c> into <c>components</c>; an unknown one gives null (<see cref="CheckVocabulary"/> reports it).</summary>
    private YamlMappingNode? Resolve(YamlMappingNode? node, string section)
    {
        if (Node(node, "$ref") is not YamlScalarNode { Value: { } reference })
        {
            return node;
        }

        var prefix = $"#/components/{section}/";
        return reference.StartsWith(prefix, StringComparison.Ordinal)
            ? Map(Map(Map(_root, "components"), section), reference.Substring(prefix.Length))
            : null;
    }

    private static ValueKind KindOf(YamlMappingNode? schema) => Text(schema, "type") switch
    {
        "string" => ValueKind.String,
        "integer" => Text(schema, "format") == "int64" ? ValueKind.Int64 : ValueKind.Int32,
        "number" => ValueKind.Number,
        "boolean" => ValueKind.Boolean,
        "array" when Text(Map(schema, "items"), "type") == "string" => ValueKind.StringList,
        _ => ValueKind.Json,
    };

    private static long? Minimum(YamlMappingNode? schema) =>
        long.TryParse(Text(schema, "minimum"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var minimum)
            ? minimum
            : null;

    private static YamlNode? Node(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) => Node(node, key) as YamlMappingNode;

    private static string? Text(YamlMappingNode? node, string key) => (Node(node, key) as YamlScalarNode)?.Value is { } value && value != "~" && value != "null" ? value : null;

    private static bool Flag(YamlMappingNode? node, string key) => Text(node, key) == "true";

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries(YamlMappingNode? node) =>
        node?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>();

    private static IEnumerable<YamlNode> Items(YamlNode? node) => (node as YamlSequenceNode)?.Children ?? Enumerable.Empty<YamlNode>();

    private SpecLocation At(YamlNode node) => new(
        _path,
        (int)node.Start.Index,
        Math.Max(0, (int)(node.End.Index - node.Start.Index)),
        (int)node.Start.Line - 1,
        (int)node.Start.Column - 1,
        (int)node.End.Line - 1,
        (int)node.End.Column - 1);

    private void Report(DiagnosticDescriptor descriptor, SpecLocation where, params string[] arguments) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, where, arguments.ToEquatableArray()));
}
