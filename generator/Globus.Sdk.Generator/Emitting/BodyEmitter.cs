using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>
/// Emits what makes a request body (<c>x-globus-body</c>): the C# types of body arguments, the statements
/// that build the body an operation sends, the request-model form of an operation built from arguments,
/// and the <c>FromJson</c> entry points of request models. Every body is typed: a request model, or an
/// object written field by field from typed arguments, never a value inspected at run time.
/// </summary>
internal static class BodyEmitter
{
    /// <summary>The C# type (without <c>?</c>) of a body argument that carries a value of <paramref name="type"/>.</summary>
    public static string ArgumentType(TypeModel type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Model or TypeKind.Enum => type.Name!,
        // A list argument takes any sequence; the strings of an enum list are its wire values.
        TypeKind.List => $"IEnumerable<{(type.Item!.Kind == TypeKind.Enum ? "string" : ArgumentType(type.Item))}>",
        _ => "JsonElement",
    };

    /// <summary>
    /// Writes the statements that make the body and returns the expression of it (null when the operation
    /// has none): the request model as given, with the <c>merge</c> arguments written over a copy of it;
    /// the model inside its wrapper; or the object written from the arguments.
    /// </summary>
    public static string Write(SourceWriter writer, ServiceModel service, OperationModel operation, Locals locals)
    {
        if (operation.Body is not { } body)
        {
            return "null";
        }

        if (body.FromArguments)
        {
            return WriteFromArguments(writer, operation, body, locals);
        }

        var document = operation.Parameters.First(p => p.Location == ParameterLocation.BodyDocument);
        var merged = operation.Parameters.Where(p => p.Location == ParameterLocation.Body).ToList();
        if (merged.Count == 0)
        {
            return body.Wrapper is { } wrapper ? $"JsonBodies.Wrap({DocText.Literal(wrapper)}, {document.CSharpName})" : document.CSharpName;
        }

        // A value given as an argument is written over a copy of the document: the caller's stays as it was.
        var schema = service.Schemas.FirstOrDefault(s => s.CSharpName == body.ModelName);
        var name = locals.Name("body");
        writer.Line($"var {name} = {document.CSharpName};");
        foreach (var argument in merged)
        {
            writer.Block($"if ({argument.CSharpName} is not null)", () =>
                writer.Line($"{name} = {name} with {{ {PropertyName(schema, argument)} = {ModelValue(argument)} }};"));
            writer.Line();
        }

        return name;
    }

