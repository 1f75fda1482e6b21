using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Globus.Sdk.Transport;

/// <summary>Checks of free-form JSON arguments that generated operations make before any request.</summary>
internal static class JsonArguments
{
    /// <summary>
    /// Refuses <c>default(JsonElement)</c>, which holds no JSON (not even <c>null</c>): a required document such
    /// as a flow definition must be given. A JSON <c>null</c> (<c>JsonDocument.Parse("null").RootElement</c>) is a value.
    /// </summary>
    /// <param name="value">The argument.</param>
    /// <param name="parameterName">Its name, filled in by the compiler.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default(JsonElement)</c>.</exception>
    public static void ThrowIfUndefined(JsonElement value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("A JSON value is required; default(JsonElement) holds none.", parameterName);
        }
    }
}
