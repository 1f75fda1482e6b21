using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// A request document that is also a dictionary of its top-level JSON fields, as the Python SDK's payload
/// helpers are <c>dict</c> subclasses (<c>GlobusPayload</c>): the typed helpers and the indexer edit the same
/// fields, and the document is sent exactly as it reads, in the order its fields were first set.
/// </summary>
/// <remarks>
/// Reading a field that is not set gives null, as <see cref="JsonObject"/> does; <see cref="ContainsKey"/>
/// tells an unset field from one explicitly set to JSON null (which is sent as <c>null</c>). A node that
/// already belongs to another JSON document is copied in, so one subdocument can seed several documents.
/// Search's queries and Globus Connect Server's documents are payload documents.
/// </remarks>
/// <example>
/// <code>
/// var query = new Globus.Sdk.Search.SearchQueryV1(q: "ocean") { ["q_settings"] = new JsonObject { ["mode"] = "query_string" } };
/// bool hasLimit = query.ContainsKey("limit"); // false: "limit" is not sent
/// </code>
/// </example>
public abstract class PayloadDocument : IJsonBody, IDictionary<string, JsonNode?>
{
    private readonly JsonObject _fields = [];

    private protected PayloadDocument()
    {
    }

    /// <summary>The value of a top-level field, or null when it is not set; setting it adds or replaces the field.</summary>
    /// <param name="key">The field's wire name, such as <c>q</c> or <c>filters</c>.</param>
    /// <example><code>query["limit"] = 25;</code></example>
    public JsonNode? this[string key]
    {
        get => _fields[key];
        set => _fields[key] = Adopt(value);
    }

    /// <summary>The names of the fields that are set, in the order they were first set.</summary>
    /// <example><code>var names = string.Join(",", query.Keys);</code></example>
    public ICollection<string> Keys => ((IDictionary<string, JsonNode?>)_fields).Keys;

    /// <summary>The values of the fields that are set, in the order of <see cref="Keys"/>.</summary>
    /// <example><code>var values = query.Values.ToList();</code></example>
    public ICollection<JsonNode?> Values => ((IDictionary<string, JsonNode?>)_fields).Values;

    /// <summary>How many fields are set.</summary>
    /// <example><code>if (query.Count == 0) { /* nothing would be sent but {} */ }</code></example>
    public int Count => _fields.Count;

    /// <summary>Always false: a document can be changed until it is sent.</summary>
    bool ICollection<KeyValuePair<string, JsonNode?>>.IsReadOnly => false;

    /// <summary>Adds a field that is not set yet.</summary>
    /// <param name="key">The field's wire name.</param>
    /// <param name="value">The field's value; null is sent as JSON <c>null</c>.</param>
    /// <exception cref="ArgumentException">The field is already set.</exception>
    /// <example><code>query.Add("bypass_visible_to", true);</code></example>
    public void Add(string key, JsonNode? value) => _fields.Add(key, Adopt(value));

    /// <summary>Whether a field is set (to any value, JSON <c>null</c> included), so that it will be sent.</summary>
    /// <param name="key">The field's wire name.</param>
    /// <returns>True when the field is set.</returns>
    /// <example><code>bool paged = query.ContainsKey("offset");</code></example>
    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    /// <summary>Unsets a field, so that it is not sent and the service's default applies.</summary>
    /// <param name="key">The field's wire name.</param>
    /// <returns>True when the field was set.</returns>
    /// <example><code>query.Remove("limit");</code></example>
    public bool Remove(string key) => _fields.Remove(key);

    /// <summary>Gets a field's value when it is set.</summary>
    /// <param name="key">The field's wire name.</param>
    /// <param name="value">The value (null for JSON <c>null</c>), or null when the field is not set.</param>
    /// <returns>True when the field is set.</returns>
    /// <example><code>if (query.TryGetValue("q", out var q)) Console.WriteLine(q);</code></example>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonNode? value) => _fields.TryGetPropertyValue(key, out value);

    /// <summary>Unsets every field, including any version field the document was created with.</summary>
    /// <example><code>query.Clear();</code></example>
    public void Clear() => _fields.Clear();