    /// <summary>
    /// The request-model form of an operation whose body is built from arguments: the same request with the
    /// model (<c>data</c>) in place of the body arguments, so that a property set to null is sent as
    /// <c>null</c>. Null for any other operation. A hand-written operation gets it as a second internal core,
    /// which its partial class makes public where it fits.
    /// </summary>
    public static OperationModel? ModelForm(ServiceModel service, OperationModel operation)
    {
        if (operation.Body is not { FromArguments: true } body)
        {
            return null;
        }

        var kept = operation.Parameters.Where(p => p.Location is ParameterLocation.Path or ParameterLocation.Query).ToList();
        var name = kept.Any(p => Naming.Bare(p.CSharpName) == "data") ? "body" : "data";
        var wrapped = body.Wrapper is { } wrapper ? $" It is sent inside `{{\"{wrapper}\": ...}}`." : "";
        var data = new ParameterModel(
            name, name, ParameterLocation.BodyDocument, ValueKind.Json, true, null, null, null, false, null,
            $"The request document (`{body.ModelName}`): the properties that were set are sent, one set to null as `null`, the others not.{wrapped}",
            BodyType: new TypeModel(TypeKind.Model, body.ModelName));
        // Required arguments first, as in every signature: the document goes after the required path and query ones.
        var parameters = kept.Where(p => p.Required).Append(data).Concat(kept.Where(p => !p.Required)).ToList();
        // The example clears an optional field, which only this form can do.
        var optional = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Body && !p.Required);
        var property = optional is null ? null : service.Schemas.FirstOrDefault(s => s.CSharpName == body.ModelName)?.Properties.FirstOrDefault(p => p.WireName == optional.WireName);
        var arguments = parameters.Where(p => p.Required).Select(p => p == data
            ? property is null ? $"new {body.ModelName}()" : $"new {body.ModelName} {{ {property.CSharpName} = null }}"
            : Naming.Bare(p.CSharpName));
        var description =
            $"Sends the request document as it is: the properties that were set, one set to null as `null` (which the form that takes "
            + $"one argument per field cannot send, as it leaves a null argument out), and not the others.{wrapped}\n\n"
            + $"```csharp\nawait {Naming.Camel(service.ClientName)}.{operation.MethodName}({string.Join(", ", arguments)});\n```";
        return operation with
        {
            Description = description,
            Parameters = parameters.ToEquatableArray(),
            Body = body with { FromArguments = false },
        };
    }

    /// <summary>
    /// A request model's <c>FromJson</c> methods, for a caller who has the document as JSON: every field is
    /// kept (those the model has no property for in <c>AdditionalProperties</c>) and sent as it was read.
    /// </summary>
    public static GeneratedFile EmitRequestModel(ServiceModel service, SchemaModel schema)
    {
        var writer = ClientEmitter.FileStart(service, "System.Text.Json", "System.Text.Json.Nodes");
        var name = schema.CSharpName;
        var context = $"{service.JsonContextName}.Default.{name}";
        void Docs(string from, bool nullable)
        {
            writer.Doc($"<summary>Reads a <see cref=\"{name}\"/> from {from}, to send a document one has as JSON.</summary>");
            writer.Doc("<remarks>Every field is kept: one this model has no property for in <see cref=\"GlobusModel.AdditionalProperties\"/>; a field given as <c>null</c> is sent as <c>null</c>, one not given is not sent.</remarks>");
            writer.Doc($"<param name=\"json\">The document as {from}.</param>");
            writer.Doc("<returns>The document, as it will be sent.</returns>");
            if (nullable)
            {
                writer.Doc("<exception cref=\"ArgumentNullException\"><paramref name=\"json\"/> is null.</exception>");
            }

            writer.Doc("<exception cref=\"JsonException\">The JSON is not an object, or a field of this model holds a value of another type.</exception>");
        }

        writer.Block($"public sealed partial record {name}", () =>
        {
            Docs("JSON text", nullable: true);
            writer.Block($"public static {name} FromJson(string json)", () =>
            {
                writer.Line("ArgumentNullException.ThrowIfNull(json);");
                writer.Line($"return JsonSerializer.Deserialize(json, {context}) ?? throw NotAnObject();");
            });
            writer.Line();
            Docs("a JSON object", nullable: true);
            writer.Block($"public static {name} FromJson(JsonNode json)", () =>
            {
                writer.Line("ArgumentNullException.ThrowIfNull(json);");
                writer.Line($"return json.Deserialize({context}) ?? throw NotAnObject();");
            });
            writer.Line();
            Docs("a JSON element", nullable: false);
            writer.Line($"public static {name} FromJson(JsonElement json) => json.Deserialize({context}) ?? throw NotAnObject();");
            writer.Line();
            writer.Line($"private static JsonException NotAnObject() => new(\"A {name} document must be a JSON object, not null.\");");
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, name + ".FromJson"), writer.ToString());
    }

    private static string WriteFromArguments(SourceWriter writer, OperationModel operation, BodyModel body, Locals locals)
    {
        var name = locals.Name("body");
        var fields = locals.Name("fields");
        var additional = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.BodyAdditional);
        var wrapper = body.Wrapper is { } key ? DocText.Literal(key) : "wrapper: null";
        writer.Line($"var {name} = JsonBodies.FromArguments({wrapper}, {additional?.CSharpName ?? "additional: null"}, {fields} =>");
        writer.Block("", () =>
        {
            foreach (var argument in operation.Parameters.Where(p => p.Location == ParameterLocation.Body))
            {
                writer.Line($"{fields}.Write({DocText.Literal(argument.WireName)}, {WireValue(argument)});");
            }
        }, "});");
        return name;
    }

    // An extensible enum is sent as its wire text; every other argument as it is.
    private static string WireValue(ParameterModel argument) => argument.BodyType?.Kind == TypeKind.Enum
        ? argument.CSharpName + (argument.Required ? ".Value" : "?.Value")
        : argument.CSharpName;

    // The model property a merge argument sets (the parser made sure the body schema has one of that wire name).
    private static string PropertyName(SchemaModel? schema, ParameterModel argument) =>
        schema?.Properties.FirstOrDefault(p => p.WireName == argument.WireName)?.CSharpName ?? Naming.Pascal(argument.WireName);

    // Inside `is not null`: the argument's value as the property's type.
    private static string ModelValue(ParameterModel argument) => argument.BodyType switch
    {
        { Kind: TypeKind.List, Item.Kind: TypeKind.Enum } list =>
            $"[.. global::System.Linq.Enumerable.Select({argument.CSharpName}, static value => new {list.Item!.Name}(value))]",
        { Kind: TypeKind.List } => $"[.. {argument.CSharpName}]",
        _ => argument.CSharpName,
    };
}
