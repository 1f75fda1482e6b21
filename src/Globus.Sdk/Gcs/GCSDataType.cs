using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The versioned <c>DATA_TYPE</c> the Python SDK gives a GCS document that was created without one: the base name
/// and the highest version any of the set fields needs (<c>1.0.0</c> at least), so a document that uses no newer
/// field stays readable by older GCS versions.
/// </summary>
internal static class GCSDataType
{
    public static void Ensure(
        JsonObject fields, string baseName, IReadOnlyDictionary<string, Version> implications, Func<JsonObject, Version?>? callback = null)
    {
        if (fields.ContainsKey("DATA_TYPE"))
        {
            return;
        }

        var version = new Version(1, 0, 0);
        foreach (var (field, implied) in implications)
        {
            if (fields.ContainsKey(field) && implied > version)
            {
                version = implied;
            }
        }

        if (callback?.Invoke(fields) is { } called && called > version)
        {
            version = called;
        }

        fields["DATA_TYPE"] = $"{baseName}#{version.ToString(3)}";
    }
}
