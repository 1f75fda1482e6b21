using System;
using System.Collections.Generic;
using System.Linq;

namespace Globus.Sdk.Generator.Model;

/// <summary>
/// An extensible string struct: its name, its known values, the model properties that hold it
/// (<c>Model.Property</c>) in spec order, and where the first of them is. The parser gives one set of
/// values one name, so every property with that name has those values.
/// </summary>
internal sealed record EnumModel(string Name, EquatableArray<string> Values, EquatableArray<string> UsedBy, SpecLocation Location)
{
    /// <summary>The service's enum structs, each once, in the order their first property appears.</summary>
    public static EquatableArray<EnumModel> Of(ServiceModel service) =>
        service.Schemas
            .SelectMany(schema => schema.Properties.Select(property => (Schema: schema, Property: property)))
            .Where(use => use.Property.Type.Kind == TypeKind.Enum)
            .GroupBy(use => use.Property.Type.Name!, StringComparer.Ordinal)
            .Select(group => new EnumModel(
                group.Key,
                group.First().Property.EnumValues,
                group.Select(use => $"{use.Schema.CSharpName}.{use.Property.CSharpName}").ToEquatableArray(),
                group.First().Property.Location))
            .ToEquatableArray();
}
