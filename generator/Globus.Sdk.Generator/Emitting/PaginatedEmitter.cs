using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>
/// Emits <c>&lt;Client&gt;Paginated</c>: for each paged operation a method that returns a
/// <c>GlobusPageable</c> whose every request is the operation's one-request method with that page's
/// paging values, so the wire format of a page is the operation's own.
/// </summary>
internal static class PaginatedEmitter
{
    /// <summary>The client's <c>Paginated</c> accessor.</summary>
    public static void EmitAccessor(SourceWriter writer, ClientDefinition client)
    {
        var className = GeneratedTypes.PaginatedName(client.Name);
        writer.Line($"private {className}? _paginated;");
        writer.Line();
        writer.Doc($"<summary>The operations that page, each walking every page of its results: <c>await foreach (var item in client.Paginated.Method(...))</c>.</summary>");
        writer.Doc("<remarks>Each method there sends nothing until it is enumerated, and then one request per page.</remarks>");
        // Lazy, so that the mocking constructor, which runs no initialisers of ours, still gets one.
        writer.Line($"public virtual {className} Paginated => _paginated ??= new {className}(this);");
    }

    public static GeneratedFile? Emit(ServiceModel service, ClientDefinition client)
    {
        var operations = service.OperationsOf(client).Where(o => o.Paging is not null).ToList();
        if (operations.Count == 0)
        {
            return null;
        }

        var className = GeneratedTypes.PaginatedName(client.Name);
        var writer = ClientEmitter.FileStart(service, "System.Text.Json", "System.Text.Json.Nodes");
        writer.Doc($"<summary>\nThe paginated forms of the operations of <see cref=\"{client.Name}\"/> that page: each returns a\n<see cref=\"GlobusPageable{{TPage, TItem}}\"/> that walks every page, one request per page, as it is enumerated.\n</summary>");
        writer.Doc($"<remarks>Get one from <see cref=\"{client.Name}.Paginated\"/>. Methods are <see langword=\"virtual\"/> and a protected\nparameterless constructor exists, so code that pages can be tested with a mock.</remarks>");
        writer.Block($"public class {className}", () =>
        {
            writer.Line($"private readonly {client.Name}? _client;");
            writer.Line();
            writer.Doc($"<summary>Creates the paginated forms of <paramref name=\"client\"/>'s operations.</summary>");
            writer.Doc("<param name=\"client\">The client whose operations send each page's request.</param>");
            writer.Line($"internal {className}({client.Name} client) => _client = client;");
            writer.Line();
            writer.Doc("<summary>For mocking frameworks: an instance whose methods are all overridden by the mock.</summary>");
            writer.Block($"protected {className}()", () => { });
            writer.Line();
            writer.Line($"private {client.Name} Client => _client");
            writer.Indent();
            writer.Line("?? throw new InvalidOperationException(\"This instance was made for mocking; override the method you call.\");");
            writer.Unindent();
            foreach (var operation in operations)
            {
                writer.Line();
                EmitMethod(writer, service, client, operation, operation.Paging!);
            }
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, className), writer.ToString());
    }

