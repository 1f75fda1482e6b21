using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Globus.Sdk.Generator;

/// <summary>Every diagnostic the generator reports. Errors fail the build; each message says what to change in the spec.</summary>
internal static class Diagnostics
{
    private const string Category = "Globus.Sdk.Generator";

    public static readonly DiagnosticDescriptor InternalError = Error(
        "GLOBUS000", "The generator failed on a spec",
        "The generator failed while reading this spec ({0}); no code was generated from it. Please report this with the spec.");

    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "GLOBUS001", "The spec is not valid YAML",
        "The spec is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor MissingServiceKey = Error(
        "GLOBUS002", "A service key is missing",
        "The spec has no '{0}' at its top level; add it (see specs/README.md, 'The x-globus-* vocabulary')");

    public static readonly DiagnosticDescriptor MissingOperationId = Error(
        "GLOBUS003", "An operation has no operationId",
        "The operation {0} has no 'operationId'; add the Python method name in snake_case");

    public static readonly DiagnosticDescriptor DuplicateOperation = Error(
        "GLOBUS004", "Two operations get the same method",
        "The operation '{0}' gives the method '{1}', which another operation of this spec already gives; rename one (operationId or x-globus-csharp-name)");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "GLOBUS005", "A $ref names nothing",
        "'{0}' does not name anything in this spec; a '$ref' must point into this document's components ('#/components/<section>/<name>'): references to other files are not read");

    public static readonly DiagnosticDescriptor UnknownPagingStyle = Error(
        "GLOBUS006", "Unknown paging style",
        "The operation '{0}' has the paging style '{1}', which is not one of: {2}");

    public static readonly DiagnosticDescriptor UndeclaredPathParameter = Error(
        "GLOBUS007", "A path parameter is not declared",
        "The path '{0}' uses '{{{1}}}', which no path parameter of the operation '{2}' declares; add it as 'in: path', 'required: true'");

    public static readonly DiagnosticDescriptor ImplicitTypeNameCollision = Error(
        "GLOBUS008", "A model name collides with an implicitly imported type",
        "{0} would become the type '{1}', which collides with '{2}' that every project imports implicitly; rename it with x-globus-csharp-name (for example '{3}{1}')");

    public static readonly DiagnosticDescriptor ReservedPropertyName = Error(
        "GLOBUS009", "A property takes a reserved name",
        "The property '{0}' of the schema '{1}' would become '{2}', which every model already has; rename it with x-globus-csharp-name");

    public static readonly DiagnosticDescriptor InvalidEncoding = Error(
        "GLOBUS010", "A query parameter's encoding is missing or unknown",
        "The query parameter '{0}' of the operation '{1}' needs an x-globus-encoding of {2}");

    public static readonly DiagnosticDescriptor InvalidBody = Error(
        "GLOBUS011", "A request body cannot be built",
        "The request body of the operation '{0}' cannot be built: {1}");

    public static readonly DiagnosticDescriptor UnsupportedParameter = Error(
        "GLOBUS012", "A parameter cannot be generated",
        "The parameter '{0}' of the operation '{1}' cannot be generated: {2}");

    public static readonly DiagnosticDescriptor MissingObsoleteId = Warning(
        "GLOBUS013", "A deprecated operation has no obsolete id",
        "The operation '{0}' is deprecated but has no x-globus-obsolete-id; take the next free id of the service's block in specs/README.md");

    public static readonly DiagnosticDescriptor InvalidPaging = Error(
        "GLOBUS014", "An x-globus-paging value is invalid",
        "The x-globus-paging of the operation '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor MissingPagingArgument = Error(
        "GLOBUS015", "A paged operation lacks an argument its paging sets",
        "The operation '{0}' pages with the style '{1}', which sets '{2}'; the operation needs it as {3}");

    public static readonly DiagnosticDescriptor PagedResponseWithoutItems = Error(
        "GLOBUS016", "A paged operation's response has no items",
        "The operation '{0}' pages, but the paginated form has no items to yield: {1}");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Warning(
        "GLOBUS017", "A schema construct cannot be modelled",
        "The property '{0}' of the schema '{1}' becomes a JsonElement: {2}");

    public static readonly DiagnosticDescriptor PropertyNamedAsModel = Error(
        "GLOBUS018", "A property takes its model's name",
        "The property '{0}' of the schema '{1}' would become '{2}', the name of its own type, which C# forbids; rename it with x-globus-csharp-name");

    public static readonly DiagnosticDescriptor InvalidEnumName = Error(
        "GLOBUS019", "An enum struct cannot take its name",
        "The enum of the property '{0}' of the schema '{1}' cannot become the struct '{2}': {3}");

    public static readonly DiagnosticDescriptor UnknownVocabularyKey = Warning(
        "GLOBUS020", "An x-globus-* key is not part of the vocabulary",
        "'{0}' is not an x-globus-* key the generator reads, so it has no effect; check its spelling against specs/README.md, 'The x-globus-* vocabulary'");

    public static readonly DiagnosticDescriptor InvalidVocabularyValue = Error(
        "GLOBUS021", "An x-globus-* value has the wrong shape",
        "The value of '{0}' must be {1}, not {2} (see specs/README.md, 'The x-globus-* vocabulary')");

    public static readonly DiagnosticDescriptor PathParameterNotInPath = Error(
        "GLOBUS022", "A path parameter is not in the path",
        "The path parameter '{0}' of the operation '{1}' does not appear in the path '{2}', so it would be checked and never sent; add '{{{0}}}' to the path or remove the parameter");

    public static readonly DiagnosticDescriptor InvalidClient = Error(
        "GLOBUS023", "A client of x-globus-clients cannot be generated",
        "The client '{0}' cannot be generated: {1}");

    public static readonly DiagnosticDescriptor UnknownClient = Error(
        "GLOBUS024", "An operation names an unknown client",
        "The operation '{0}' names the client '{1}', which neither x-globus-client nor x-globus-clients defines");

    public static readonly DiagnosticDescriptor TypeNameCollision = Error(
        "GLOBUS025", "Two generated types take the same name",
        "{0} would become the type '{1}' in the namespace '{2}', which {3} already takes; rename one with x-globus-csharp-name (this one is not generated)");

    public static readonly DiagnosticDescriptor ServersNotRead = Error(
        "GLOBUS026", "A spec names servers",
        "'servers' is not read: the runtime maps x-globus-service and the environment to the base URL, and a client for one host of a service gives a base-url in x-globus-clients (see specs/README.md)");

    public static IEnumerable<DiagnosticDescriptor> All =>
    [
        InternalError, InvalidYaml, MissingServiceKey, MissingOperationId, DuplicateOperation, UnknownReference,
        UnknownPagingStyle, UndeclaredPathParameter, ImplicitTypeNameCollision, ReservedPropertyName, InvalidEncoding,
        InvalidBody, UnsupportedParameter, MissingObsoleteId, InvalidPaging, MissingPagingArgument, PagedResponseWithoutItems,
        UnsupportedSchema, PropertyNamedAsModel, InvalidEnumName, UnknownVocabularyKey, InvalidVocabularyValue, PathParameterNotInPath,
        InvalidClient, UnknownClient, TypeNameCollision, ServersNotRead,
    ];

    public static DiagnosticInfo Info(DiagnosticDescriptor descriptor, SpecLocation where, params string[] arguments) =>
        new(descriptor.Id, where, arguments.ToEquatableArray());

    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        var descriptor = All.First(d => d.Id == info.Id);
        var where = info.Location;
        var location = Location.Create(
            where.FilePath,
            new TextSpan(where.Start, where.Length),
            new LinePositionSpan(new LinePosition(where.StartLine, where.StartColumn), new LinePosition(where.EndLine, where.EndColumn)));
        return Diagnostic.Create(descriptor, location, info.Arguments.Cast<object>().ToArray());
    }

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
