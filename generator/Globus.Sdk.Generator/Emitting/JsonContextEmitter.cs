using System.Linq;
using Globus.Sdk.Generator.Model;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Emits a service's <c>IJsonTypeInfoResolver</c>: one entry per model, over the generated converters.</summary>
internal static class JsonContextEmitter
{
    public static GeneratedFile? Emit(ServiceModel service)
    {
        if (service.Schemas.Count == 0)
        {
            return null;
        }

        var name = service.JsonContextName;
        var title = DocText.Inline(service.Title);
        var first = service.Schemas[0].CSharpName;
        var writer = ClientEmitter.FileStart(service, "System.Text.Json", "System.Text.Json.Serialization.Metadata");
        writer.Doc($"<summary>\nDescribes the models of {title} to <see cref=\"JsonSerializer\"/> without reflection, so they can be\nread and written in trimmed and native AOT applications, with the service's field names.\n</summary>");
        writer.Doc("<example>\n<code>");
        writer.Doc($"var json = JsonSerializer.Serialize(model, {name}.Default.{first});");
        writer.Doc($"var again = JsonSerializer.Deserialize(json, {name}.Default.{first});");
        writer.Doc("// Beside your own source-generated context:");
        writer.Doc($"var options = new JsonSerializerOptions {{ TypeInfoResolver = JsonTypeInfoResolver.Combine({name}.Default, MyAppJsonContext.Default) }};");
        writer.Doc("</code>\n</example>");
        writer.Block($"public sealed partial class {name} : IJsonTypeInfoResolver", () =>
        {
            writer.Block($"private {name}()", () =>
            {
                writer.Line("Options = new JsonSerializerOptions { TypeInfoResolver = this };");
                writer.Line("Options.MakeReadOnly();");
            });
            writer.Line();
            writer.Doc("<summary>The shared instance.</summary>");
            writer.Line($"public static {name} Default {{ get; }} = new();");
            writer.Line();
            writer.Doc($"<summary>Read-only options that resolve the models of {title} through this context.</summary>");
            writer.Line("public JsonSerializerOptions Options { get; }");
            foreach (var schema in service.Schemas)
            {
                writer.Line();
                writer.Doc($"<summary>How to read and write <see cref=\"{service.Namespace}.{schema.CSharpName}\"/>.</summary>");
                writer.Line($"public JsonTypeInfo<{schema.CSharpName}> {schema.CSharpName} => Get<{schema.CSharpName}>();");
            }

            writer.Line();
            writer.Doc("<summary>Describes a model of this service for the given options; null for any other type.</summary>");
            writer.Doc("<param name=\"type\">The type to describe.</param>");
            writer.Doc("<param name=\"options\">The options the description is for.</param>");
            writer.Doc("<returns>The description, or null when <paramref name=\"type\"/> is not a model of this service.</returns>");
            writer.Line("public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>");
            writer.Indent();
            var lines = service.Schemas.Select((s, i) =>
                $"{(i == 0 ? "" : ": ")}type == typeof({s.CSharpName}) ? JsonMetadataServices.CreateValueInfo<{s.CSharpName}>(options, {s.CSharpName}JsonConverter.Instance)");
            foreach (var line in lines)
            {
                writer.Line(line);
            }

            writer.Line(": null;");
            writer.Unindent();
            writer.Line();
            writer.Line("// Options cache what they resolve, so each description is built once.");
            writer.Line("private JsonTypeInfo<T> Get<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, name), writer.ToString());
    }
}
