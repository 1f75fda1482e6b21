using System;
using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>Reads <c>components.schemas</c> into the models the generator emits a record and a converter for.</summary>
internal sealed partial class SpecParser
{
    private const string SchemaPrefix = "#/components/schemas/";

    private Dictionary<string, SchemaModel> ReadSchemas()
    {
        var entries = Entries(Map(Map(_root, "components"), "schemas"))
            .Select(e => (KeyNode: e.Key, Key: ((YamlScalarNode)e.Key).Value ?? "", Node: e.Value as YamlMappingNode))
            .ToList();
        // A $ref names the schema's key; the property's C# type is the name the schema is emitted under.
        var names = entries.ToDictionary(e => e.Key, e => Text(e.Node, "x-globus-csharp-name") ?? e.Key, StringComparer.Ordinal);
        var requests = RequestSchemaKeys();
        var schemas = new Dictionary<string, SchemaModel>(StringComparer.Ordinal);
        foreach (var (keyNode, key, schema) in entries)
        {
            var modelName = names[key];
            var properties = new List<PropertyModel>();
            foreach (var (propertyKey, propertyValue) in Entries(Map(schema, "properties")))
            {
                var wire = ((YamlScalarNode)propertyKey).Value ?? "";
                var declared = propertyValue as YamlMappingNode;
                var property = Resolve(declared, "schemas");
                var csharpName = Text(declared, "x-globus-csharp-name") ?? Naming.Pascal(wire);
                if (csharpName == "AdditionalProperties")
                {
                    Report(Diagnostics.ReservedPropertyName, At(propertyKey), wire, key, csharpName);
                }
                else if (csharpName == modelName)
                {
                    Report(Diagnostics.PropertyNamedAsModel, At(propertyKey), wire, key, csharpName);
                }

                var type = TypeOf(declared, names, key, wire, propertyKey, modelName + csharpName, depth: 0);
                var enumValues = type.Kind == TypeKind.Enum
                    ? Items(Node(property, "enum")).Select(n => (n as YamlScalarNode)?.Value ?? "").ToEquatableArray()
                    : EquatableArray<string>.Empty;
                properties.Add(new PropertyModel(
                    wire, csharpName, KindOf(property), Minimum(property), Text(property, "description"), At(propertyKey),
                    type, Flag(declared, "x-globus-secret"), enumValues));
            }

            schemas[key] = new SchemaModel(
                key, modelName, Text(schema, "description"), At(keyNode), properties.ToEquatableArray(),
                Text(schema, "x-globus-items"), requests.Contains(key));
        }

        return schemas;
    }

    /// <summary>
    /// The schemas a request body names, and those nested in them: their models must tell a property set
    /// to null from one never set.
    /// </summary>
    private HashSet<string> RequestSchemaKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, pathItem) in Entries(Map(_root, "paths")))
        {
            foreach (var (_, operation) in Entries(pathItem as YamlMappingNode))
            {
                var body = Map(operation as YamlMappingNode, "requestBody");
                if (Text(body, "$ref") is not null)
                {
                    continue;
                }

                foreach (var (_, media) in Entries(Map(body, "content")))
                {
                    if (Text(Map(media as YamlMappingNode, "schema"), "$ref") is { } reference && reference.StartsWith(SchemaPrefix, StringComparison.Ordinal))
                    {
                        keys.Add(reference.Substring(SchemaPrefix.Length));
                    }
                }
            }
        }

        // A document nested in a request body is sent too: it tells null from unset as well, so that a
        // field a caller set to null (or read from JSON as null) is never dropped on the way out.
        var pending = new Queue<string>(keys);
        while (pending.Count > 0)
        {
            var schema = Map(Map(Map(_root, "components"), "schemas"), pending.Dequeue());
            foreach (var (_, property) in Entries(Map(schema, "properties")))
            {
                var item = property as YamlMappingNode;
                while (Text(item, "type") == "array")
                {
                    item = Map(item, "items");
                }

                if (Text(item, "$ref") is { } reference && reference.StartsWith(SchemaPrefix, StringComparison.Ordinal)
                    && keys.Add(reference.Substring(SchemaPrefix.Length)))
                {
                    pending.Enqueue(reference.Substring(SchemaPrefix.Length));
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// The C# type of a property schema. What the SDK models as free-form (objects without properties,
    /// <c>oneOf</c>/<c>anyOf</c>, no type) is a <c>JsonElement</c>; what it cannot model is one too, with GLOBUS017.
    /// </summary>
    private TypeModel TypeOf(YamlMappingNode? node, Dictionary<string, string> names, string schema, string wire, YamlNode at, string enumName, int depth)
    {
        if (node is null)
        {
            return TypeModel.Json;
        }

        if (Text(node, "$ref") is { } reference)
        {
            // The property itself was resolved (and an unknown $ref reported) by the caller; an item's is resolved here.
            if (depth > 0 && Resolve(node, "schemas") is null)
            {
                return TypeModel.Json;
            }

            return reference.StartsWith(SchemaPrefix, StringComparison.Ordinal) && names.TryGetValue(reference.Substring(SchemaPrefix.Length), out var name)
                ? new TypeModel(TypeKind.Model, name)
                : TypeModel.Json;
        }

        if (Node(node, "oneOf") is not null || Node(node, "anyOf") is not null)
        {
            return TypeModel.Json;
        }

        if (Node(node, "allOf") is not null)
        {
            return Unsupported(at, schema, wire, "'allOf' is not supported");
        }

        var type = Text(node, "type");
        if (Node(node, "enum") is not null && type != "string")
        {
            return Unsupported(at, schema, wire, $"an enum of type '{type ?? "none"}' is not supported; only enums of strings are");
        }

        switch (type)
        {
            case null:
                return TypeModel.Json;
            case "string":
                // Enums inside lists stay strings: a struct per list would be a type nobody names.
                return Node(node, "enum") is not null && depth == 0 ? new TypeModel(TypeKind.Enum, enumName) : new TypeModel(TypeKind.String);
            case "integer":
                return new TypeModel(Text(node, "format") == "int32" ? TypeKind.Int32 : TypeKind.Int64);
            case "number":
                return new TypeModel(TypeKind.Number);
            case "boolean":
                return new TypeModel(TypeKind.Boolean);
            case "object":
                return Map(node, "properties") is { Children.Count: > 0 }
                    ? Unsupported(at, schema, wire, "an object with its own properties must be a named schema in components.schemas, referenced with $ref")
                    : TypeModel.Json;
            case "array":
                var item = TypeOf(Map(node, "items"), names, schema, wire, at, enumName, depth + 1);
                return item.Kind == TypeKind.Model && depth > 0
                    ? Unsupported(at, schema, wire, "a list of lists of models is not supported")
                    : new TypeModel(TypeKind.List, Item: item);
            default:
                return Unsupported(at, schema, wire, $"the type '{type}' is not an OpenAPI type");
        }
    }

    private TypeModel Unsupported(YamlNode at, string schema, string wire, string why)
    {
        Report(Diagnostics.UnsupportedSchema, At(at), wire, schema, why);
        return TypeModel.Json;
    }
}
