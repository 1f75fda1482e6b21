namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>The kinds of place in an OpenAPI document that the checks tell apart.</summary>
public enum SpecPlace
{
    Root,
    SecurityScheme,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    /// <summary>A schema under <c>components.schemas</c> (a future C# type).</summary>
    NamedSchema,
    /// <summary>A schema under a schema's <c>properties</c> (a future C# property).</summary>
    Property,
    /// <summary>Any other schema: items, additional properties, alternatives, parameter and media-type schemas.</summary>
    Schema,
}

/// <summary>One visited object; <see cref="Schema"/> is the schema that applies to its examples, if any.</summary>
public sealed record SpecVisit(SpecPlace Place, JsonObject Node, JsonNode? Schema)
{
    public string Path => Node.GetPath();
}

/// <summary>Visits the places of an OpenAPI document where the vocabulary and examples may stand.</summary>
public static class SpecWalker
{
    public static IEnumerable<SpecVisit> Walk(SpecDocument document)
    {
        var root = document.Root;
        var visits = new List<SpecVisit> { new(SpecPlace.Root, root, null) };
        var components = root["components"] as JsonObject;

        foreach (var scheme in Objects(components?["securitySchemes"]))
        {
            visits.Add(new(SpecPlace.SecurityScheme, scheme, null));
        }
        foreach (var parameter in Objects(components?["parameters"]))
        {
            AddParameter(visits, parameter);
        }
        foreach (var schema in Objects(components?["schemas"]))
        {
            AddSchema(visits, schema, SpecPlace.NamedSchema);
        }
        foreach (var body in Objects(components?["requestBodies"]))
        {
            AddContent(visits, body, SpecPlace.RequestBody);
        }
        foreach (var response in Objects(components?["responses"]))
        {
            AddContent(visits, response, SpecPlace.Response);
        }
        foreach (var pathItem in Objects(root["paths"]))
        {
            foreach (var parameter in Inline(pathItem["parameters"]))
            {
                AddParameter(visits, parameter);
            }
        }
        foreach (var operation in document.Operations())
        {
            visits.Add(new(SpecPlace.Operation, operation.Node, null));
            foreach (var parameter in Inline(operation.Node["parameters"]))
            {
                AddParameter(visits, parameter);
            }
            if (operation.Node["requestBody"] is JsonObject body && body["$ref"] is null)
            {
                AddContent(visits, body, SpecPlace.RequestBody);
            }
            foreach (var response in Objects(operation.Node["responses"]).Where(r => r["$ref"] is null))
            {
                AddContent(visits, response, SpecPlace.Response);
            }
        }
        return visits;
    }

    private static void AddParameter(List<SpecVisit> visits, JsonObject parameter)
    {
        visits.Add(new(SpecPlace.Parameter, parameter, parameter["schema"]));
        if (parameter["schema"] is JsonObject schema)
        {
            AddSchema(visits, schema, SpecPlace.Schema);
        }
    }

    private static void AddContent(List<SpecVisit> visits, JsonObject owner, SpecPlace place)
    {
        visits.Add(new(place, owner, null));
        foreach (var mediaType in Objects(owner["content"]))
        {
            visits.Add(new(SpecPlace.MediaType, mediaType, mediaType["schema"]));
            if (mediaType["schema"] is JsonObject schema)
            {
                AddSchema(visits, schema, SpecPlace.Schema);
            }
        }
    }

    private static void AddSchema(List<SpecVisit> visits, JsonObject schema, SpecPlace place)
    {
        visits.Add(new(place, schema, schema));
        if (schema["$ref"] is not null)
        {
            return;
        }
        foreach (var property in Objects(schema["properties"]))
        {
            AddSchema(visits, property, SpecPlace.Property);
        }
        foreach (var key in new[] { "items", "additionalProperties", "not" })
        {
            if (schema[key] is JsonObject child)
            {
                AddSchema(visits, child, SpecPlace.Schema);
            }
        }
        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            foreach (var child in (schema[key] as JsonArray ?? []).OfType<JsonObject>())
            {
                AddSchema(visits, child, SpecPlace.Schema);
            }
        }
    }

    /// <summary>The object values of a mapping (the members of <c>paths</c>, <c>properties</c>, ...).</summary>
    private static IEnumerable<JsonObject> Objects(JsonNode? mapping) =>
        (mapping as JsonObject ?? []).Select(p => p.Value).OfType<JsonObject>();

    /// <summary>The members of a parameter list that are written in place (references are visited where they point).</summary>
    private static IEnumerable<JsonObject> Inline(JsonNode? list) =>
        (list as JsonArray ?? []).OfType<JsonObject>().Where(p => p["$ref"] is null);
}
