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

/// <summary>The scopes class of the service's OAuth2 security scheme.</summary>
internal sealed record ScopesModel(
    string ClassName,
    string ResourceServer,
    EquatableArray<ScopeModel> Scopes,
    EquatableArray<string> DefaultScopes);

/// <summary>One scope: its constant's name, its string and what it allows.</summary>
internal sealed record ScopeModel(string Name, string Value, string? Description);
