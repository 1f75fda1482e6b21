using System.Text.Json.Nodes;

namespace Globus.Sdk.Transport;

/// <summary>
/// How generated operations make JSON bodies from their arguments (<c>x-globus-body</c> in the spec):
/// an object built from named arguments, or the caller's document with some arguments written over it.
/// An argument that is null is not sent, so the service's default applies.
/// </summary>
internal static class JsonBodies
{
    /// <summary>
    /// The object of the given fields (null ones left out), then the caller's additional fields,
    /// sent inside <c>{"wrapper": ...}</c> when a wrapper is named.
    /// </summary>
    public static Dictionary<string, object?> Build(
        IReadOnlyList<KeyValuePair<string, object?>> fields,
        IEnumerable<KeyValuePair<string, object?>>? additional,
        string? wrapper)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                body[name] = value;
            }
        }

        foreach (var (name, value) in additional ?? [])
        {
            body[name] = value;
        }

        return wrapper is null ? body : new Dictionary<string, object?>(StringComparer.Ordinal) { [wrapper] = body };
    }

    /// <summary>
    /// The caller's document with each given field written over it; the document itself, untouched,
    /// when no field was given. The document must be a JSON object.
    /// </summary>
    public static object Merge(object document, string parameterName, IReadOnlyList<KeyValuePair<string, object?>> fields)
    {
        if (fields.All(f => f.Value is null))
        {
            return document;
        }

        var merged = JsonNode.Parse(JsonBodyWriter.Write(document, parameterName)) as JsonObject
            ?? throw new ArgumentException("The body must be a JSON object, so that paging values can be written into it.", parameterName);
        foreach (var (name, value) in fields)
        {
            if (value is not null)
            {
                merged[name] = JsonNode.Parse(JsonBodyWriter.Write(value, parameterName));
            }
        }

        return merged;
    }
}
