using System.Text.RegularExpressions;

namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>The rules of <c>specs/README.md</c> that the OpenAPI schema cannot check. Each returns the problems it finds.</summary>
public static partial class SpecRules
{
    private static readonly string[] RootKeys = ["x-globus-service", "x-globus-client", "x-globus-error", "x-globus-namespace"];
    private static readonly string[] BooleanEncodings = ["True|False", "true|false", "1|0"];
    private static readonly string[] PagingKeys = ["style", "in", "page-size", "max-total", "size-key", "marker-key"];
    private static readonly string[] BodyKeys = ["argument", "merge", "arguments", "wrapper", "additional"];

    /// <summary>The request values each paging style sets.</summary>
    private static readonly Dictionary<string, string[]> PagingValues = new()
    {
        ["offset-has-next"] = ["limit", "offset"],
        ["offset-total"] = ["limit", "offset"],
        ["marker"] = ["marker"],
        ["nullable-marker"] = ["marker"],
        ["last-key"] = ["last_key"],
        ["next-token"] = ["next_token"],
    };

    /// <summary>operationId, summary, description, externalDocs, security, typed 2xx responses and bodies.</summary>
    public static IReadOnlyList<string> OperationProblems(SpecDocument document)
    {
        var problems = new List<string>();
        var rootSecurity = document.Root["security"] is JsonArray;
        foreach (var operation in document.Operations())
        {
            void Problem(string text) => problems.Add($"{operation.Label}: {text}");
            var node = operation.Node;
            if (operation.Id is not { } id || !SnakeCase().IsMatch(id))
            {
                Problem("needs an operationId: the Python method name, in snake_case");
            }
            foreach (var key in new[] { "summary", "description" })
            {
                if (string.IsNullOrWhiteSpace(node[key].AsString()))
                {
                    Problem($"needs a {key}");
                }
            }
            if (node["externalDocs"]?["url"].AsString() is not { } url || !url.StartsWith("https://", StringComparison.Ordinal))
            {
                Problem("needs externalDocs with the https URL of the Globus API page");
            }
            if (node["security"] is not JsonArray && !rootSecurity)
            {
                Problem("needs security (the accepted scopes, or [] for an unauthenticated call)");
            }
            var successes = operation.SuccessResponses().ToList();
            if (successes.Count == 0)
            {
                Problem("needs a 2xx response");
            }
            foreach (var (status, response) in successes)
            {
                var typed = (response["content"] as JsonObject ?? []).Any(m => m.Value?["schema"]?["$ref"].AsString() is not null);
                var untyped = !string.IsNullOrWhiteSpace(response["x-globus-untyped"].AsString());
                if (typed == untyped)
                {
                    Problem($"response {status} must either name a schema with $ref or say why not with x-globus-untyped (not both)");
                }
            }
            if (operation.RequestBody is { } body)
            {
                if (body["x-globus-body"] is null)
                {
                    Problem("a request body needs x-globus-body");
                }
                if ((body["content"] as JsonObject ?? []).Any(m => m.Value?["schema"]?["$ref"].AsString() is null))
                {
                    Problem("a request body names its schema with $ref");
                }
            }
        }
        foreach (var group in document.Operations().Where(o => o.Id is not null).GroupBy(o => o.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"operationId '{group.Key}' is used by {string.Join(", ", group.Select(o => o.Label))}");
        }
        return problems;
    }

    /// <summary>Every <c>{name}</c> of a path is a required path parameter, and every path parameter is in the path.</summary>
    public static IReadOnlyList<string> PathParameterProblems(SpecDocument document)
    {
        var problems = new List<string>();
        foreach (var operation in document.Operations())
        {
            var inTemplate = TemplateVariable().Matches(operation.Template).Select(m => m.Groups["name"].Value).ToHashSet();
            var declared = operation.Parameters().Where(p => p["in"].AsString() == "path").ToList();
            foreach (var name in inTemplate.Where(n => declared.All(p => p["name"].AsString() != n)))
            {
                problems.Add($"{operation.Label}: path parameter '{name}' is not declared");
            }
            foreach (var parameter in declared)
            {
                var name = parameter["name"].AsString();
                if (name is null || !inTemplate.Contains(name))
                {
                    problems.Add($"{operation.Label}: path parameter '{name}' is not in the path");
                }
                if (parameter["required"].AsBool() != true)
                {
                    problems.Add($"{operation.Label}: path parameter '{name}' must be required");
                }
            }
        }
        return problems;
    }

