using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>
/// What a spec's type names meet in the compilation: a name hidden by a type every project imports
/// implicitly. The only step that reads the compilation; it takes and gives plain strings, so an edit
/// to any C# file re-runs this check alone and every spec step stays cached.
/// </summary>
internal static class LibraryTypes
{
    // The namespaces a `dotnet new` project imports implicitly (ImplicitUsings).
    private static readonly string[] ImplicitNamespaces =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    public static EquatableArray<DiagnosticInfo> Clashes(EquatableArray<TypeClaim> claims, string clientName, Compilation compilation)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var claim in claims)
        {
            if (ImplicitType(compilation, claim.Name) is { } clash)
            {
                diagnostics.Add(Diagnostics.Info(
                    Diagnostics.ImplicitTypeNameCollision, claim.Location, claim.What, claim.Name, clash, clientName.Replace("Client", "")));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static string? ImplicitType(Compilation compilation, string name) =>
        ImplicitNamespaces
            .SelectMany(ns => Enumerable.Range(0, 5).Select(arity => arity == 0 ? $"{ns}.{name}" : $"{ns}.{name}`{arity}"))
            .FirstOrDefault(metadataName => compilation.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public });
}
