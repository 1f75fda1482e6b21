using System.Text.Json.Nodes;

namespace Globus.Sdk.Search;

/// <summary>
/// The chainable helpers that <see cref="SearchQuery"/> and <see cref="SearchScrollQuery"/> share, as the
/// Python SDK's <c>SearchQueryBase</c>: each edits the document and returns it as its own type, so calls chain.
/// </summary>
/// <typeparam name="TSelf">The query type the helpers return.</typeparam>
/// <example>
/// <code>
/// var query = new SearchQuery().SetQuery("ocean").SetLimit(10).SetAdvanced(false);
/// </code>
/// </example>
public abstract class SearchQueryBase<TSelf> : SearchQueryDocument
    where TSelf : SearchQueryBase<TSelf>
{
    private protected SearchQueryBase()
    {
    }

    /// <summary>Sets the query string (<c>q</c>).</summary>
    /// <param name="query">The query string.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <example><code>query.SetQuery("author: \"Ada Lovelace\"").SetAdvanced(true);</code></example>
    public TSelf SetQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return With("q", query);
    }

    /// <summary>Sets how many results one page holds (<c>limit</c>).</summary>
    /// <param name="limit">The page size.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    /// <example><code>query.SetLimit(100);</code></example>
    public TSelf SetLimit(int limit) => With("limit", NotNegative(limit, nameof(limit)));

    /// <summary>Sets whether the query string uses the advanced query syntax (<c>advanced</c>).</summary>
    /// <param name="advanced">True for the advanced syntax, which fails with a 400 on a malformed query string.</param>
    /// <returns>This query, for chaining.</returns>
    /// <example><code>query.SetAdvanced(true);</code></example>
    public TSelf SetAdvanced(bool advanced) => With("advanced", advanced);

    /// <summary>
    /// Adds a filter to <c>filters</c>: <c>{"field_name": fieldName, "values": [...], "type": type}</c>,
    /// then <paramref name="additionalFields"/>, which may replace any of these.
    /// </summary>
    /// <param name="fieldName">The field filtered on.</param>
    /// <param name="values">The values of a match filter.</param>
    /// <param name="type">The filter type, such as <c>match_all</c> or <c>match_any</c>.</param>
    /// <param name="additionalFields">Further fields of the filter.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldName"/> or <paramref name="type"/> is null, empty or white space, or <paramref name="values"/> is null or holds null.</exception>
    /// <exception cref="GlobusSdkUsageException">The <c>filters</c> field was set to something other than a JSON array.</exception>
    /// <example><code>query.AddFilter("path.to.field1", ["foo", "bar"], type: "match_any");</code></example>
    public TSelf AddFilter(
        string fieldName,
        IEnumerable<string> values,
        string type = "match_all",
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode)(value ?? throw new ArgumentException("A filter value may not be null.", nameof(values))));
        }

        return AppendFilter(fieldName, array, type, additionalFields);
    }

    /// <summary>
    /// Adds a filter whose values are any JSON, such as the ranges of a <c>range</c> filter; otherwise as
    /// <see cref="AddFilter(string, IEnumerable{string}, string, IEnumerable{KeyValuePair{string, JsonNode}})"/>.
    /// </summary>
    /// <param name="fieldName">The field filtered on.</param>
    /// <param name="values">The filter's values.</param>
    /// <param name="type">The filter type, such as <c>range</c>.</param>
    /// <param name="additionalFields">Further fields of the filter.</param>
    /// <returns>This query, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="fieldName"/> or <paramref name="type"/> is null, empty or white space, or <paramref name="values"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The <c>filters</c> field was set to something other than a JSON array.</exception>
    /// <example><code>query.AddFilter("path.to.date", [new JsonObject { ["from"] = "*", ["to"] = "2014-11-07" }], type: "range");</code></example>
    public TSelf AddFilter(
        string fieldName,
        IEnumerable<JsonNode?> values,
        string type = "match_all",
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return AppendFilter(fieldName, new JsonArray(values.Select(Adopt).ToArray()), type, additionalFields);
    }

    private protected TSelf With(string key, JsonNode? value)
    {
        SetField(key, value);
        return (TSelf)this;
    }

    private protected TSelf Appending(string key, JsonObject item)
    {
        Append(key, item);
        return (TSelf)this;
    }

    private TSelf AppendFilter(
        string fieldName, JsonArray values, string type, IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var filter = new JsonObject { ["field_name"] = fieldName, ["values"] = values, ["type"] = type };
        return Appending("filters", WithAdditional(filter, additionalFields));
    }
}