    /// <summary>Booleans say their encoding; lists say style and explode.</summary>
    public static IReadOnlyList<string> QueryParameterProblems(SpecDocument document)
    {
        var problems = new List<string>();
        foreach (var visit in SpecWalker.Walk(document).Where(v => v.Place == SpecPlace.Parameter && v.Node["in"].AsString() == "query"))
        {
            var name = visit.Node["name"].AsString();
            var type = document.ResolveObject(visit.Node["schema"])?["type"].AsString();
            if (type == "boolean" && visit.Node["x-globus-encoding"] is null)
            {
                problems.Add($"{visit.Path} ({name}): a boolean query parameter needs x-globus-encoding ({string.Join(", ", BooleanEncodings)})");
            }
            if (type == "array" && (visit.Node["style"].AsString() != "form" || visit.Node["explode"].AsBool() is null))
            {
                problems.Add($"{visit.Path} ({name}): a list query parameter needs style: form and explode: false (comma-joined) or true (repeated)");
            }
        }
        return problems;
    }

    /// <summary>Every x-globus key is a documented one, at a place where it may stand, with a well-formed value.</summary>
    public static IReadOnlyList<string> VocabularyProblems(SpecDocument document, SpecReadme readme)
    {
        var problems = new List<string>();
        var placed = new HashSet<(JsonObject, string)>();
        foreach (var visit in SpecWalker.Walk(document))
        {
            foreach (var key in visit.Node.Select(p => p.Key).Where(IsVocabularyKey))
            {
                placed.Add((visit.Node, key));
                if (!readme.Keys.Contains(key))
                {
                    problems.Add($"{visit.Path}: '{key}' is not described in specs/README.md");
                }
                else if (!readme.Places.TryGetValue(key, out var places) || !places.Contains(visit.Place))
                {
                    problems.Add($"{visit.Path}: '{key}' may not stand on a {visit.Place}");
                }
            }
        }
        foreach (var (node, key) in AllVocabularyKeys(document.Root).Where(k => !placed.Contains(k)))
        {
            problems.Add($"{node.GetPath()}: '{key}' stands where no x-globus key may");
        }
        foreach (var key in RootKeys.Where(k => string.IsNullOrWhiteSpace(document.Root[k].AsString())))
        {
            problems.Add($"the document needs {key}");
        }
        if (document.Root["servers"] is not null)
        {
            problems.Add("the document names its service (x-globus-service), not a base URL: no top-level servers");
        }
        problems.AddRange(ValueProblems(document, readme));
        return problems;
    }

    private static IEnumerable<string> ValueProblems(SpecDocument document, SpecReadme readme)
    {
        var root = document.Root;
        // A versioned client keeps Python's name (Compute's ComputeClientV2 and ComputeClientV3).
        if (root["x-globus-client"].AsString() is { } client && !ClientName().IsMatch(client))
        {
            yield return $"x-globus-client '{client}' must end with Client (or Client and a version, such as ClientV2)";
        }
        if (root["x-globus-error"].AsString() is { } error && !error.EndsWith("ApiException", StringComparison.Ordinal))
        {
            yield return $"x-globus-error '{error}' must end with ApiException";
        }
        if (root["x-globus-namespace"].AsString() is { } ns && !ns.StartsWith("Globus.Sdk.", StringComparison.Ordinal))
        {
            yield return $"x-globus-namespace '{ns}' must be under Globus.Sdk";
        }
        foreach (var problem in SecuritySchemeProblems(document))
        {
            yield return problem;
        }
        foreach (var visit in SpecWalker.Walk(document))
        {
            var problems = visit.Place switch
            {
                SpecPlace.Operation => OperationVocabularyProblems(document, readme, visit.Node),
                SpecPlace.Parameter => EncodingProblems(document, visit.Node),
                SpecPlace.RequestBody => BodyProblems(document, visit.Node),
                SpecPlace.NamedSchema => ItemsProblems(document, visit.Node),
                _ => [],
            };
            foreach (var problem in problems.Concat(NameProblems(visit)))
            {
                yield return $"{visit.Path}: {problem}";
            }
        }
    }

    private static IEnumerable<string> SecuritySchemeProblems(SpecDocument document)
    {
        foreach (var (name, node) in document.Root["components"]?["securitySchemes"] as JsonObject ?? [])
        {
            if (node is not JsonObject scheme || scheme["type"].AsString() != "oauth2")
            {
                continue;
            }
            foreach (var key in new[] { "x-globus-resource-server", "x-globus-scopes-class" })
            {
                if (string.IsNullOrWhiteSpace(scheme[key].AsString()))
                {
                    yield return $"security scheme {name} needs {key}";
                }
            }
            var scopes = (scheme["flows"] as JsonObject ?? [])
                .SelectMany(f => f.Value?["scopes"] as JsonObject ?? []).Select(s => s.Key).ToHashSet();
            if (scheme["x-globus-csharp-name"] is { } names
                && (names is not JsonObject map || map.Count == 0
                    || map.Any(n => !scopes.Contains(n.Key) || n.Value.AsString() is not { } constant || !PascalIdentifier().IsMatch(constant))))
            {
                yield return $"security scheme {name}: x-globus-csharp-name maps scopes of the scheme to PascalCase C# identifiers";
            }
            if (scheme["x-globus-default-scopes"] is { } defaults)
            {
                var list = defaults.AsStrings();
                if (list is null || list.Count == 0 || list.Any(s => !scopes.Contains(s)))
                {
                    yield return $"security scheme {name}: x-globus-default-scopes must list scopes of the scheme";
                }
            }
        }
    }

