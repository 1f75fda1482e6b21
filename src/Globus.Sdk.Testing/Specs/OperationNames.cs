using System.Reflection;

namespace Globus.Sdk.Testing;

/// <summary>
/// Matches C# method names to spec operation ids without repeating the generator's naming rules:
/// both are compared as lower-case letters and digits, without a final <c>Async</c>, and the exact C#
/// name is taken from the generated client.
/// </summary>
internal static class OperationNames
{
    public static string Normalize(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return letters.EndsWith("async", StringComparison.Ordinal) ? letters[..^"async".Length] : letters;
    }

    /// <summary>The public methods of the generated client, by normalized name; empty when the client is not found.</summary>
    public static IReadOnlyDictionary<string, string> MethodsOf(string clientType)
    {
        var type = typeof(BaseClient).Assembly.GetType(clientType);
        if (type is null)
        {
            return new Dictionary<string, string>();
        }

        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (method.Name.EndsWith("Async", StringComparison.Ordinal))
            {
                methods.TryAdd(Normalize(method.Name), method.Name);
            }
        }

        return methods;
    }

    /// <summary>The C# name: the spec's override, the client's method of the same normalized name, else PascalCase + Async.</summary>
    public static string MethodName(string operationId, string? csharpName, IReadOnlyDictionary<string, string> clientMethods) =>
        csharpName
        ?? (clientMethods.TryGetValue(Normalize(operationId), out var name) ? name : null)
        ?? string.Concat(operationId.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Async";
}
