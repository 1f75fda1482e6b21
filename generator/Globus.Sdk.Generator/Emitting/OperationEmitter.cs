using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Emits one operation: validate the arguments, build the URL, query and body, send once, type the answer.</summary>
internal static class OperationEmitter
{
    internal const string QueryParamsDeclaration = "IEnumerable<KeyValuePair<string, string?>>? queryParams = null";
    internal const string QueryParamsDoc = "<param name=\"queryParams\">Further query parameters; a named argument above wins over one of the same name here.</param>";

    public static void Emit(SourceWriter writer, ServiceModel service, ClientDefinition client, OperationModel operation)
    {
        EmitMethod(writer, service, client, operation);
        if (BodyEmitter.ModelForm(service, operation) is { } modelForm)
        {
            // A body built from arguments cannot send an explicit null (a null argument is not sent); its
            // request model can, so the operation accepts that too.
            writer.Line();
            EmitMethod(writer, service, client, modelForm);
        }
    }

    private static void EmitMethod(SourceWriter writer, ServiceModel service, ClientDefinition client, OperationModel operation)
    {
        var typed = operation.ResponseTypeName is not null;
        var returnType = typed ? $"GlobusResponse<{operation.ResponseTypeName}>" : "GlobusResponse";
        var parameters = ArgumentsOf(client, operation);
        var locals = new Locals(parameters.Select(p => Naming.Bare(p.CSharpName)).Concat(["queryParams", "cancellationToken"]));

        WriteDocs(writer, service, operation, parameters, typed);
        WriteObsolete(writer, operation);
        var name = SentMethodName(operation);
        var modifiers = operation.HandWritten ? "internal virtual async" : "public virtual async";
        writer.Line($"{modifiers} Task<{returnType}> {name}(");
        writer.Indent();
        var signature = parameters.Select(Declaration).ToList();
        if (operation.AcceptsQueryParams)
        {
            signature.Add(QueryParamsDeclaration);
        }

        signature.Add("CancellationToken cancellationToken = default");
        WriteParameterList(writer, signature);

        writer.Block("", () =>
        {
            WriteValidation(writer, parameters);
            var query = WriteQuery(writer, operation, locals);
            var body = BodyEmitter.Write(writer, service, operation, locals);
            var url = locals.Name("url");
            writer.Line($"var {url} = RequestUrlBuilder.BuildFromEscapedPath(");
            writer.Indent();
            writer.Line($"BaseUrl, {PathExpression(client, operation)}, {query});");
            writer.Unindent();
            var response = locals.Name("response");
            var method = "HttpMethod." + Naming.Pascal(operation.HttpMethod);
            var typeInfo = $"{service.JsonContextName}.Default.{operation.ResponseTypeName}";
            var factory = typed ? $", responseFactory: ResponseFactory.For({typeInfo})" : "";
            writer.Line($"var {response} = await SendToUrlAsync({method}, {url}, data: {body}, headers: null, encoding: null, cancellationToken{(operation.Anonymous ? ", authenticated: false" : "")}, operationName: {DocText.Literal(operation.OperationId)}{factory})");
            writer.Indent();
            writer.Line(".ConfigureAwait(false);");
            writer.Unindent();
            writer.Line(typed
                ? $"return GlobusResponse<{operation.ResponseTypeName}>.FromResponse({response}, {typeInfo});"
                : $"return {response};");
        });
    }

    /// <summary>
    /// The operation's parameters that are method arguments on this client: a path parameter named as
    /// one of the client's constructor arguments is filled from the client instead.
    /// </summary>
    internal static IReadOnlyList<ParameterModel> ArgumentsOf(ClientDefinition client, OperationModel operation) =>
        operation.Parameters.Where(p => p.Location != ParameterLocation.Path || client.ArgumentFor(p.WireName) is null).ToList();

    /// <summary>The method that sends the request: the public one, or for a hand-written operation the generated core it calls.</summary>
    internal static string SentMethodName(OperationModel operation) =>
        operation.HandWritten ? WithoutAsync(operation.MethodName) + "CoreAsync" : operation.MethodName;

    internal static string WithoutAsync(string methodName) =>
        methodName.EndsWith("Async", System.StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - "Async".Length) : methodName;

    internal static void WriteObsolete(SourceWriter writer, OperationModel operation)
    {
        if (operation.Deprecated)
        {
            var message = DocText.Literal(operation.Summary ?? $"{operation.OperationId} is retired.");
            writer.Line(operation.ObsoleteId is { } id ? $"[Obsolete({message}, DiagnosticId = {DocText.Literal(id)})]" : $"[Obsolete({message})]");
        }
    }

    /// <summary>Writes the declarations one per line, closing the list the method's header opened, then unindents.</summary>
    internal static void WriteParameterList(SourceWriter writer, IReadOnlyList<string> declarations)
    {
        for (var i = 0; i < declarations.Count; i++)
        {
            writer.Line(declarations[i] + (i == declarations.Count - 1 ? ")" : ","));
        }

        writer.Unindent();
    }

