using System.Text.Json.Nodes;

namespace Globus.Sdk.Search;

/// <summary>
/// A Search query document: a <see cref="PayloadDocument"/> (a dictionary of its top-level JSON fields, as the
/// Python SDK's query helpers are <c>dict</c> subclasses) with the helpers the query types share.
/// </summary>
/// <remarks>
/// Reading a field that is not set gives null; <see cref="PayloadDocument.ContainsKey"/> tells an unset field from
/// one explicitly set to JSON null (which is sent as <c>null</c>). One filter or query can seed several queries.
/// </remarks>
/// <example>
/// <code>
/// var query = new SearchQueryV1(q: "ocean") { ["q_settings"] = new JsonObject { ["mode"] = "query_string" } };
/// bool hasLimit = query.ContainsKey("limit"); // false: "limit" is not sent
/// </code>
/// </example>
public abstract class SearchQueryDocument : PayloadDocument
{
    private protected SearchQueryDocument()
    {
    }

    /// <summary>Appends a subdocument to the array field <paramref name="key"/>, creating the array when the field is not set.</summary>
    private protected void Append(string key, JsonObject item)
    {
        if (!Fields.TryGetPropertyValue(key, out var existing))
        {
            Fields[key] = new JsonArray(item);
            return;
        }

        if (existing is not JsonArray items)
        {
            throw new GlobusSdkUsageException(
                $"The query's \"{key}\" field is set to {existing?.ToJsonString() ?? "null"}, which is not a JSON array, so nothing can be added to it.");
        }

        items.Add((JsonNode)item);
    }

    private protected static JsonObject WithAdditional(JsonObject subdocument, IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields)
    {
        foreach (var (key, value) in additionalFields ?? [])
        {
            subdocument[key] = Adopt(value);
        }

        return subdocument;
    }

    private protected static int? NotNegative(int? value, string parameterName)
    {
        if (value is { } number)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(number, parameterName);
        }

        return value;
    }
}
