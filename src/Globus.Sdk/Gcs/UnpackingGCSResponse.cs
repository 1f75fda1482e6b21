using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Globus.Sdk.Gcs;

/// <summary>
/// An answer of the GCS Manager about one object (Python's <c>UnpackingGCSResponse</c>): the service wraps the
/// object's document in a result document's <c>data</c> array, and <see cref="GlobusResponse{T}.Value"/> is the
/// first document of that array whose <c>DATA_TYPE</c> is of the expected type (<c>collection#1.5.0</c> for
/// <c>collection</c>), or the whole body when there is none, as Python's <c>data</c> is.
/// </summary>
/// <typeparam name="T">The model of the object's document.</typeparam>
/// <remarks>
/// The raw answer stays whole: <see cref="GlobusResponse.Data"/>, the indexers and <see cref="GlobusResponse.Text"/>
/// show the result document (Python's <c>full_data</c>); <see cref="UnpackedData"/> is the object's document as JSON.
/// <code>
/// var response = await gcsClient.GetCollectionAsync(collectionId);
/// Console.WriteLine($"{response.Value.DisplayName} ({response["code"]})");
/// </code>
/// </remarks>
public class UnpackingGCSResponse<T> : GlobusResponse<T>
{
    private readonly string _match;

    /// <summary>Views an answer as unpacking the first document of <c>data</c> whose <c>DATA_TYPE</c> is <paramref name="match"/>.</summary>
    /// <param name="response">The answer; its body is shared, not copied.</param>
    /// <param name="match">The document type without its version, such as <c>collection</c> (letters, digits and underscores).</param>
    /// <param name="typeInfo">How to read <typeparamref name="T"/> from the document.</param>
    /// <exception cref="ArgumentException"><paramref name="match"/> is not a word of letters, digits and underscores.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> or <paramref name="typeInfo"/> is null.</exception>
    public UnpackingGCSResponse(GlobusResponse response, string match, JsonTypeInfo<T> typeInfo)
        : base(response, Unpacking(match, typeInfo))
    {
        _match = match;
    }

    /// <summary>
    /// The object's document as JSON: the first element of <c>data</c> of the expected <c>DATA_TYPE</c>, or the whole
    /// body when there is none (Python's <c>data</c>).
    /// </summary>
    public JsonElement UnpackedData => Unpack(Data, _match);

    /// <summary>The first object of <c>data</c> whose <c>DATA_TYPE</c> names <paramref name="match"/> (any version), else <paramref name="body"/>.</summary>
    internal static JsonElement Unpack(JsonElement body, string match)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in data.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty("DATA_TYPE", out var dataType) && dataType.ValueKind == JsonValueKind.String
                    && dataType.GetString() is { } text && text.IndexOf('#') is var hash and >= 0
                    && text.AsSpan(0, hash).SequenceEqual(match))
                {
                    return item;
                }
            }
        }

        return body;
    }

    private static JsonTypeInfo<T> Unpacking(string match, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (!UnpackingMatch.Word().IsMatch(match))
        {
            throw new ArgumentException($"'{match}' is not a document type name (letters, digits and underscores).", nameof(match));
        }

        return JsonMetadataServices.CreateValueInfo<T>(typeInfo.Options, new UnpackingConverter(match, typeInfo));
    }

    /// <summary>Reads the whole body and decodes the unpacked document with the model's own type information.</summary>
    private sealed class UnpackingConverter(string match, JsonTypeInfo<T> typeInfo) : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return Unpack(document.RootElement, match).Deserialize(typeInfo);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, typeInfo);
    }
}

/// <summary>What an unpacking match may be (Python's <c>\w+</c>).</summary>
internal static partial class UnpackingMatch
{
    [GeneratedRegex(@"^\w+\z", RegexOptions.CultureInvariant)]
    public static partial Regex Word();
}
