using System.Linq;

namespace Globus.Sdk.Generator.Model;

/// <summary>
/// A named schema of <c>components.schemas</c>: the record, converter and type-info entry emitted for it.
/// <paramref name="ItemsKey"/> is its <c>x-globus-items</c>; <paramref name="IsRequest"/> says a request
/// body uses it, so its model tracks which properties were set.
/// </summary>
internal sealed record SchemaModel(
    string Key,
    string CSharpName,
    string? Description,
    SpecLocation Location,
    EquatableArray<PropertyModel> Properties,
    string? ItemsKey,
    bool IsRequest)
{
    /// <summary>The list property the model enumerates (<c>x-globus-items</c>), when it names one.</summary>
    public PropertyModel? ItemsProperty =>
        ItemsKey is { } key ? Properties.FirstOrDefault(p => p.WireName == key && p.Type.Kind == TypeKind.List) : null;
}
