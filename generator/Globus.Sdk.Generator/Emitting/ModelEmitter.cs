using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>
/// Emits a schema's partial record: one nullable <c>init</c> property per schema property, and value
/// equality that compares lists, nested models, free-form JSON and unknown fields by content. Its enum
/// structs are the <see cref="EnumEmitter"/>'s.
/// </summary>
internal static class ModelEmitter
{
    public static GeneratedFile Emit(ServiceModel service, SchemaModel schema)
    {
        var writer = ClientEmitter.FileStart(service, "System.Text.Json", "System.Text.Json.Serialization");
        var name = schema.CSharpName;
        var items = Items(schema);
        writer.Doc($"<summary>{DocText.Inline(schema.Description ?? $"The {schema.Key} document.")}</summary>");
        if (items is not null)
        {
            writer.Doc($"<remarks>Enumerating it yields <see cref=\"{items.CSharpName}\"/>; the other fields stay available as properties.</remarks>");
        }

        writer.Line($"[JsonConverter(typeof({name}JsonConverter))]");
        var enumerable = items is not null ? $", IEnumerable<{TypeName(items.Type.Item!)}>" : "";
        writer.Block($"public sealed partial record {name} : GlobusModel{enumerable}", () =>
        {
            foreach (var property in schema.Properties)
            {
                WriteProperty(writer, schema, property);
                writer.Line();
            }

            if (items is not null)
            {
                var itemType = TypeName(items.Type.Item!);
                writer.Doc($"<summary>Enumerates <see cref=\"{items.CSharpName}\"/>; nothing when the service sent none.</summary>");
                writer.Doc($"<returns>An enumerator over <see cref=\"{items.CSharpName}\"/>.</returns>");
                writer.Line($"public IEnumerator<{itemType}> GetEnumerator() => ({items.CSharpName} ?? []).GetEnumerator();");
                writer.Line();
                writer.Line("System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
                writer.Line();
            }

            if (schema.Properties.Any(p => p.Secret))
            {
                WritePrintMembers(writer, schema);
                writer.Line();
            }

            WriteEquality(writer, schema);
            writer.Line();
            writer.Doc("<inheritdoc/>");
            writer.Line("public override void WriteTo(Utf8JsonWriter writer) =>");
            writer.Indent();
            writer.Line($"{name}JsonConverter.Instance.Write(writer, this, {service.JsonContextName}.Default.Options);");
            writer.Unindent();
        });

        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, name), writer.ToString());
    }

    /// <summary>The list property a schema enumerates (<c>x-globus-items</c>), when it names one.</summary>
    public static PropertyModel? Items(SchemaModel schema) => schema.ItemsProperty;

    public static string TypeName(TypeModel type) => type.CSharpName;

    public static string Field(PropertyModel property) => "_" + Naming.Bare(Naming.Camel(property.CSharpName));

    private static void WriteProperty(SourceWriter writer, SchemaModel schema, PropertyModel property)
    {
        var type = TypeName(property.Type) + "?";
        var summary = property.Description is { } description
            ? $"{DocText.Inline(description).TrimEnd('.')} (wire name <c>{DocText.Escape(property.WireName)}</c>)."
            : $"The <c>{DocText.Escape(property.WireName)}</c> field.";
        if (!schema.IsRequest)
        {
            writer.Doc($"<summary>{summary}</summary>");
            if (property.Secret)
            {
                writer.Doc("<remarks>A secret: <see cref=\"object.ToString\"/> does not show it.</remarks>");
            }

            writer.Line($"public {type} {property.CSharpName} {{ get; init; }}");
            return;
        }

        var field = Field(property);
        writer.Line($"private {type} {field};");
        writer.Line($"private bool {field}IsSet;");
        writer.Line();
        writer.Doc($"<summary>{summary}</summary>");
        writer.Doc("<remarks>Sent only when set; set to null, it is sent as <c>null</c>.</remarks>");
        writer.Block($"public {type} {property.CSharpName}", () =>
        {
            writer.Line($"get => {field};");
            writer.Block("init", () =>
            {
                writer.Line($"{field} = value;");
                writer.Line($"{field}IsSet = true;");
            });
        });
        writer.Line();
        writer.Doc($"<summary>Whether <see cref=\"{property.CSharpName}\"/> was set, so the converter writes it.</summary>");
        writer.Line($"internal bool {property.CSharpName}IsSet {{ get => {field}IsSet; init => {field}IsSet = value; }}");
    }

    // Secrets never reach logs: the record's printed form shows that a secret is there, not what it is.
    private static void WritePrintMembers(SourceWriter writer, SchemaModel schema)
    {
        writer.Doc("<summary>Prints the properties for <see cref=\"object.ToString\"/>, with secrets redacted.</summary>");
        writer.Doc("<param name=\"builder\">The text being built.</param>");
        writer.Doc("<returns>Always true: there are properties to print.</returns>");
        writer.Block("protected override bool PrintMembers(System.Text.StringBuilder builder)", () =>
        {
            writer.Block("if (base.PrintMembers(builder))", () => writer.Line("builder.Append(\", \");"));
            writer.Line();
            var first = true;
            foreach (var property in schema.Properties)
            {
                var prefix = (first ? "" : ", ") + property.CSharpName + " = ";
                first = false;
                writer.Line(property.Secret
                    ? $"builder.Append({DocText.Literal(prefix)}).Append({property.CSharpName} is null ? \"\" : \"REDACTED\");"
                    : $"builder.Append({DocText.Literal(prefix)}).Append((object?){property.CSharpName});");
            }

            writer.Line("return true;");
        });
    }

    // A record compares lists and JsonElements by reference; a model compares what they hold, so two
    // models read from the same JSON are equal. A request model also compares what was set.
    private static void WriteEquality(SourceWriter writer, SchemaModel schema)
    {
        writer.Doc("<summary>Whether <paramref name=\"other\"/> holds the same values: lists, nested models, free-form JSON and unknown fields compared by content.</summary>");
        writer.Doc("<param name=\"other\">The model to compare with.</param>");
        writer.Doc("<returns>True when both hold the same values.</returns>");
        writer.Block($"public bool Equals({schema.CSharpName}? other)", () =>
        {
            writer.Block("if (ReferenceEquals(this, other))", () => writer.Line("return true;"));
            writer.Line();
            writer.Line("return other is not null");
            writer.Indent();
            writer.Line(schema.Properties.Count == 0 ? "&& base.Equals(other);" : "&& base.Equals(other)");
            for (var i = 0; i < schema.Properties.Count; i++)
            {
                var property = schema.Properties[i];
                var set = schema.IsRequest ? $" && {property.CSharpName}IsSet == other.{property.CSharpName}IsSet" : "";
                writer.Line($"&& {EqualsExpression(property)}{set}{(i == schema.Properties.Count - 1 ? ";" : "")}");
            }

            writer.Unindent();
        });
        writer.Line();
        writer.Doc("<summary>A hash code that agrees with <see cref=\"Equals(" + schema.CSharpName + ")\"/>.</summary>");
        writer.Doc("<returns>The hash code.</returns>");
        writer.Block("public override int GetHashCode()", () =>
        {
            writer.Line("var hash = new HashCode();");
            writer.Line("hash.Add(base.GetHashCode());");
            foreach (var property in schema.Properties)
            {
                writer.Line($"hash.Add({HashExpression(property)});");
            }

            writer.Line("return hash.ToHashCode();");
        });
    }

    private static string EqualsExpression(PropertyModel property)
    {
        var name = property.CSharpName;
        return property.Type.Kind switch
        {
            TypeKind.Json => $"ModelEquality.JsonEquals({name}, other.{name})",
            TypeKind.List => $"{Comparer(property.Type)}.Equals({name}, other.{name})",
            _ => $"{name} == other.{name}",
        };
    }

    private static string HashExpression(PropertyModel property)
    {
        var name = property.CSharpName;
        return property.Type.Kind switch
        {
            TypeKind.Json => $"ModelEquality.JsonHash({name})",
            TypeKind.List => $"{Comparer(property.Type)}.GetHashCode({name})",
            _ => name,
        };
    }

    // ListComparer<T>.Default compares items as records do, JSON by content; OfLists nests it for lists of lists.
    private static string Comparer(TypeModel list) =>
        list.Item!.Kind == TypeKind.List ? Comparer(list.Item) + ".OfLists" : $"ListComparer<{TypeName(list.Item)}>.Default";
}
