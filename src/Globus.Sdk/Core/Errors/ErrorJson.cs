using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Reads fields of an error body while tolerating any shape: a field of the wrong type reads as
/// absent, so a malformed answer can never turn into an exception while an exception is being built.
/// </summary>
internal static class ErrorJson
{
    public static JsonElement? Field(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? String(JsonElement element, string name) =>
        Field(element, name) is { } value ? Text(value) : null;

    /// <summary>The first of the named fields that holds a string, or null.</summary>
    public static string? FirstString(JsonElement element, IEnumerable<string> names) =>
        names.Select(name => String(element, name)).FirstOrDefault(text => text is not null);

    public static JsonElement? Object(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static bool? Boolean(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : null;

    /// <summary>
    /// The strings of an array field; other items are skipped. With <paramref name="commaSeparated"/>,
    /// a single string holding a comma-separated list is accepted too, as some services send it.
    /// </summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string name, bool commaSeparated = false)
    {
        switch (Field(element, name))
        {
            case { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().Select(Text).OfType<string>().ToList();
            case { } text when commaSeparated && Text(text) is { } joined:
                return joined.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            default:
                return [];
        }
    }

    /// <summary>
    /// The items of an array field when it is a non-empty array of objects only; otherwise none, since a
    /// mixed array is not a list of error documents.
    /// </summary>
    public static IReadOnlyList<JsonElement> Objects(JsonElement element, string name)
    {
        if (Field(element, name) is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var items = array.EnumerateArray().ToList();
        return items.TrueForAll(item => item.ValueKind == JsonValueKind.Object) ? items : [];
    }

    /// <summary>The one value shared by all that have a value, or null when they disagree or none has one.</summary>
    public static string? Common(IEnumerable<string?> values)
    {
        var distinct = values.OfType<string>().Distinct(StringComparer.Ordinal).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    /// <summary>The value when it is a string, else null.</summary>
    public static string? Text(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // The parser lets invalid UTF-8 through inside strings; such a value reads as absent.
            return null;
        }
    }

    /// <summary>The property's name, or null when it cannot be decoded.</summary>
    public static string? Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
