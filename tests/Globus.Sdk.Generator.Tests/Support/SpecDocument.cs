namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>An OpenAPI document read from YAML into a JSON tree, with the look-ups the checks share.</summary>
public sealed class SpecDocument
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private SpecDocument(string name, JsonObject root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>The file name (<c>search.yaml</c>), or the name a test gave an inline document.</summary>
    public string Name { get; }

    public JsonObject Root { get; }

    public static SpecDocument Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    public static SpecDocument Parse(string name, string yaml) =>
        new(name, YamlJson.Parse(yaml) as JsonObject
            ?? throw new InvalidDataException($"{name}: the document is not a mapping"));

    public override string ToString() => Name;

    public IEnumerable<Operation> Operations()
    {
        foreach (var (template, item) in Root["paths"] as JsonObject ?? [])
        {
            if (item is not JsonObject pathItem)
            {
                continue;
            }
            foreach (var method in HttpMethods)
            {
                if (pathItem[method] is JsonObject operation)
                {
                    yield return new Operation(this, template, method, pathItem, operation);
                }
            }
        }
    }

    /// <summary>Follows local <c>$ref</c>s (<c>#/components/...</c>) until a node that is not a reference.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject obj && obj["$ref"].AsString() is { } reference; hops++)
        {
            if (hops == 32)
            {
                throw new InvalidDataException($"{Name}: $ref cycle at {obj.GetPath()}");
            }
            node = Pointer(reference);
        }
        return node;
    }

    public JsonObject? ResolveObject(JsonNode? node) => Resolve(node) as JsonObject;

    private JsonNode? Pointer(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{Name}: only local references are allowed, not '{reference}'");
        }
        JsonNode? node = Root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            node = node is JsonObject obj && obj.TryGetPropertyValue(segment, out var child)
                ? child
                : throw new InvalidDataException($"{Name}: '{reference}' does not resolve");
        }
        return node;
    }
}

/// <summary>One operation of a path item.</summary>
public sealed record Operation(SpecDocument Document, string Template, string Method, JsonObject PathItem, JsonObject Node)
{
    public string? Id => Node["operationId"].AsString();

    public string Label => $"{Method.ToUpperInvariant()} {Template} ({Id ?? "no operationId"})";

    /// <summary>The path item's and the operation's parameters, resolved; the operation's win on the same name and place.</summary>
    public IReadOnlyList<JsonObject> Parameters()
    {
        var byKey = new Dictionary<(string, string), JsonObject>();
        foreach (var list in new[] { PathItem["parameters"], Node["parameters"] })
        {
            foreach (var item in list as JsonArray ?? [])
            {
                if (Document.ResolveObject(item) is { } parameter)
                {
                    byKey[(parameter["name"].AsString() ?? "", parameter["in"].AsString() ?? "")] = parameter;
                }
            }
        }
        return byKey.Values.ToList();
    }

    public JsonObject? RequestBody => Document.ResolveObject(Node["requestBody"]);

    /// <summary>The JSON schema of the request body, resolved, if there is one.</summary>
    public JsonObject? RequestBodySchema() =>
        Document.ResolveObject(RequestBody?["content"]?["application/json"]?["schema"]);

    /// <summary>The 2xx responses, resolved, by status code.</summary>
    public IEnumerable<(string Status, JsonObject Response)> SuccessResponses()
    {
        foreach (var (status, response) in Node["responses"] as JsonObject ?? [])
        {
            if (status.StartsWith('2') && Document.ResolveObject(response) is { } resolved)
            {
                yield return (status, resolved);
            }
        }
    }
}
