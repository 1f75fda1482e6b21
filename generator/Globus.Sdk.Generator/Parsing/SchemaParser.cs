using System;
using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;
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
        var namedEnums = new Dictionary<(string Schema, string Wire), YamlNode>();
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
                if (Node(declared, "x-globus-enum-name") is { } enumName)
                {
                    namedEnums[(key, wire)] = enumName;
                }
            }

            schemas[key] = new SchemaModel(
                key, modelName, Text(schema, "description"), At(keyNode), properties.ToEquatableArray(),
                Text(schema, "x-globus-items"), requests.Contains(key));
        }

        NameEnums(schemas, namedEnums);
        return schemas;
    }

    /// <summary>
    /// Gives each set of enum values one struct, shared by every property of the service with those values:
    /// named by the first <c>x-globus-enum-name</c> among them, else by the first one's derived name
    /// (<c>{Model}{Property}</c>). A property whose own <c>x-globus-enum-name</c> differs gets that struct
    /// instead. A name that two different sets of values would take is GLOBUS019, and the later property
    /// stays a plain string.
    /// </summary>
    private void NameEnums(Dictionary<string, SchemaModel> schemas, Dictionary<(string Schema, string Wire), YamlNode> namedEnums)
    {
        var uses = new List<EnumUse>();
        foreach (var schema in schemas.Values)
        {
            for (var i = 0; i < schema.Properties.Count; i++)
            {
                var property = schema.Properties[i];
                namedEnums.TryGetValue((schema.Key, property.WireName), out var nameNode);
                if (property.Type.Kind == TypeKind.Enum)
                {
                    uses.Add(new EnumUse(schema.Key, i, property, ValueSet(property.EnumValues), nameNode));
                }
                else if (nameNode is not null)
                {
                    Report(Diagnostics.InvalidEnumName, At(nameNode), property.WireName, schema.Key, (nameNode as YamlScalarNode)?.Value ?? "",
                        "only a property that is itself a string with an enum becomes a struct (the items of a list stay strings)");
                }
            }
        }

        // Where a name comes from: the property's own x-globus-enum-name, else its set's name, which the
        // first x-globus-enum-name among the set's properties gives, else the first property's derived name.
        (string Name, SpecLocation Where)? Own(EnumUse use) =>
            (use.NameNode as YamlScalarNode)?.Value is { Length: > 0 } name ? (name, At(use.NameNode!)) : null;
        var setNames = uses
            .GroupBy(u => u.Values, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(Own).FirstOrDefault(n => n is not null) ?? (g.First().Property.Type.Name!, g.First().Property.Location),
                StringComparer.Ordinal);
        var owners = new Dictionary<string, (string Values, string Schema, string Wire)>(StringComparer.Ordinal);
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var properties = schemas.ToDictionary(s => s.Key, s => s.Value.Properties.ToArray(), StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var (schema, index, property, values, _) = use;
            var (name, where) = Own(use) ?? setNames[values];
            TypeModel type;
            if (!SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
            {
                // Reported once, where the name is written; every property of that name stays a string.
                if (invalid.Add(name))
                {
                    Report(Diagnostics.InvalidEnumName, where, property.WireName, schema, name, "it is not a C# identifier");
                }

                type = new TypeModel(TypeKind.String);
            }
            else if (owners.TryGetValue(name, out var owner) && owner.Values != values)
            {
                Report(Diagnostics.InvalidEnumName, Own(use)?.Where ?? property.Location, property.WireName, schema, name,
                    $"the property '{owner.Wire}' of the schema '{owner.Schema}' already takes it for other values; give one of them its own name with x-globus-enum-name");
                type = new TypeModel(TypeKind.String);
            }
            else
            {
                owners[name] = (values, schema, property.WireName);
                type = new TypeModel(TypeKind.Enum, name);
            }

            properties[schema][index] = property with { Type = type };
        }

        foreach (var key in properties.Keys)
        {
            schemas[key] = schemas[key] with { Properties = properties[key].ToEquatableArray() };
        }
    }

    /// <summary>A property with an enum, where it is, its set of values, and its <c>x-globus-enum-name</c> node.</summary>
    private readonly record struct EnumUse(string Schema, int Index, PropertyModel Property, string Values, YamlNode? NameNode);

    // One set of values, whatever their order: [a, b] and [b, a] share a struct.
    private static string ValueSet(EquatableArray<string> values) =>
        string.Join("\u0000", values.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal));

    /// <summary>The schemas a request body names: their models must tell a property set to null from one never set.</summary>
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
