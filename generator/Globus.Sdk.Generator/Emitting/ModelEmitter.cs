using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>
/// Emits a schema's partial record (one nullable <c>init</c> property per schema property) and the
/// extensible string structs of its enums.
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

            writer.Doc("<inheritdoc/>");
            writer.Line("public override void WriteTo(Utf8JsonWriter writer) =>");
            writer.Indent();
            writer.Line($"{name}JsonConverter.Instance.Write(writer, this, {service.JsonContextName}.Default.Options);");
            writer.Unindent();
        });

        foreach (var property in schema.Properties.Where(p => p.Type.Kind == TypeKind.Enum))
        {
            writer.Line();
            WriteEnum(writer, schema, property);
        }

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

    private static void WriteEnum(SourceWriter writer, SchemaModel schema, PropertyModel property)
    {
        var name = property.Type.Name!;
        writer.Doc($"<summary>\nA value of <see cref=\"{schema.CSharpName}.{property.CSharpName}\"/>. Any string the service sends is kept as it is, so a value\nadded after this SDK was built still reads, compares and writes back; the known ones are named below.\n</summary>");
        writer.Doc("<param name=\"Value\">The value as the service spells it; compared ordinally.</param>");
        writer.Block($"public readonly partial record struct {name}(string Value)", () =>
        {
            writer.Doc("<summary>The value as the service spells it.</summary>");
            writer.Line("public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));");
            var taken = new HashSet<string> { "Value", name, "ToString", "Equals", "GetHashCode" };
            foreach (var value in property.EnumValues)
            {
                var member = Naming.Pascal(value);
                if (member.Length == 0 || char.IsDigit(member[0]))
                {
                    member = "Value" + member;
                }

                while (!taken.Add(member))
                {
                    member += "_";
                }

                writer.Line();
                writer.Doc($"<summary><c>{DocText.Escape(value)}</c>.</summary>");
                writer.Line($"public static {name} {member} {{ get; }} = new({DocText.Literal(value)});");
            }

            writer.Line();
            writer.Doc("<summary>Wraps a value, known or not.</summary>\n<param name=\"value\">The value as the service spells it.</param>");
            writer.Line($"public static implicit operator {name}(string value) => new(value);");
            writer.Line();
            writer.Doc("<summary>The value as the service spells it.</summary>\n<returns><see cref=\"Value\"/>.</returns>");
            writer.Line("public override string ToString() => Value ?? string.Empty;");
        });
    }
}
