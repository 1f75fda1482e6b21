namespace Globus.Sdk.Generator.Model;

/// <summary>One operation of a spec: one generated method sending one request.</summary>
internal sealed record OperationModel(
    string OperationId,
    string MethodName,
    string HttpMethod,
    string Path,
    string? Summary,
    string? Description,
    string? DocsUrl,
    string? DocsTitle,
    EquatableArray<ParameterModel> Parameters,
    BodyModel? Body,
    string? ResponseTypeName,
    string? ResponseDescription,
    bool AcceptsQueryParams,
    bool Anonymous,
    bool HandWritten,
    bool Deprecated,
    string? ObsoleteId,
    PagingModel? Paging,
    EquatableArray<string> Clients);

/// <summary>Where an argument travels.</summary>
internal enum ParameterLocation
{
    Path,
    Query,
    Body,
    BodyDocument,
    BodyAdditional,
}

/// <summary>The value types the generator maps to C#.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Number,
    Boolean,
    StringList,
    Json,

    /// <summary>
    /// A query value of a runtime type the spec names (<c>x-globus-csharp-type</c>), which formats itself
    /// as one or more values of the parameter.
    /// </summary>
    Custom,
}

/// <summary>
/// One method argument, in the order of the C# signature: its wire name, C# name and type, whether
/// it is required, its lower bound, and how a query value is written.
/// </summary>
internal sealed record ParameterModel(
    string WireName,
    string CSharpName,
    ParameterLocation Location,
    ValueKind Kind,
    bool Required,
    long? Minimum,
    string? TrueWord,
    string? FalseWord,
    bool Explode,
    string? DefaultText,
    string? Description,
    string? CSharpType = null);

/// <summary>How the request body is made from the arguments (<c>x-globus-body</c>).</summary>
internal sealed record BodyModel(string? Encoding, string? Wrapper);

/// <summary>
/// How the paginated form walks an operation (<c>x-globus-paging</c>): the runtime's style, the spec's
/// numbers and keys, the C# arguments that carry the paging values, and the items of a page:
/// <paramref name="ItemType"/> is their C# type when the page's model lists them (null: the pages are
/// read as JSON), which the page model then enumerates itself.
/// </summary>
internal sealed record PagingModel(
    string Style,
    int? PageSize,
    int? MaxTotal,
    string? SizeKey,
    string? MarkerKey,
    string? LimitArgument,
    string? OffsetArgument,
    string? MarkerArgument,
    string ItemsKey,
    string ItemsProperty,
    string? ItemType);
