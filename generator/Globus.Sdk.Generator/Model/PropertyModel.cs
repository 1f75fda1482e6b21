namespace Globus.Sdk.Generator.Model;

/// <summary>
/// A property of a named schema: the C# type a method argument built from it takes (<paramref name="Kind"/>),
/// and what its model property is (<paramref name="Type"/>, the known values of an enum, whether it is secret).
/// </summary>
internal sealed record PropertyModel(
    string WireName,
    string CSharpName,
    ValueKind Kind,
    long? Minimum,
    string? Description,
    SpecLocation Location,
    TypeModel Type,
    bool Secret,
    EquatableArray<string> EnumValues);

/// <summary>What a model property holds, as the converter reads and writes it.</summary>
internal enum TypeKind
{
    String,
    Int32,
    Int64,
    Number,
    Boolean,
    Json,
    Model,
    Enum,
    List,
}

/// <summary>
/// The C# type of a model property: a scalar, a model or enum struct (<paramref name="Name"/>), or a list of
/// <paramref name="Item"/>.
/// </summary>
internal sealed record TypeModel(TypeKind Kind, string? Name = null, TypeModel? Item = null)
{
    public static readonly TypeModel Json = new(TypeKind.Json);

    /// <summary>The type as C# writes it, without the nullable mark.</summary>
    public string CSharpName => Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.List => $"IReadOnlyList<{Item!.CSharpName}>",
        TypeKind.Model or TypeKind.Enum => Name!,
        _ => "JsonElement",
    };
}
