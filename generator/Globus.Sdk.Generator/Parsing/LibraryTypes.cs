using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>
/// What a spec's names meet in the compilation: which response models the library already has, and
/// which model names would be hidden by a type every project imports implicitly. Only strings leave
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
        var context = compilation.GetTypeByMetadataName($"{service.Namespace}.{ClientModel.JsonContextNameOf(service)}");
        var typed = service.Operations
            .Select(o => o.ResponseTypeName)
            .OfType<string>()
            .Distinct()
            .Where(name => compilation.GetTypeByMetadataName($"{service.Namespace}.{name}") is not null
                && context?.GetMembers(name).Any(m => m.Kind == SymbolKind.Property) == true)
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
            .Select(o => ItemsOf(compilation, service, o.ResponseTypeName!, o.Paging!.ItemsProperty))
            .OfType<TypedItems>()
            .Distinct();
        return new ClientModel(service, typedNames.ToEquatableArray(), items.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// What a typed page yields: the model's own enumeration when it has one, else its items property;
    /// null when neither is enumerable, and the pages are then read as JSON.
    /// </summary>
    private static TypedItems? ItemsOf(Compilation compilation, ServiceModel service, string responseType, string itemsProperty)
    {
        if (compilation.GetTypeByMetadataName($"{service.Namespace}.{responseType}") is not { } page)
        {
            return null;
        }

        if (ElementOf(page) is { } own)
        {
            return new TypedItems(responseType, TypeName(own, service), null);
        }

        return page.GetMembers(itemsProperty).OfType<IPropertySymbol>().FirstOrDefault() is { DeclaredAccessibility: Accessibility.Public } property
            && ElementOf(property.Type) is { } element
                ? new TypedItems(responseType, TypeName(element, service), itemsProperty)
                : null;
    }

    private static ITypeSymbol? ElementOf(ITypeSymbol type) =>
        (type is INamedTypeSymbol { SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } self ? [self] : type.AllInterfaces)
            .Where(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            .Select(i => i.TypeArguments[0])
            .FirstOrDefault();

    private static string TypeName(ITypeSymbol type, ServiceModel service) =>
        type.ContainingNamespace?.ToDisplayString() == service.Namespace && type is INamedTypeSymbol { Arity: 0 }
            ? type.Name
            : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static string? ImplicitType(Compilation compilation, string name) =>
        ImplicitNamespaces
            .SelectMany(ns => Enumerable.Range(0, 5).Select(arity => arity == 0 ? $"{ns}.{name}" : $"{ns}.{name}`{arity}"))
            .FirstOrDefault(metadataName => compilation.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public });
}