    internal static string Declaration(ParameterModel parameter)
    {
        var type = parameter.Location switch
        {
            ParameterLocation.BodyAdditional => "IEnumerable<KeyValuePair<string, JsonNode?>>",
            // Scalars keep the argument's own type (an integer is an int unless the spec says int64); the
            // rest take the type of what they carry: the request model, an enum struct, a list, a model, JSON.
            ParameterLocation.Body or ParameterLocation.BodyDocument when parameter.BodyType is { Kind: not (TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Number or TypeKind.Boolean) } bodyType
                => BodyEmitter.ArgumentType(bodyType),
            _ => parameter.Kind switch
            {
                ValueKind.String => "string",
                ValueKind.Int32 => "int",
                ValueKind.Int64 => "long",
                ValueKind.Number => "double",
                ValueKind.Boolean => "bool",
                ValueKind.StringList => "IEnumerable<string>",
                ValueKind.Custom => "global::" + parameter.CSharpType,
                _ => "object",
            },
        };
        return parameter.Required ? $"{type} {parameter.CSharpName}"
            : DefaultLiteral(parameter) is { } literal ? $"{type} {parameter.CSharpName} = {literal}"
            : $"{type}? {parameter.CSharpName} = null";
    }

    /// <summary>
    /// The C# default of an optional query parameter whose schema has a <c>default</c>: such a parameter
    /// is sent on every call with that value unless given, as the Python SDK sends its defaults.
    /// Null for every other parameter, which is nullable and sent only when given.
    /// </summary>
    internal static string? DefaultLiteral(ParameterModel parameter)
    {
        if (parameter.Required || parameter.Location != ParameterLocation.Query || parameter.DefaultText is not { } text)
        {
            return null;
        }

        return parameter.Kind switch
        {
            ValueKind.Boolean when bool.TryParse(text, out var flag) => flag ? "true" : "false",
            ValueKind.Int32 or ValueKind.Int64 when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ValueKind.Number when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real)
                => real.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            ValueKind.String => DocText.Literal(text),
            _ => null,
        };
    }

    internal static void WriteValidation(SourceWriter writer, IReadOnlyList<ParameterModel> parameters)
    {
        foreach (var parameter in parameters.Where(p => p.Required))
        {
            if (parameter.Location == ParameterLocation.Path)
            {
                writer.Line($"ArgumentException.ThrowIfNullOrWhiteSpace({parameter.CSharpName});");
            }
            else if (parameter.Location == ParameterLocation.Body && parameter.BodyType is { Kind: TypeKind.Json })
            {
                // A JsonElement is never null; its default holds no JSON and would fail only while the body is written.
                writer.Line($"JsonArguments.ThrowIfUndefined({parameter.CSharpName});");
            }
            else if (parameter.Kind is ValueKind.String or ValueKind.StringList or ValueKind.Json or ValueKind.Custom)
            {
                writer.Line($"ArgumentNullException.ThrowIfNull({parameter.CSharpName});");
            }
        }

        foreach (var parameter in parameters.Where(p => p.Minimum is not null && p.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Number))
        {
            var name = parameter.CSharpName;
            var value = parameter.Required ? name : Naming.Bare(name) + "Value";
            var check = parameter.Minimum == 0
                ? $"ArgumentOutOfRangeException.ThrowIfNegative({value}, nameof({name}));"
                : $"ArgumentOutOfRangeException.ThrowIfLessThan({value}, {parameter.Minimum}, nameof({name}));";
            if (parameter.Required)
            {
                writer.Line(check);
                continue;
            }

            writer.Block($"if ({name} is {{ }} {value})", () => writer.Line(check));
            writer.Line();
        }
    }

    private static string WriteQuery(SourceWriter writer, OperationModel operation, Locals locals)
    {
        var named = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
        var extra = operation.AcceptsQueryParams ? "queryParams" : "null";
        if (named.Count == 0)
        {
            return operation.AcceptsQueryParams ? "queryParams" : "queryParams: null";
        }

        var query = locals.Name("query");
        writer.Line($"var {query} = QueryParameters.WithExtra(");
        writer.Indent();
        writer.Line("[");
        writer.Indent();
        foreach (var parameter in named)
        {
            writer.Line(QueryItem(parameter) + ",");
        }

        writer.Unindent();
        writer.Line("],");
        writer.Line(extra + ");");
        writer.Unindent();
        return query;
    }

    private static string QueryItem(ParameterModel parameter)
    {
        var wire = DocText.Literal(parameter.WireName);
        var name = parameter.CSharpName;
        return parameter.Kind switch
        {
            ValueKind.String => $"new({wire}, {name})",
            ValueKind.Boolean => $"new({wire}, QueryParameters.Format({name}, {DocText.Literal(parameter.TrueWord!)}, {DocText.Literal(parameter.FalseWord!)}))",
            ValueKind.StringList when parameter.Explode => $".. QueryParameters.Repeat({wire}, {name})",
            ValueKind.StringList => $"new({wire}, QueryParameters.Join({name}))",
            // The runtime type formats itself; each of its values is one parameter of that name.
            ValueKind.Custom => $".. QueryParameters.Repeat({wire}, {name})",
            _ => $"new({wire}, QueryParameters.Format({name}))",
        };
    }

    private static string PathExpression(ClientDefinition client, OperationModel operation)
    {
        // Braces the spec did not declare as parameters (already reported) stay text, never C# holes.
        var path = operation.Path.TrimStart('/').Replace("{", "{{").Replace("}", "}}");
        var interpolated = false;
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Path))
        {
            var value = client.ArgumentFor(parameter.WireName)?.PropertyName ?? parameter.CSharpName;
            var hole = "{{" + parameter.WireName + "}}";
            interpolated |= path.Contains(hole);
            path = path.Replace(hole, $"{{RequestUrlBuilder.EscapePathParameter({value})}}");
        }

        return interpolated ? "$" + DocText.Literal(path) : DocText.Literal(path.Replace("{{", "{").Replace("}}", "}"));
    }

    private static void WriteDocs(SourceWriter writer, ServiceModel service, OperationModel operation, IReadOnlyList<ParameterModel> parameters, bool typed)
    {
        writer.Doc($"<summary>{DocText.Inline(operation.Summary ?? operation.OperationId)}</summary>");
        DocText.WriteRemarksAndExamples(writer, operation.Description, $"<c>{operation.HttpMethod.ToUpperInvariant()} {DocText.Escape(operation.Path)}</c>");
        WriteParameterDocs(writer, parameters);
        if (operation.AcceptsQueryParams)
        {
            writer.Doc(QueryParamsDoc);
        }

        writer.Doc("<param name=\"cancellationToken\">Cancels the call, including any wait between attempts.</param>");
        var answer = DocText.Inline(operation.ResponseDescription ?? "the service's answer").TrimEnd('.');
        writer.Doc(typed
            ? $"<returns>The service's answer; its <see cref=\"GlobusResponse{{T}}.Value\"/> is the typed document ({answer}).</returns>"
            : $"<returns>The service's answer ({answer}), read through <see cref=\"GlobusResponse.Data\"/> and the indexer.</returns>");
        WriteArgumentExceptionDocs(writer, parameters, []);
        writer.Doc($"<exception cref=\"{service.ErrorName}\">The service answered with an error status (400 or above).</exception>");
        writer.Doc("<exception cref=\"NetworkException\">The service could not be reached or did not answer in time.</exception>");
        WriteSeeAlso(writer, operation);
    }

    internal static void WriteParameterDocs(SourceWriter writer, IEnumerable<ParameterModel> parameters)
    {
        foreach (var parameter in parameters)
        {
            var text = DocText.Inline(parameter.Description ?? parameter.WireName);
            if (!parameter.Required)
            {
                text += DefaultLiteral(parameter) is not null
                    ? $" Sent on every call: {DocText.Escape(parameter.DefaultText!)} unless given, as the Python SDK sends it."
                    : parameter.DefaultText is { } defaultText ? $" Not sent when null (the service's default is {DocText.Escape(defaultText)})." : " Not sent when null.";
            }

            writer.Doc($"<param name=\"{Naming.Bare(parameter.CSharpName)}\">{text.Trim()}</param>");
        }
    }

    /// <summary>The argument checks made before any request; <paramref name="moreBounds"/> adds checks of the caller's own.</summary>
    internal static void WriteArgumentExceptionDocs(SourceWriter writer, IReadOnlyList<ParameterModel> parameters, IEnumerable<string> moreBounds)
    {
        var required = parameters.Where(p => p.Required && (p.Location == ParameterLocation.Path || p.Kind is ValueKind.String or ValueKind.StringList or ValueKind.Json or ValueKind.Custom)).ToList();
        if (required.Count > 0)
        {
            writer.Doc($"<exception cref=\"ArgumentException\">{Join(required.Select(p => Ref(p)))} is null{(required.Any(p => p.Location == ParameterLocation.Path) ? " (or, for a path parameter, empty or white space)" : "")}.</exception>");
        }

        var bounds = parameters.Where(p => p.Minimum is not null).Select(p => $"{Ref(p)} is less than {p.Minimum}").Concat(moreBounds).ToList();
        if (bounds.Count > 0)
        {
            writer.Doc($"<exception cref=\"ArgumentOutOfRangeException\">{Join(bounds)}.</exception>");
        }
    }

    internal static void WriteSeeAlso(SourceWriter writer, OperationModel operation)
    {
        if (operation.DocsUrl is not null)
        {
            writer.Doc($"<seealso href=\"{DocText.Escape(operation.DocsUrl)}\">{DocText.Inline(operation.DocsTitle ?? operation.Summary ?? operation.OperationId).TrimEnd('.')}</seealso>");
        }
    }

    private static string Ref(ParameterModel parameter) => $"<paramref name=\"{Naming.Bare(parameter.CSharpName)}\"/>";

    internal static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1];
    }
}
