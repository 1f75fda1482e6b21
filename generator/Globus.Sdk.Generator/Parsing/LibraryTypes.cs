using System.Collections.Generic;
using System.Linq;
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

        return new ClientModel(service, typed.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? ImplicitType(Compilation compilation, string name) =>
        ImplicitNamespaces
            .SelectMany(ns => Enumerable.Range(0, 5).Select(arity => arity == 0 ? $"{ns}.{name}" : $"{ns}.{name}`{arity}"))
            .FirstOrDefault(metadataName => compilation.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public });
}