    private static void EmitMethod(SourceWriter writer, ServiceModel service, ClientDefinition client, OperationModel operation, PagingModel paging)
    {
        var pagingArguments = new[] { paging.LimitArgument, paging.OffsetArgument, paging.MarkerArgument }.OfType<string>().ToList();
        var parameters = OperationEmitter.ArgumentsOf(client, operation).Where(p => !pagingArguments.Contains(p.CSharpName)).ToList();
        var typedItems = paging.ItemType is not null && operation.ResponseTypeName is not null;
        var (page, item) = typedItems ? (operation.ResponseTypeName!, paging.ItemType!) : ("JsonElement", "JsonElement");
        var sendsLimit = paging.LimitArgument is not null;

        WriteDocs(writer, service, operation, paging, parameters, sendsLimit);
        OperationEmitter.WriteObsolete(writer, operation);
        writer.Line($"public virtual GlobusPageable<{page}, {item}> {OperationEmitter.WithoutAsync(operation.MethodName)}(");
        writer.Indent();
        var signature = parameters.Select(OperationEmitter.Declaration).ToList();
        if (operation.AcceptsQueryParams)
        {
            signature.Add(OperationEmitter.QueryParamsDeclaration);
        }

        if (sendsLimit)
        {
            signature.Add("int? pageSize = null");
        }

        signature.Add("int? maxTotalResults = null");
        signature.Add("CancellationToken cancellationToken = default");
        OperationEmitter.WriteParameterList(writer, signature);
        writer.Block("", () =>
        {
            OperationEmitter.WriteValidation(writer, parameters);
            var locals = new Locals(parameters.Select(p => Naming.Bare(p.CSharpName)).Concat(["queryParams", "pageSize", "maxTotalResults", "cancellationToken"]));
            var options = locals.Name("options");
            var client = locals.Name("client");
            var request = locals.Name("page");
            // The pageable passes each request this token and the enumeration's, combined.
            var cancellation = locals.Name("pageCancellationToken");
            writer.Line($"var {options} = PagingOptions.For(");
            writer.Indent();
            writer.Line($"PagingStyle.{paging.Style},");
            writer.Line($"pageSize: {(sendsLimit ? "pageSize" : "null")},");
            writer.Line($"defaultPageSize: {Number(paging.PageSize)},");
            writer.Line("maxTotalResults: maxTotalResults,");
            writer.Line($"maxTotal: {Number(paging.MaxTotal)},");
            writer.Line($"sizeKey: {Text(paging.SizeKey)},");
            writer.Line($"markerKey: {Text(paging.MarkerKey)});");
            writer.Unindent();
            writer.Line($"var {client} = Client;");
            writer.Line($"return new GlobusPageable<{page}, {item}>(");
            writer.Indent();
            var arguments = parameters.Select(p => $"{p.CSharpName}: {p.CSharpName}").ToList();
            void Paging(string? argument, string value)
            {
                if (argument is not null)
                {
                    // A paging argument with a spec default is not nullable: the first request sends that default.
                    var target = operation.Parameters.FirstOrDefault(p => p.CSharpName == argument);
                    arguments.Add(target is not null && OperationEmitter.DefaultLiteral(target) is { } fallback
                        ? $"{argument}: {request}.{value} ?? {fallback}"
                        : $"{argument}: {request}.{value}");
                }
            }

            Paging(paging.LimitArgument, "Limit");
            Paging(paging.OffsetArgument, "Offset");
            Paging(paging.MarkerArgument, "Marker");
            if (operation.AcceptsQueryParams)
            {
                arguments.Add("queryParams: queryParams");
            }

            arguments.Add($"cancellationToken: {cancellation}");
            // A hand-written operation's pages go through its public method, so the checks written by hand
            // (such as one argument needing another) hold for every page as they do for one call.
            var call = $"{client}.{operation.MethodName}(";
            writer.Line($"({request}, {cancellation}) => {(typedItems ? call : "JsonPages.ReadAsync(" + call)}");
            writer.Indent();
            for (var i = 0; i < arguments.Count; i++)
            {
                writer.Line(arguments[i] + (i < arguments.Count - 1 ? "," : typedItems ? ")," : ")),"));
            }

            writer.Unindent();
            // A typed page enumerates its own items (x-globus-items); a JSON page is read by key.
            writer.Line(typedItems ? "static page => page," : $"static page => JsonPages.Items(page, {DocText.Literal(paging.ItemsKey)}),");
            writer.Line($"{options},");
            // Items that are models of this service are read straight from each page's body by the item walk.
            if (typedItems && service.Schemas.Any(s => s.CSharpName == paging.ItemType))
            {
                writer.Line("cancellationToken,");
                writer.Line($"items: new PageItems<{item}>({DocText.Literal(paging.ItemsKey)}, {service.JsonContextName}.Default.{item}, {client}));");
            }
            else
            {
                writer.Line("cancellationToken);");
            }
            writer.Unindent();
        });
    }

    private static void WriteDocs(
        SourceWriter writer, ServiceModel service, OperationModel operation, PagingModel paging, IReadOnlyList<ParameterModel> parameters, bool sendsLimit)
    {
        var where = operation.Parameters.Any(p => p.Location == ParameterLocation.Body && p.CSharpName == (paging.LimitArgument ?? paging.OffsetArgument ?? paging.MarkerArgument))
            ? "the JSON body"
            : "the query";
        var values = string.Join(" and ", new[] { paging.LimitArgument, paging.OffsetArgument, paging.MarkerArgument }
            .Select(a => operation.Parameters.FirstOrDefault(p => p.CSharpName == a)?.WireName)
            .OfType<string>()
            .Select(w => $"<c>{DocText.Escape(w)}</c>"));
        writer.Doc($"<summary>{DocText.Inline(operation.Summary ?? operation.OperationId)} Walks every page.</summary>");
        writer.Doc("<remarks>");
        writer.Doc($"<para>The paginated form of <c>{operation.MethodName}</c>: enumerating it sends that request once per page, with");
        writer.Doc($"{values} set in {where} for each page, and yields the items of every page in turn;");
        writer.Doc("<see cref=\"GlobusPageable{TPage, TItem}.AsPages\"/> yields the pages themselves. Nothing is sent before");
        writer.Doc("the enumeration starts.</para>");
        writer.Doc($"<para>An error answer on any page is raised as <see cref=\"{service.ErrorName}\"/> where the enumeration reaches it,");
        writer.Doc("after the items of the pages before it.</para>");
        writer.Doc("</remarks>");
        OperationEmitter.WriteParameterDocs(writer, parameters);
        if (operation.AcceptsQueryParams)
        {
            writer.Doc(OperationEmitter.QueryParamsDoc);
        }

        if (sendsLimit)
        {
            writer.Doc(paging.PageSize is { } size
                ? $"<param name=\"pageSize\">How many items each request asks for (the <c>limit</c>); {size} when null.</param>"
                : "<param name=\"pageSize\">How many items each request asks for (the <c>limit</c>); not sent when null.</param>");
        }

        writer.Doc(paging.MaxTotal is { } max
            ? $"<param name=\"maxTotalResults\">Stop after this many items; {max}, the most the service pages through, when null or larger.</param>"
            : "<param name=\"maxTotalResults\">Stop after this many items; no limit when null.</param>");
        writer.Doc("<param name=\"cancellationToken\">Cancels the walk, with the token the enumeration is given (<c>WithCancellation</c>): between pages and during a request.</param>");
        writer.Doc("<returns>The items of every page, fetched as the enumeration goes.</returns>");
        var ownBounds = (sendsLimit ? ["<paramref name=\"pageSize\"/> is less than 1"] : new List<string>())
            .Append("<paramref name=\"maxTotalResults\"/> is negative");
        OperationEmitter.WriteArgumentExceptionDocs(writer, parameters, ownBounds);
        OperationEmitter.WriteSeeAlso(writer, operation);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Text(string? value) => value is null ? "null" : DocText.Literal(value);
}
