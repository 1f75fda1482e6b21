using System.Text.Json;

namespace Globus.Sdk.Tokens;

/// <summary>
/// The JSON token file, format 2.0 as Python writes it:
/// <c>{"globus-sdk.version": ..., "format_version": "2.0", "data": {namespace: {resource server: token data}}}</c>.
/// Format 1.0 (Python's <c>SimpleJSONFileAdapter</c>: <c>{"by_rs": {...}}</c>) is read as the
/// <c>DEFAULT</c> namespace and written back as 2.0, as Python does.
/// </summary>
internal sealed class JsonTokenFile
{
    public const string FormatVersion = "2.0";

    // Namespaces other than the one in use stay as they were read, so a write never alters them.
    private readonly Dictionary<string, JsonElement> _namespaces = new(StringComparer.Ordinal);

    private JsonTokenFile()
    {
    }

    public static JsonTokenFile Empty() => new();

    /// <exception cref="TokenStorageException">The bytes are not a token file this SDK can read.</exception>
    public static JsonTokenFile Parse(ReadOnlyMemory<byte> bytes, string path)
    {
        var file = new JsonTokenFile();
        if (bytes.IsEmpty)
        {
            // A file created but never written (e.g. touched by a user) holds no tokens.
            return file;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            // The parser's own message can quote the file's content, so only the position is reported.
            throw new TokenStorageException(
                $"The token file '{path}' is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); remove it or log in again.", path);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format_version", out var version) || version.ValueKind != JsonValueKind.String)
            {
                throw Foreign(path, "it has no format_version");
            }

            switch (version.GetString())
            {
                case "2.0":
                    if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                    {
                        throw Foreign(path, "its 'data' is not an object");
                    }

                    foreach (var space in data.EnumerateObject())
                    {
                        file._namespaces[space.Name] = CheckedNamespace(space.Value, path, space.Name);
                    }

                    break;
                case "1.0":
                    if (!root.TryGetProperty("by_rs", out var byResourceServer) || byResourceServer.ValueKind != JsonValueKind.Object)
                    {
                        throw Foreign(path, "its 'by_rs' is not an object");
                    }

                    file._namespaces[TokenStorage.DefaultNamespace] = CheckedNamespace(byResourceServer, path, TokenStorage.DefaultNamespace);
                    break;
                default:
                    throw Foreign(path, $"its format_version '{Truncate(version.GetString()!)}' is not one this SDK reads (1.0, 2.0)");
            }
        }

        return file;
    }

    public Dictionary<string, TokenStorageData> Namespace(string name, string path)
    {
        var result = new Dictionary<string, TokenStorageData>(StringComparer.Ordinal);
        if (!_namespaces.TryGetValue(name, out var space))
        {
            return result;
        }

        foreach (var entry in space.EnumerateObject())
        {
            try
            {
                result[entry.Name] = TokenDataJson.Read(entry.Value, entry.Name);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new TokenStorageException(
                    $"The token file '{path}' holds unreadable token data for '{entry.Name}' in namespace '{name}': {e.Message}.", path);
            }
        }

        return result;
    }

    public void SetNamespace(string name, IReadOnlyDictionary<string, TokenStorageData> data)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (resourceServer, tokens) in data)
            {
                writer.WritePropertyName(resourceServer);
                TokenDataJson.Write(writer, tokens);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        _namespaces[name] = document.RootElement.Clone();
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("globus-sdk.version", Transport.SdkInfo.Version);
            writer.WriteString("format_version", FormatVersion);
            writer.WritePropertyName("data");
            writer.WriteStartObject();
            foreach (var (name, space) in _namespaces)
            {
                writer.WritePropertyName(name);
                space.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static JsonElement CheckedNamespace(JsonElement space, string path, string name) =>
        space.ValueKind == JsonValueKind.Object
            ? space.Clone()
            : throw Foreign(path, $"its namespace '{name}' is not an object");

    private static TokenStorageException Foreign(string path, string why) =>
        new($"The file '{path}' is not a Globus SDK token file: {why}. Remove it or choose another file.", path);

    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "...";
}
