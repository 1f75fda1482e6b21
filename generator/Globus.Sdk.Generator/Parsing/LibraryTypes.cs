using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Emitting;
using Globus.Sdk.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>
/// What a spec's names meet in the compilation: which model names would be hidden by a type every
/// project imports implicitly. Only strings leave
/// here, so the steps after it stay cached when an unrelated file changes.
/// </summary>
internal static class LibraryTypes
{
    // The namespaces a `dotnet new` project imports implicitly (ImplicitUsings).
    private static readonly string[] ImplicitNamespaces =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    public static ClientModel Resolve(ServiceModel service, Compilation compilation)
    {
        // Every schema is emitted as a model with a JsonContext entry, so every response that names one is typed.
        var typed = service.Operations
            .Select(o => o.ResponseTypeName)
            .OfType<string>()
            .Distinct()
            .OrderBy(name => name, System.StringComparer.Ordinal);

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var schema in service.Schemas)
        {
            if (ImplicitType(compilation, schema.CSharpName) is { } clash)
            {
                diagnostics.Add(new DiagnosticInfo(
                    Diagnostics.ImplicitTypeNameCollision.Id,
                    schema.Location,
                    new[] { schema.Key, schema.CSharpName, clash, service.ClientName.Replace("Client", "") }.ToEquatableArray()));
            }
        }

        var typedNames = typed.ToList();
        var items = service.Operations
            .Where(o => o.Paging is not null && o.ResponseTypeName is { } name && typedNames.Contains(name))
            .Select(o => ItemsOf(service, o.ResponseTypeName!, o.Paging!.ItemsProperty))
            .OfType<TypedItems>()
            .Distinct();
        return new ClientModel(service, typedNames.ToEquatableArray(), items.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// What a typed page yields: every response model is generated from its schema, so the schema says
    /// it. A model with <c>x-globus-items</c> enumerates that list itself; otherwise the paging's items
    /// property is used when it is a list; null when neither holds, and the pages are then read as JSON.
    /// </summary>
    private static TypedItems? ItemsOf(ServiceModel service, string responseType, string itemsProperty)
    {
        if (service.Schemas.FirstOrDefault(s => s.CSharpName == responseType) is not { } page)
        {
            return null;
        }

        if (ModelEmitter.Items(page) is { } own)
        {
            return new TypedItems(responseType, ModelEmitter.TypeName(own.Type.Item!), null);
        }

        return page.Properties.FirstOrDefault(p => p.CSharpName == itemsProperty && p.Type.Kind == Model.TypeKind.List) is { } list
            ? new TypedItems(responseType, ModelEmitter.TypeName(list.Type.Item!), itemsProperty)
            : null;
    }

    private static string? ImplicitType(Compilation compilation, string name) =>
        ImplicitNamespaces
            .SelectMany(ns => Enumerable.Range(0, 5).Select(arity => arity == 0 ? $"{ns}.{name}" : $"{ns}.{name}`{arity}"))
            .FirstOrDefault(metadataName => compilation.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public });
}
