namespace Globus.Sdk.Generator.Model;

/// <summary>One spec, as the emitters need it: the service's names, its operations, scopes and schemas.</summary>
internal sealed record ServiceModel(
    string FilePath,
    string ServiceName,
    string ClientName,
    string ErrorName,
    string Namespace,
    string Title,
    string? Description,
    string? DocsUrl,
    EquatableArray<OperationModel> Operations,
    ScopesModel? Scopes,
    EquatableArray<SchemaModel> Schemas);

/// <summary>A named schema of <c>components.schemas</c>; models are emitted from it in a later step.</summary>
internal sealed record SchemaModel(
    string Key,
    string CSharpName,
    string? Description,
    SpecLocation Location,
    EquatableArray<PropertyModel> Properties,
    string? ItemsKey);

/// <summary>A property of a named schema, with the C# type a method argument built from it takes.</summary>
internal sealed record PropertyModel(
    string WireName,
    string CSharpName,
    ValueKind Kind,
    long? Minimum,
    string? Description,
    SpecLocation Location);

/// <summary>The scopes class of the service's OAuth2 security scheme.</summary>
internal sealed record ScopesModel(
    string ClassName,
    string ResourceServer,
    EquatableArray<ScopeModel> Scopes,
    EquatableArray<string> DefaultScopes);

/// <summary>One scope: its constant's name, its string and what it allows.</summary>
internal sealed record ScopeModel(string Name, string Value, string? Description);
