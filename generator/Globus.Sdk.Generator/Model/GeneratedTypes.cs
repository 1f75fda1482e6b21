using System;
using System.Collections.Generic;
using System.Linq;

namespace Globus.Sdk.Generator.Model;

/// <summary>A type a spec generates: its namespace and name, what in the spec asks for it, and where.</summary>
internal sealed record TypeClaim(string Namespace, string Name, string What, SpecLocation Location);

/// <summary>A type that two places ask for: the later one (<paramref name="Loser"/>) is reported and not generated.</summary>
internal sealed record TypeConflict(TypeClaim Loser, TypeClaim Winner);

/// <summary>
/// The names of the types a spec generates, in one place, so that the emitters and the check that no
/// two of them collide agree. Hint names are <c>{namespace}.{type}.g.cs</c>: unique once no two types
/// of one namespace share a name, which <see cref="Conflicts"/> ensures.
/// </summary>
internal static class GeneratedTypes
{
    public static string PaginatedName(string clientName) => clientName + "Paginated";

    public static string ConverterName(string modelName) => modelName + "JsonConverter";

    public static string HintName(string ns, string typeName) => $"{ns}.{typeName}.g.cs";

    /// <summary>Every type the service's emitters write.</summary>
    public static EquatableArray<TypeClaim> Of(ServiceModel service)
    {
        var ns = service.Namespace;
        var primary = service.Clients[0].Location;
        var claims = new List<TypeClaim>();
        void Claim(string name, string what, SpecLocation where) => claims.Add(new TypeClaim(ns, name, what, where));

        foreach (var client in service.Clients)
        {
            Claim(client.Name, $"The client '{client.Name}'", client.Location);
            if (service.OperationsOf(client).Any(o => o.Paging is not null))
            {
                Claim(PaginatedName(client.Name), $"The paginated forms of '{client.Name}'", client.Location);
            }
        }

        Claim(service.ErrorName, "The error class (x-globus-error)", primary);
        if (service.Scopes is { } scopes)
        {
            Claim(scopes.ClassName, "The scopes class (x-globus-scopes-class)", primary);
        }

        if (service.Schemas.Count > 0)
        {
            Claim(service.JsonContextName, "The JSON context of the models", primary);
        }

        foreach (var schema in service.Schemas)
        {
            Claim(schema.CSharpName, $"The schema '{schema.Key}'", schema.Location);
            Claim(ConverterName(schema.CSharpName), $"The JSON converter of the schema '{schema.Key}'", schema.Location);
        }

        foreach (var model in EnumModel.Of(service))
        {
            Claim(model.Name, $"The enum struct of {model.UsedBy[0]}", model.Location);
        }

        return claims.ToEquatableArray();
    }

    /// <summary>
    /// Every name asked for twice in one namespace, by one spec or by two: the first claim (by spec
    /// path, then position in the spec) keeps the name.
    /// </summary>
    public static EquatableArray<TypeConflict> Conflicts(IEnumerable<EquatableArray<TypeClaim>> services) =>
        services
            .SelectMany(claims => claims)
            .GroupBy(claim => (claim.Namespace, claim.Name))
            .SelectMany(group =>
            {
                var ordered = group
                    .OrderBy(c => c.Location.FilePath, StringComparer.Ordinal)
                    .ThenBy(c => c.Location.Start)
                    .ToList();
                return ordered.Skip(1).Select(loser => new TypeConflict(loser, ordered[0]));
            })
            .OrderBy(c => c.Loser.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(c => c.Loser.Location.Start)
            .ThenBy(c => c.Loser.Name, StringComparer.Ordinal)
            .ToEquatableArray();
}