    /// <summary>Enumerates the fields that are set, in the order they were first set.</summary>
    /// <returns>The fields as name and value pairs.</returns>
    /// <example><code>foreach (var (name, value) in query) Console.WriteLine($"{name}: {value?.ToJsonString()}");</code></example>
    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, JsonNode?>>.Add(KeyValuePair<string, JsonNode?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, JsonNode?>>.Contains(KeyValuePair<string, JsonNode?> item) =>
        ((ICollection<KeyValuePair<string, JsonNode?>>)_fields).Contains(item);

    void ICollection<KeyValuePair<string, JsonNode?>>.CopyTo(KeyValuePair<string, JsonNode?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, JsonNode?>>)_fields).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, JsonNode?>>.Remove(KeyValuePair<string, JsonNode?> item) =>
        ((ICollection<KeyValuePair<string, JsonNode?>>)_fields).Remove(item);

    /// <summary>Writes the document as the JSON object that is sent.</summary>
    /// <param name="writer">The writer to write to.</param>
    /// <example><code>query.WriteTo(writer);</code></example>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _fields.WriteTo(writer);
    }

    /// <summary>
    /// The document as compact JSON text, as it would be sent but with the values of fields that hold credentials
    /// (a <c>secret</c>, a <c>client_secret</c>, ..., at any depth) replaced by <c>REDACTED</c>, so it can be logged.
    /// </summary>
    /// <returns>The JSON text.</returns>
    /// <example><code>Console.WriteLine(new Globus.Sdk.Search.SearchQuery("ocean").SetLimit(5)); // {"q":"ocean","limit":5}</code></example>
    public override string ToString() => Redacted(_fields).ToJsonString();

    /// <summary>Whether a field of this name, at any depth, holds a credential that <see cref="ToString"/> must not show.</summary>
    private protected virtual bool IsSecretField(string name) => SecretRedaction.IsSecretName(name);

    /// <summary>The fields, read by the conversions to the request models (which copy what they read).</summary>
    private protected JsonObject Fields => _fields;

    private protected void SetField(string key, JsonNode? value) => _fields[key] = value;

    private protected void SetNode(string key, JsonNode? value) => _fields[key] = Adopt(value);

    private protected T? GetValue<T>(string key)
        where T : struct =>
        _fields[key] is JsonValue value ? value.GetValue<T>() : null;

    private protected string? GetString(string key) => _fields[key]?.GetValue<string>();

    private protected JsonArray? GetArray(string key) => (JsonArray?)_fields[key];

    private protected void SetAll(IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields)
    {
        foreach (var (key, value) in additionalFields ?? [])
        {
            this[key] = value;
        }
    }

    private protected void SetIfGiven(string key, JsonNode? value)
    {
        if (value is not null)
        {
            SetNode(key, value);
        }
    }

    /// <summary>A list of strings as a JSON array, or null for null (not sent).</summary>
    private protected static JsonArray? StringArray(IEnumerable<string>? values) =>
        values is null ? null : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>A list of JSON objects as a JSON array of copies, or null for null (not sent).</summary>
    private protected static JsonArray? ObjectArray(IEnumerable<JsonObject>? values) =>
        values is null ? null : new JsonArray(values.Select(v => Adopt(v)).ToArray());

    /// <summary>A copy of another document's fields, to nest it (a policies document in its parent), or null for null.</summary>
    private protected static JsonObject? Nested(PayloadDocument? document) => (JsonObject?)document?._fields.DeepClone();

    // A JsonNode has one parent: taking a node that already sits in another document would throw, so it is copied.
    private protected static JsonNode? Adopt(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();

    private JsonNode Redacted(JsonObject fields)
    {
        var copy = fields.DeepClone();
        // An explicit stack: the nesting is the caller's choice, not bounded by this code.
        var pending = new Stack<JsonNode?>([copy]);
        while (pending.TryPop(out var node))
        {
            if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    pending.Push(item);
                }
            }
            else if (node is JsonObject obj)
            {
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsSecretField(name) && obj[name] is not null)
                    {
                        obj[name] = SecretRedaction.Redacted;
                    }
                    else
                    {
                        pending.Push(obj[name]);
                    }
                }
            }
        }

        return copy;
    }
}
