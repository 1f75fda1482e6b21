using System.Linq;
using Globus.Sdk.Generator.Model;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Emits the static scopes class of a service's OAuth2 security scheme.</summary>
internal static class ScopesEmitter
{
    public static GeneratedFile? Emit(ServiceModel service)
    {
        if (service.Scopes is not { } scopes)
        {
            return null;
        }

        var writer = ClientEmitter.FileStart(service);
        writer.Doc($"<summary>The OAuth2 scopes of {DocText.Inline(service.Title)}, for the resource server <c>{DocText.Escape(scopes.ResourceServer)}</c>.</summary>");
        writer.Block($"public static partial class {scopes.ClassName}", () =>
        {
            writer.Doc("<summary>The Globus Auth resource server whose tokens the client uses (the key of a token response's resource servers).</summary>");
            writer.Line($"public const string ResourceServer = {DocText.Literal(scopes.ResourceServer)};");
            foreach (var scope in scopes.Scopes)
            {
                writer.Line();
                writer.Doc($"<summary>{DocText.Inline(scope.Description ?? scope.Value)}</summary>");
                writer.Doc($"<remarks><c>{DocText.Escape(scope.Value)}</c></remarks>");
                writer.Line($"public const string {scope.Name} = {DocText.Literal(scope.Value)};");
            }

            if (scopes.DefaultScopes.Count > 0)
            {
                var names = scopes.DefaultScopes.Select(v => scopes.Scopes.FirstOrDefault(s => s.Value == v)?.Name ?? DocText.Literal(v));
                writer.Line();
                writer.Doc("<summary>The scopes a client bound to a login app asks for when nothing else is said.</summary>");
                writer.Line($"public static IReadOnlyList<string> DefaultScopes {{ get; }} = [{string.Join(", ", names)}];");
            }
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, scopes.ClassName), writer.ToString());
    }
}
