using NJsonSchema;
using NJsonSchema.Validation;

namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>JSON Schema validation with NJsonSchema: of a whole document against the OpenAPI 3.0 schema, and of examples against their schemas.</summary>
public static class SchemaChecks
{
    private static readonly Lazy<JsonSchema> OpenApi30 = new(() => JsonSchema
        .FromJsonAsync(File.ReadAllText(RepositoryFiles.PathOf("tests", "Globus.Sdk.Generator.Tests", "Schemas", "openapi-3.0.schema.json")))
        .GetAwaiter().GetResult());

    /// <summary>What the official OpenAPI 3.0 JSON schema finds wrong with the document.</summary>
    public static IReadOnlyList<string> OpenApiProblems(SpecDocument document) =>
        Describe(OpenApi30.Value.Validate(document.Root.ToJsonString())).ToList();

    /// <summary>What is wrong with every <c>example</c> (and <c>examples</c> value) of the document, checked against its schema.</summary>
    public static IReadOnlyList<string> ExampleProblems(SpecDocument document)
    {
        var problems = new List<string>();
        var definitions = new JsonObject();
        foreach (var (name, schema) in document.Root["components"]?["schemas"] as JsonObject ?? [])
        {
            definitions[name] = ToJsonSchema(schema);
        }
        foreach (var visit in SpecWalker.Walk(document))
        {
            foreach (var (where, example) in Examples(visit))
            {
                if (visit.Schema is null)
                {
                    problems.Add($"{where}: an example without a schema to check it against");
                    continue;
                }
                var schema = new JsonObject
                {
                    ["definitions"] = definitions.DeepClone(),
                    ["allOf"] = new JsonArray(ToJsonSchema(visit.Schema)),
                };
                var validator = JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
                var json = example?.ToJsonString() ?? "null";
                problems.AddRange(Describe(validator.Validate(json)).Select(p => $"{where}: {p}"));
            }
        }
        return problems;
    }

    private static IEnumerable<(string Where, JsonNode? Example)> Examples(SpecVisit visit)
    {
        if (visit.Node.TryGetPropertyValue("example", out var example))
        {
            yield return ($"{visit.Path}.example", example);
        }
        if (visit.Place is SpecPlace.Parameter or SpecPlace.MediaType)
        {
            foreach (var (name, value) in visit.Node["examples"] as JsonObject ?? [])
            {
                yield return ($"{visit.Path}.examples.{name}", value?["value"]);
            }
        }
    }

    /// <summary>
    /// Turns an OpenAPI 3.0 schema into a JSON Schema for NJsonSchema: references point at
    /// <c>definitions</c>, <c>nullable</c> admits null, and an object schema with properties
    /// admits no undeclared property unless it says so (so a misspelt key in an example fails).
    /// </summary>
    public static JsonNode? ToJsonSchema(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(ToJsonSchema).ToArray());
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key is "example" or "examples" or "nullable" or "discriminator" or "readOnly" or "writeOnly" or "xml" or "externalDocs" or "deprecated"
                        || key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    result[key] = key switch
                    {
                        "$ref" => JsonValue.Create(value.AsString()?.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal)),
                        "properties" => new JsonObject((value as JsonObject ?? []).Select(p => KeyValuePair.Create(p.Key, ToJsonSchema(p.Value)))),
                        "enum" or "required" or "default" => value?.DeepClone(),
                        _ => ToJsonSchema(value),
                    };
                }
                if (obj.ContainsKey("properties") && !obj.ContainsKey("additionalProperties"))
                {
                    result["additionalProperties"] = false;
                }
                return obj["nullable"].AsBool() == true
                    ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, result) }
                    : result;
            default:
                return node?.DeepClone();
        }
    }

    private static IEnumerable<string> Describe(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var where = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                var reasons = child.Errors.SelectMany(e => e.Value).Select(e => $"{e.Kind} at {e.Path}").Distinct().Take(6);
                yield return $"{error.Kind} at {where} ({string.Join("; ", reasons)})";
            }
            else
            {
                yield return $"{error.Kind} at {where}";
            }
        }
    }
}
