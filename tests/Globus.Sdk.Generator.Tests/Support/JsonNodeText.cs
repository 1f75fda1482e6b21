namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>Typed reads of JSON values that never throw: a value of another type reads as null.</summary>
public static class JsonNodeText
{
    public static string? AsString(this JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static bool? AsBool(this JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out bool flag) ? flag : null;

    public static long? AsInteger(this JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out long number) ? number : null;

    /// <summary>The strings of a JSON array, or null when the node is not an array of strings.</summary>
    public static IReadOnlyList<string>? AsStrings(this JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return null;
        }
        var texts = array.Select(AsString).OfType<string>().ToList();
        return texts.Count == array.Count ? texts : null;
    }
}
