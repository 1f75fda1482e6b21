using System.Collections.Generic;
using System.Linq;
using System.Text;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>
/// Emits a model's <c>JsonConverter</c>: one pass over <c>Utf8JsonReader</c>, wire names matched on their
/// UTF-8 bytes (a <c>switch</c> on the length, then <c>u8</c> literals) into a field enum whose <c>switch</c>
/// fills locals, one object initializer;
/// unknown fields kept as their JSON text; null properties left out, except a request model's properties
/// that were set to null.
/// </summary>
internal static class ConverterEmitter
{
    private static readonly HashSet<string> Reserved = ["reader", "typeToConvert", "options", "additional", "wireName", "writer", "value"];

    public static GeneratedFile Emit(ServiceModel service, SchemaModel schema)
    {
        var writer = ClientEmitter.FileStart(service, "System.Text.Json", "System.Text.Json.Serialization");
        var name = schema.CSharpName;
        var locals = schema.Properties.ToDictionary(p => p.WireName, Local);
        writer.Doc($"<summary>Reads and writes <see cref=\"{name}\"/> in one pass over the JSON, without reflection.</summary>");
        var names = FieldNames.For(schema);
        writer.Block($"internal sealed class {name}JsonConverter : JsonConverter<{name}>", () =>
        {
            writer.Line($"internal static readonly {name}JsonConverter Instance = new();");
            writer.Line();
            if (schema.Properties.Count > 0)
            {
                EmitFieldEnum(writer, schema, names);
            }

            writer.Doc("<inheritdoc/>");
            writer.Block($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)", () =>
            {
                writer.Line($"reader.ExpectStartObject(nameof({name}));");
                foreach (var property in schema.Properties)
                {
                    var type = property.Type.Kind == TypeKind.Enum ? "string" : ModelEmitter.TypeName(property.Type);
                    writer.Line($"{type}? {locals[property.WireName]} = null;");
                    if (schema.IsRequest)
                    {
                        writer.Line($"var {locals[property.WireName]}Seen = false;");
                    }
                }

                writer.Line("UnknownFields additional = default;");
                writer.Block("while (reader.NextPropertyName())", () =>
                {
                    writer.Line("var wireName = reader.PropertyNameThenValue();");
                    if (schema.Properties.Count == 0)
                    {
                        writer.Line("reader.ReadAdditionalProperty(wireName, ref additional);");
                        return;
                    }

                    EmitFieldSwitch(writer, schema, locals, names);
                });
                writer.Line();
                writer.Line($"return new {name}");
                writer.Block("", () =>
                {
                    foreach (var property in schema.Properties)
                    {
                        var local = locals[property.WireName];
                        writer.Line(property.Type.Kind == TypeKind.Enum
                            ? $"{property.CSharpName} = {local} is null ? default({property.Type.Name}?) : new {property.Type.Name}({local}),"
                            : $"{property.CSharpName} = {local},");
                        if (schema.IsRequest)
                        {
                            writer.Line($"{property.CSharpName}IsSet = {local}Seen,");
                        }
                    }

                    writer.Line("AdditionalPropertiesJson = additional.ToJson(),");
                }, "};");
            });
            writer.Line();
            writer.Doc("<inheritdoc/>");
            writer.Block($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options)", () =>
            {
                writer.Line("writer.WriteStartObject();");
                foreach (var property in schema.Properties)
                {
                    var wire = DocText.Literal(property.WireName);
                    var write = WriteStatement(wire, $"value.{property.CSharpName}", property.Type);
                    if (!schema.IsRequest)
                    {
                        writer.Line(write);
                        continue;
                    }

                    writer.Block($"if (value.{property.CSharpName}IsSet)", () =>
                    {
                        writer.Block($"if (value.{property.CSharpName} is null)", () => writer.Line($"writer.WriteNull({wire});"));
                        writer.Block("else", () => writer.Line(write));
                    });
                }

                writer.Line("writer.WriteAdditionalProperties(value.AdditionalProperties);");
                writer.Line("writer.WriteEndObject();");
            });
            if (schema.Properties.Count > 0)
            {
                writer.Line();
                EmitMatch(writer, schema, names);
            }
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, GeneratedTypes.ConverterName(name)), writer.ToString());
    }

    // The fields are matched in a method of their own, apart from Read: in one method, the name comparisons of a
    // model of 60 fields use up the JIT's inlining budget, which leaves the value readers and setters out of line.
    private static void EmitFieldEnum(SourceWriter writer, SchemaModel schema, FieldNames names)
    {
        writer.Doc($"<summary>The model's fields, as <see cref=\"Match\"/> tells them apart by wire name.</summary>");
        writer.Block($"private enum {names.Enum}", () =>
        {
            writer.Line($"{names.Unknown},");
            foreach (var property in schema.Properties)
            {
                writer.Line($"{property.CSharpName},");
            }
        });
        writer.Line();
    }

    private static void EmitFieldSwitch(SourceWriter writer, SchemaModel schema, Dictionary<string, string> locals, FieldNames names) =>
        writer.Block("switch (Match(wireName))", () =>
        {
            foreach (var property in schema.Properties)
            {
                var local = locals[property.WireName];
                var read = ReadExpression(property.Type, DocText.Literal(property.WireName), property.Secret);
                var seen = schema.IsRequest ? $" {local}Seen = true;" : "";
                writer.Line($"case {names.Enum}.{property.CSharpName}: {local} = {read};{seen} break;");
            }

            writer.Line("default: reader.ReadAdditionalProperty(wireName, ref additional); break;");
        });

    // Names are matched on their UTF-8 bytes, by length first, so no name becomes a string.
    private static void EmitMatch(SourceWriter writer, SchemaModel schema, FieldNames names)
    {
        writer.Doc($"<summary>The field an unescaped UTF-8 wire name names; <see cref=\"{names.Enum}.{names.Unknown}\"/> when the model has none.</summary>");
        writer.Block($"private static {names.Enum} Match(ReadOnlySpan<byte> wireName)", () =>
        {
            writer.Block("switch (wireName.Length)", () =>
            {
                foreach (var group in schema.Properties.GroupBy(p => Encoding.UTF8.GetByteCount(p.WireName)).OrderBy(g => g.Key))
                {
                    writer.Line($"case {group.Key}:");
                    foreach (var property in group)
                    {
                        writer.Line($"    if (wireName.SequenceEqual({DocText.Literal(property.WireName)}u8)) {{ return {names.Enum}.{property.CSharpName}; }}");
                    }

                    writer.Line("    break;");
                }
            });
            writer.Line();
            writer.Line($"return {names.Enum}.{names.Unknown};");
        });
    }

    private static string Local(PropertyModel property)
    {
        var local = Naming.Camel(property.CSharpName);
        return Reserved.Contains(local) ? local + "_" : local;
    }

    // A secret is read into a string of its own: the shared table of repeated values never keeps one.
    private static string ReadExpression(TypeModel type, string wireName, bool secret) => type.Kind switch
    {
        TypeKind.String when secret => $"reader.ReadSecretString({wireName})",
        TypeKind.String or TypeKind.Enum => $"reader.ReadString({wireName})",
        TypeKind.Int32 => $"reader.ReadInt32({wireName})",
        TypeKind.Int64 => $"reader.ReadInt64({wireName})",
        TypeKind.Number => $"reader.ReadDouble({wireName})",
        TypeKind.Boolean => $"reader.ReadBoolean({wireName})",
        TypeKind.Model => $"reader.ReadModel({type.Name}JsonConverter.Instance, options)",
        TypeKind.List when type.Item!.Kind == TypeKind.String => $"reader.ReadStringList({wireName})",
        TypeKind.List when type.Item!.Kind == TypeKind.Model => $"reader.ReadList({wireName}, {type.Item.Name}JsonConverter.Instance, options)",
        TypeKind.List => $"reader.ReadList<{ModelEmitter.TypeName(type.Item!)}>({wireName}, {ItemReader(type.Item!)})",
        _ => "reader.ReadElement()",
    };

    // ModelJson names its item readers and writers alike: StringItem reads a string, WriteStringItem writes one.
    private static string ItemReader(TypeModel item) => ItemHelper(item, write: false);

    private static string ItemWriter(TypeModel item) => ItemHelper(item, write: true);

    private static string ItemHelper(TypeModel item, bool write)
    {
        if (item.Kind == TypeKind.List)
        {
            return $"ModelJson.List{(write ? "Writer" : "Reader")}<{ModelEmitter.TypeName(item.Item!)}>({ItemHelper(item.Item!, write)})";
        }

        var scalar = item.Kind switch
        {
            TypeKind.String or TypeKind.Enum => "String",
            TypeKind.Int32 => "Int32",
            TypeKind.Int64 => "Int64",
            TypeKind.Number => "Double",
            TypeKind.Boolean => "Boolean",
            _ => "Element",
        };
        return $"ModelJson.{(write ? "Write" : "")}{scalar}Item";
    }

    private static string WriteStatement(string wire, string value, TypeModel type) => type.Kind switch
    {
        TypeKind.Enum => $"writer.WriteOptional({wire}, {value}?.Value);",
        TypeKind.Model => $"writer.WriteModel({wire}, {value}, {type.Name}JsonConverter.Instance, options);",
        TypeKind.List when type.Item!.Kind == TypeKind.String => $"writer.WriteOptional({wire}, {value});",
        TypeKind.List when type.Item!.Kind == TypeKind.Model => $"writer.WriteOptional({wire}, {value}, {type.Item.Name}JsonConverter.Instance, options);",
        TypeKind.List => $"writer.WriteOptional<{ModelEmitter.TypeName(type.Item!)}>({wire}, {value}, {ItemWriter(type.Item!)});",
        _ => $"writer.WriteOptional({wire}, {value});",
    };

    /// <summary>
    /// The names of the converter's field enum and of its member for a name the model does not know: the enum is
    /// nested in the converter, so it must not hide a type the converter names, nor share a member's name, and the
    /// member must not be a property's.
    /// </summary>
    private sealed record FieldNames(string Enum, string Unknown)
    {
        public static FieldNames For(SchemaModel schema)
        {
            // An enum member may not share its enum's name, so the properties' names are taken too.
            var taken = new HashSet<string> { schema.CSharpName };
            foreach (var property in schema.Properties)
            {
                taken.Add(property.CSharpName);
                for (var type = property.Type; type is not null; type = type.Item)
                {
                    if (type.Name is { } typeName)
                    {
                        taken.Add(typeName);
                    }
                }
            }

            return new FieldNames(new Locals(taken).Name("Field"), new Locals(schema.Properties.Select(p => p.CSharpName)).Name("Unknown"));
        }
    }
}
