using System.Linq;

namespace Globus.Sdk.Generator.Model;

/// <summary>
/// One client class of a spec: the primary one (<c>x-globus-client</c>) or one of <c>x-globus-clients</c>.
/// <paramref name="HandWritten"/> leaves its constructors and error mapping to a hand-written part;
/// <paramref name="Arguments"/> are constructor arguments kept as properties, which fill the path
/// parameters of the same name and the <paramref name="BaseUrl"/> template (null: the runtime's table),
/// and name the client's own <paramref name="ResourceServer"/> and <paramref name="Scopes"/> (a flow's).
/// </summary>
internal sealed record ClientDefinition(
    string Name,
    string? Description,
    bool HandWritten,
    EquatableArray<ClientArgument> Arguments,
    string? BaseUrl,
    string? ResourceServer,
    EquatableArray<ClientScope> Scopes,
    SpecLocation Location)
{
    /// <summary>The argument that fills a path parameter of this wire name, if the client has one.</summary>
    public ClientArgument? ArgumentFor(string wireName) =>
        Arguments.FirstOrDefault(a => a.WireName == wireName);
}

/// <summary>A constructor argument of a client: its wire name in paths and templates, its C# names, what it is.</summary>
internal sealed record ClientArgument(string WireName, string ParameterName, string PropertyName, string? Description);

/// <summary>
/// A scope string of one client instance (<c>user</c> of a flow): its property's name, its template over
/// the client's arguments (<c>{flow_id}</c>, or <c>{flow_id:underscored}</c> with hyphens as underscores), what it allows.
/// </summary>
internal sealed record ClientScope(string PropertyName, string Template, string? Description);