    private static IEnumerable<string> OperationVocabularyProblems(SpecDocument document, SpecReadme readme, JsonObject node)
    {
        foreach (var key in new[] { "x-globus-query-params", "x-globus-hand-written" })
        {
            if (node[key] is { } flag && flag.AsBool() != true)
            {
                yield return $"{key} is true or absent";
            }
        }
        if (node["x-globus-obsolete-id"] is { } obsolete)
        {
            var id = obsolete.AsString();
            if (id is null || !ObsoleteId().IsMatch(id))
            {
                yield return "x-globus-obsolete-id must look like GLOBUS1nn";
            }
            else if (!readme.ObsoleteIds.Contains(id))
            {
                yield return $"x-globus-obsolete-id {id} is not in the table of specs/README.md";
            }
            if (node["deprecated"].AsBool() != true)
            {
                yield return "an operation with x-globus-obsolete-id must be deprecated: true";
            }
        }
        else if (node["deprecated"].AsBool() == true)
        {
            yield return "a deprecated operation needs x-globus-obsolete-id";
        }
        if (node["x-globus-paging"] is { } paging)
        {
            var operation = document.Operations().Single(o => ReferenceEquals(o.Node, node));
            foreach (var problem in PagingProblems(document, operation, paging))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> PagingProblems(SpecDocument document, Operation operation, JsonNode paging)
    {
        if (paging is not JsonObject settings)
        {
            yield return "x-globus-paging is a mapping";
            yield break;
        }
        foreach (var key in settings.Select(p => p.Key).Where(k => !PagingKeys.Contains(k)))
        {
            yield return $"x-globus-paging has no key '{key}'";
        }
        var style = settings["style"].AsString();
        if (style is null || !PagingValues.TryGetValue(style, out var values))
        {
            yield return $"x-globus-paging style must be one of {string.Join(", ", PagingValues.Keys)}";
            yield break;
        }
        var where = settings["in"].AsString() ?? "query";
        foreach (var key in new[] { "page-size", "max-total" })
        {
            if (settings[key] is { } number && number.AsInteger() is not > 0)
            {
                yield return $"x-globus-paging {key} is a positive integer";
            }
        }
        if (settings["marker-key"] is not null && style != "nullable-marker")
        {
            yield return "x-globus-paging marker-key is for the nullable-marker style";
        }
        var response = operation.SuccessResponses()
            .Select(r => document.ResolveObject(r.Response["content"]?["application/json"]?["schema"]))
            .FirstOrDefault(s => s is not null);
        if (response?["x-globus-items"] is null)
        {
            yield return "a paged operation's response schema needs x-globus-items";
        }
        if (settings["size-key"].AsString() is { } sizeKey && response?["properties"]?[sizeKey] is null)
        {
            yield return $"x-globus-paging size-key '{sizeKey}' is not a property of the response";
        }
        IEnumerable<string> accepted = where switch
        {
            "query" => operation.Parameters().Where(p => p["in"].AsString() == "query").Select(p => p["name"].AsString() ?? ""),
            "body" => operation.RequestBody?["x-globus-body"]?["merge"].AsStrings() ?? [],
            _ => [],
        };
        if (where is not ("query" or "body"))
        {
            yield return "x-globus-paging in is query or body";
        }
        foreach (var value in values.Where(v => !accepted.Contains(v)))
        {
            yield return where == "body"
                ? $"paging in the body needs '{value}' in x-globus-body merge"
                : $"paging in the query needs a query parameter '{value}'";
        }
    }

    private static IEnumerable<string> EncodingProblems(SpecDocument document, JsonObject parameter)
    {
        if (parameter["x-globus-encoding"] is not { } node)
        {
            yield break;
        }
        var encoding = node.AsString();
        var type = document.ResolveObject(parameter["schema"])?["type"].AsString();
        if (parameter["in"].AsString() != "query")
        {
            yield return "x-globus-encoding is for query parameters";
        }
        if (encoding is null || !BooleanEncodings.Contains(encoding))
        {
            yield return $"x-globus-encoding must be one of {string.Join(", ", BooleanEncodings)}";
        }
        else if (BooleanEncodings.Contains(encoding) != (type == "boolean"))
        {
            yield return $"x-globus-encoding {encoding} does not fit a parameter of type {type ?? "(none)"}";
        }
    }

    private static IEnumerable<string> BodyProblems(SpecDocument document, JsonObject requestBody)
    {
        if (requestBody["x-globus-body"] is not { } node)
        {
            yield break;
        }
        if (node is not JsonObject body)
        {
            yield return "x-globus-body is a mapping";
            yield break;
        }
        foreach (var key in body.Select(p => p.Key).Where(k => !BodyKeys.Contains(k)))
        {
            yield return $"x-globus-body has no key '{key}'";
        }
        var schema = document.ResolveObject(requestBody["content"]?["application/json"]?["schema"]
            ?? (requestBody["content"] as JsonObject)?.FirstOrDefault().Value?["schema"]);
        var properties = (schema?["properties"] as JsonObject ?? []).Select(p => p.Key).ToHashSet();
        var single = body["argument"];
        var arguments = body["arguments"];
        if ((single is null) == (arguments is null))
        {
            yield return "x-globus-body has exactly one of argument and arguments";
        }
        if (single is not null && !SnakeCase().IsMatch(single.AsString() ?? ""))
        {
            yield return "x-globus-body argument is the Python argument name, in snake_case";
        }
        if (single is not null && (body["wrapper"] is not null || body["additional"] is not null))
        {
            yield return "x-globus-body wrapper and additional go with arguments, not argument";
        }
        if (arguments is not null && body["merge"] is not null)
        {
            yield return "x-globus-body merge goes with argument, not arguments";
        }
        foreach (var key in new[] { "arguments", "merge" })
        {
            if (body[key] is not { } list)
            {
                continue;
            }
            var names = list.AsStrings();
            if (names is null || names.Count == 0)
            {
                yield return $"x-globus-body {key} is a list of property names";
                continue;
            }
            foreach (var name in names.Where(n => !properties.Contains(n)))
            {
                yield return $"x-globus-body {key} names '{name}', which is not a property of the body schema";
            }
        }
        foreach (var key in new[] { "wrapper", "additional" })
        {
            if (body[key] is { } value && !SnakeCase().IsMatch(value.AsString() ?? ""))
            {
                yield return $"x-globus-body {key} is a snake_case name";
            }
        }
    }

    private static IEnumerable<string> ItemsProblems(SpecDocument document, JsonObject schema)
    {
        if (schema["x-globus-items"] is not { } node)
        {
            yield break;
        }
        var name = node.AsString();
        var property = document.ResolveObject(name is null ? null : schema["properties"]?[name]);
        if (property?["type"].AsString() != "array")
        {
            yield return $"x-globus-items '{name}' must name an array property of the schema";
        }
    }

    private static IEnumerable<string> NameProblems(SpecVisit visit)
    {
        // On a security scheme the key is a map of scope names, checked with the scheme's scopes.
        if (visit.Place != SpecPlace.SecurityScheme && visit.Node["x-globus-csharp-name"] is { } node)
        {
            var name = node.AsString();
            if (name is null || !PascalIdentifier().IsMatch(name))
            {
                yield return "x-globus-csharp-name is a PascalCase C# identifier";
            }
            else if (visit.Place == SpecPlace.Operation && !name.EndsWith("Async", StringComparison.Ordinal))
            {
                yield return "an operation's x-globus-csharp-name is the whole method name, ending in Async";
            }
        }
        if (visit.Node["x-globus-secret"] is { } secret && secret.AsBool() != true)
        {
            yield return "x-globus-secret is true or absent";
        }
        if (visit.Node["x-globus-untyped"] is { } untyped && string.IsNullOrWhiteSpace(untyped.AsString()))
        {
            yield return "x-globus-untyped gives the reason as text";
        }
    }

    private static bool IsVocabularyKey(string key) => key.StartsWith("x-globus-", StringComparison.Ordinal);

    private static IEnumerable<(JsonObject, string)> AllVocabularyKeys(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (IsVocabularyKey(key))
                    {
                        yield return (obj, key);
                    }
                    foreach (var found in AllVocabularyKeys(value))
                    {
                        yield return found;
                    }
                }
                break;
            case JsonArray array:
                foreach (var found in array.SelectMany(AllVocabularyKeys))
                {
                    yield return found;
                }
                break;
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalIdentifier();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*Client(V\d+)?$")]
    private static partial Regex ClientName();

    [GeneratedRegex(@"^GLOBUS1\d\d$")]
    private static partial Regex ObsoleteId();

    [GeneratedRegex(@"\{(?<name>[^{}]+)\}")]
    private static partial Regex TemplateVariable();
}
