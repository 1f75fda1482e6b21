using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Emits a service's client class, one method per operation, and its exception type.</summary>
internal static class ClientEmitter
{
    public static GeneratedFile EmitClient(ServiceModel service, ClientDefinition client)
    {
        var writer = FileStart(service, "Globus.Sdk.Authorizers", "Globus.Sdk.Transport");
        var operations = service.OperationsOf(client).ToList();
        var paged = operations.Any(o => o.Paging is not null);
        // A hand-written client declares its base, accessibility, documentation and constructors itself.
        var declaration = client.HandWritten ? $"partial class {client.Name}" : $"public partial class {client.Name} : BaseClient";
        if (!client.HandWritten)
        {
            WriteClassDocs(writer, service, client);
        }

        writer.Block(declaration, () =>
        {
            if (!client.HandWritten)
            {
                WriteConstructors(writer, service, client);
            }

            if (paged)
            {
                writer.Line();
                PaginatedEmitter.EmitAccessor(writer, client);
            }

            foreach (var operation in operations)
            {
                writer.Line();
                OperationEmitter.Emit(writer, service, client, operation);
            }

            if (!client.HandWritten)
            {
                writer.Line();
                writer.Doc("<inheritdoc/>");
                writer.Line("protected override GlobusApiException CreateApiException(GlobusResponse response, string method, Uri url) =>");
                writer.Indent();
                writer.Line($"new {service.ErrorName}(response, method, url);");
                writer.Unindent();
            }
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, client.Name), writer.ToString());
    }

    private static void WriteClassDocs(SourceWriter writer, ServiceModel service, ClientDefinition client)
    {
        var what = client.Description is { } description ? DocText.Inline(description) : $"A client for {DocText.Inline(service.Title)}.";
        writer.Doc($"<summary>\n{what} Each operation sends exactly one request.\n</summary>");
        writer.Doc("<remarks>");
        writer.Doc("Thread-safe and cheap to create. Operations are <see langword=\"virtual\"/> and a protected");
        writer.Doc("parameterless constructor exists, so code that uses the client can be tested with a mock.");
        writer.Doc($"An error answer is raised as <see cref=\"{service.ErrorName}\"/>.");
        writer.Doc("</remarks>");
        if (service.DocsUrl is not null)
        {
            writer.Doc($"<seealso href=\"{DocText.Escape(service.DocsUrl)}\">{DocText.Inline(service.Title)}</seealso>");
        }
    }

    private static void WriteConstructors(SourceWriter writer, ServiceModel service, ClientDefinition client)
    {
        writer.Doc($"<summary>Creates a client for {DocText.Inline(service.Title)}.</summary>");
        foreach (var argument in client.Arguments)
        {
            writer.Doc($"<param name=\"{Naming.Bare(argument.ParameterName)}\">{DocText.Inline(argument.Description ?? argument.WireName)}</param>");
        }

        writer.Doc("<param name=\"authorizer\">Supplies the <c>Authorization</c> header; none is sent when null.</param>");
        writer.Doc(client.BaseUrl is null
            ? "<param name=\"options\">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>"
            : "<param name=\"options\">App name, HTTP transport and timeout; defaults when null. Its base URL, when set, replaces the one built from the arguments (for a test double).</param>");
        var checkedArguments = client.Arguments.Select(a => $"<paramref name=\"{Naming.Bare(a.ParameterName)}\"/>").ToList();
        writer.Doc(checkedArguments.Count == 0
            ? "<exception cref=\"ArgumentException\">An option has a value that cannot work, such as an unknown environment.</exception>"
            : $"<exception cref=\"ArgumentException\">{OperationEmitter.Join(checkedArguments)} is null, empty or white space{(client.BaseUrl is null ? "" : " (or not a host name, for the base URL)")}, or an option has a value that cannot work.</exception>");
        writer.Doc("<exception cref=\"GlobusSdkUsageException\">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>");
        var parameters = client.Arguments.Select(a => $"string {a.ParameterName}")
            .Concat(["IGlobusAuthorizer? authorizer = null", "GlobusClientOptions? options = null"]);
        writer.Line($"public {client.Name}({string.Join(", ", parameters)})");
        writer.Indent();
        writer.Line(client.BaseUrl is { } template
            ? $": base({DocText.Literal(service.ServiceName)}, InstanceBaseUrl.Build({BaseUrlExpression(template, client)}), authorizer, options)"
            : $": base({DocText.Literal(service.ServiceName)}, authorizer, options)");
        writer.Unindent();
        writer.Block("", () =>
        {
            foreach (var argument in client.Arguments)
            {
                writer.Line($"ArgumentException.ThrowIfNullOrWhiteSpace({argument.ParameterName});");
            }

            foreach (var argument in client.Arguments)
            {
                writer.Line($"{argument.PropertyName} = {argument.ParameterName};");
            }

            if (client.ResourceServer is { } resourceServer)
            {
                writer.Line($"ResourceServer = {TemplateExpression(resourceServer, client)};");
            }

            foreach (var scope in client.Scopes)
            {
                writer.Line($"{scope.PropertyName} = {TemplateExpression(scope.Template, client)};");
            }
        });
        writer.Line();
        writer.Doc("<summary>For mocking frameworks: a client whose operations are all overridden by the mock.</summary>");
        var properties = client.Arguments.Select(a => (Name: a.PropertyName, Doc: DocText.Inline(a.Description ?? a.WireName)))
            .Concat(client.ResourceServer is { } server
                ? [("ResourceServer", $"The Globus Auth resource server of this client's tokens (<c>{DocText.Escape(server)}</c>).")]
                : [])
            .Concat(client.Scopes.Select(s => (Name: s.PropertyName, Doc: $"{DocText.Inline(s.Description ?? "A scope of this client").TrimEnd('.')}: <c>{DocText.Escape(s.Template)}</c>.")))
            .ToList();
        writer.Block($"protected {client.Name}()", () =>
        {
            foreach (var property in properties)
            {
                writer.Line($"{property.Name} = string.Empty;");
            }
        });
        foreach (var property in properties)
        {
            writer.Line();
            writer.Doc($"<summary>{property.Doc}</summary>");
            writer.Line($"public string {property.Name} {{ get; }}");
        }
    }

