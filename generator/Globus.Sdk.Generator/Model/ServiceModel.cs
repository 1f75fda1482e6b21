using System.Collections.Generic;
using System.Linq;

namespace Globus.Sdk.Generator.Model;

/// <summary>
/// One spec, as the emitters need it: the service's names, its operations, scopes and schemas, and its
/// clients (the primary <paramref name="ClientName"/> first, then those of <c>x-globus-clients</c>).
/// </summary>
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
    EquatableArray<SchemaModel> Schemas,
    EquatableArray<ClientDefinition> Clients)
{
    /// <summary>
    /// The name of the service's <c>IJsonTypeInfoResolver</c>: the primary client's name up to <c>Client</c>, + <c>JsonContext</c>
    /// (<c>SearchClient</c> -> <c>SearchJsonContext</c>; <c>ComputeClientV2</c> -> <c>ComputeJsonContext</c>, since the context
    /// serves every client of the spec, not only the versioned primary one).
    /// </summary>
    public string JsonContextName =>
        (ClientName.IndexOf("Client", System.StringComparison.Ordinal) is var at and > 0 ? ClientName.Substring(0, at) : ClientName) + "JsonContext";

    /// <summary>The operations a client carries, in spec order.</summary>
    public IEnumerable<OperationModel> OperationsOf(ClientDefinition client) =>
        Operations.Where(o => o.Clients.Contains(client.Name));
}

/// <summary>The scopes class of the service's OAuth2 security scheme.</summary>
internal sealed record ScopesModel(
    string ClassName,
    string ResourceServer,
    EquatableArray<ScopeModel> Scopes,
    EquatableArray<string> DefaultScopes);

/// <summary>One scope: its constant's name, its string and what it allows.</summary>
internal sealed record ScopeModel(string Name, string Value, string? Description);
