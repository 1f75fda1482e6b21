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
    public static string ClassName(ServiceModel service) => service.ClientName + "Paginated";

    public static bool HasPagedOperations(ServiceModel service) => service.Operations.Any(o => o.Paging is not null);

    /// <summary>The client's <c>Paginated</c> accessor.</summary>
    public static void EmitAccessor(SourceWriter writer, ServiceModel service)
    {
        var className = ClassName(service);
        writer.Line($"private {className}? _paginated;");
        writer.Line();
        writer.Doc($"<summary>The operations that page, each walking every page of its results: <c>await foreach (var item in client.Paginated.Method(...))</c>.</summary>");
        writer.Doc("<remarks>Each method there sends nothing until it is enumerated, and then one request per page.</remarks>");
        // Lazy, so that the mocking constructor, which runs no initialisers of ours, still gets one.
        writer.Line($"public virtual {className} Paginated => _paginated ??= new {className}(this);");
    }

    public static GeneratedFile? Emit(ClientModel model)
    {
        var service = model.Service;
        if (!HasPagedOperations(service))
        {
            return null;
        }

        var className = ClassName(service);
        var writer = ClientEmitter.FileStart(service, "System.Text.Json", "System.Text.Json.Nodes");
        writer.Doc($"<summary>\nThe paginated forms of the operations of <see cref=\"{service.ClientName}\"/> that page: each returns a\n<see cref=\"GlobusPageable{{TPage, TItem}}\"/> that walks every page, one request per page, as it is enumerated.\n</summary>");
        writer.Doc($"<remarks>Get one from <see cref=\"{service.ClientName}.Paginated\"/>. Methods are <see langword=\"virtual\"/> and a protected\nparameterless constructor exists, so code that pages can be tested with a mock.</remarks>");
        writer.Block($"public class {className}", () =>
        {
            writer.Line($"private readonly {service.ClientName}? _client;");
            writer.Line();
            writer.Doc($"<summary>Creates the paginated forms of <paramref name=\"client\"/>'s operations.</summary>");
            writer.Doc("<param name=\"client\">The client whose operations send each page's request.</param>");
            writer.Line($"internal {className}({service.ClientName} client) => _client = client;");
            writer.Line();
            writer.Doc("<summary>For mocking frameworks: an instance whose methods are all overridden by the mock.</summary>");
            writer.Block($"protected {className}()", () => { });
            writer.Line();
            writer.Line($"private {service.ClientName} Client => _client");
            writer.Indent();
            writer.Line("?? throw new InvalidOperationException(\"This instance was made for mocking; override the method you call.\");");
            writer.Unindent();
            foreach (var operation in service.Operations.Where(o => o.Paging is not null))
            {
                writer.Line();
                EmitMethod(writer, model, operation, operation.Paging!);
            }
        });
        return new GeneratedFile($"{className}.g.cs", writer.ToString());
    }

    private static void EmitMethod(SourceWriter writer, ClientModel model, OperationModel operation, PagingModel paging)
    {
        var service = model.Service;
        var pagingArguments = new[] { paging.LimitArgument, paging.OffsetArgument, paging.MarkerArgument }.OfType<string>().ToList();
        var parameters = operation.Parameters.Where(p => !pagingArguments.Contains(p.CSharpName)).ToList();
        var items = operation.ResponseTypeName is { } responseType && model.TypedResponses.Contains(responseType)
            ? model.TypedItems.FirstOrDefault(i => i.ResponseType == responseType)
            : null;
        var (page, item) = items is null ? ("JsonElement", "JsonElement") : (items.ResponseType, items.ItemType);
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
        OperationEmitter.WriteParameterList(writer, signature);
        writer.Block("", () =>
        {
            OperationEmitter.WriteValidation(writer, parameters);
            var locals = new Locals(parameters.Select(p => Naming.Bare(p.CSharpName)).Concat(["queryParams", "pageSize", "maxTotalResults"]));
            var options = locals.Name("options");
            var client = locals.Name("client");
            var request = locals.Name("page");
            var cancellation = locals.Name("cancellationToken");
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
            writer.Line($"({request}, {cancellation}) => {(items is null ? "JsonPages.ReadAsync(" + call : call)}");
            writer.Indent();
            for (var i = 0; i < arguments.Count; i++)
            {
                writer.Line(arguments[i] + (i < arguments.Count - 1 ? "," : items is null ? ")),"  : "),"));
            }

            writer.Unindent();
            writer.Line(items switch
            {
                null => $"static page => JsonPages.Items(page, {DocText.Literal(paging.ItemsKey)}),",
                { Property: null } => "static page => page,",
                { Property: { } property } => $"static page => page.{property} ?? global::System.Linq.Enumerable.Empty<{item}>(),",
            });
            writer.Line($"{options});");
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
        writer.Doc("the enumeration starts; pass a cancellation token with <c>WithCancellation</c>.</para>");
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
        writer.Doc("<returns>The items of every page, fetched as the enumeration goes.</returns>");
        var ownBounds = (sendsLimit ? ["<paramref name=\"pageSize\"/> is less than 1"] : new List<string>())
            .Append("<paramref name=\"maxTotalResults\"/> is negative");
        OperationEmitter.WriteArgumentExceptionDocs(writer, parameters, ownBounds);
        OperationEmitter.WriteSeeAlso(writer, operation);
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static string Text(string? value) => value is null ? "null" : DocText.Literal(value);
}