    /// <summary>A scope or resource server template as an interpolated string over the client's properties.</summary>
    private static string TemplateExpression(string template, ClientDefinition client)
    {
        if (client.Arguments.FirstOrDefault(a => template == "{" + a.WireName + "}") is { } whole)
        {
            return whole.PropertyName;
        }

        var text = DocText.Literal(template);
        foreach (var argument in client.Arguments)
        {
            text = text.Replace("{" + argument.WireName + ":underscored}", $"{{{argument.PropertyName}.Replace('-', '_')}}")
                .Replace("{" + argument.WireName + "}", $"{{{argument.PropertyName}}}");
        }

        return "$" + text;
    }

    /// <summary>The base URL template as an interpolated string; each argument is checked to be a host (with an optional port) first.</summary>
    private static string BaseUrlExpression(string template, ClientDefinition client)
    {
        var text = DocText.Literal(template);
        foreach (var argument in client.Arguments)
        {
            text = text.Replace("{" + argument.WireName + "}", $"{{InstanceBaseUrl.Host({argument.ParameterName}, nameof({Naming.Bare(argument.ParameterName)}))}}");
        }

        return "$" + text;
    }

    public static GeneratedFile EmitException(ServiceModel service)
    {
        var writer = FileStart(service);
        writer.Doc($"<summary>\n{DocText.Inline(service.Title)} answered with an error status (400 or above).\n</summary>");
        writer.Doc($"<remarks>Raised by every operation of <see cref=\"{service.ClientName}\"/>.</remarks>");
        writer.Block($"public partial class {service.ErrorName} : GlobusApiException", () =>
        {
            writer.Doc($"<summary>Creates the exception for an error response of {DocText.Inline(service.Title)}.</summary>");
            writer.Doc("<param name=\"response\">The service's answer.</param>");
            writer.Doc("<param name=\"method\">The HTTP method of the request that failed.</param>");
            writer.Doc("<param name=\"url\">The URL of the request that failed.</param>");
            writer.Line($"public {service.ErrorName}(GlobusResponse response, string method, Uri url)");
            writer.Indent();
            writer.Line(": base(response, method, url)");
            writer.Unindent();
            writer.Block("", () => { });
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, service.ErrorName), writer.ToString());
    }

    internal static SourceWriter FileStart(ServiceModel service, params string[] extraUsings)
    {
        var writer = new SourceWriter();
        writer.Line("// <auto-generated/>");
        writer.Line($"// Generated by Globus.Sdk.Generator from {System.IO.Path.GetFileName(service.FilePath)}; edit the spec, not this file.");
        writer.Line("#nullable enable");
        writer.Line();
        foreach (var ns in new[] { "System", "System.Collections.Generic", "System.Net.Http", "System.Threading", "System.Threading.Tasks", "Globus.Sdk" }.Concat(extraUsings))
        {
            writer.Line($"using {ns};");
        }

        writer.Line();
        writer.Line($"namespace {service.Namespace};");
        writer.Line();
        return writer;
    }
}
