using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

/// <summary>
/// What <see cref="TransferData"/> and <see cref="DeleteData"/> share: a task document that is edited through
/// typed helpers and, like the Python SDK's <c>dict</c>-based helpers, through its top-level fields, and is
/// sent exactly as it reads, in the order its fields were first set.
/// </summary>
/// <remarks>
/// An option that was never set is not sent, so the service's default applies. Once submitted, the document
/// holds the <c>submission_id</c> it was sent with, so submitting the same document again is the same
/// submission and cannot create a second task.
/// </remarks>
public abstract class TaskSubmissionDocument : IJsonBody
{
    private readonly JsonObject _fields = [];

    private protected TaskSubmissionDocument(string dataType)
    {
        _fields["DATA_TYPE"] = dataType;
        _fields["DATA"] = new JsonArray();
    }

    /// <summary>The value of a top-level field, or null when it is not set; setting it adds or replaces the field.</summary>
    /// <param name="key">The field's wire name, such as <c>label</c>.</param>
    /// <example><code>data["notify_on_succeeded"] = false;</code></example>
    public JsonNode? this[string key]
    {
        get => _fields[key];
        set => _fields[key] = Adopt(value);
    }

    /// <summary>The names of the fields that are set, in the order they were first set.</summary>
    public IEnumerable<string> Keys => ((IDictionary<string, JsonNode?>)_fields).Keys;

    /// <summary>
    /// The submission id the document is (or will be) sent with, or null until one is set or fetched;
    /// the submit methods fill it in when it is null.
    /// </summary>
    public string? SubmissionId
    {
        get => _fields["submission_id"]?.GetValue<string>();
        set => SetOrRemove("submission_id", value);
    }

    /// <summary>How many items (<c>DATA</c>) the document holds.</summary>
    public int ItemCount => (_fields["DATA"] as JsonArray)?.Count ?? 0;

    /// <summary>Whether a field is set (to any value, JSON <c>null</c> included), so that it will be sent.</summary>
    /// <param name="key">The field's wire name.</param>
    /// <returns>True when the field is set.</returns>
    public bool ContainsKey(string key) => _fields.ContainsKey(key);

    /// <summary>Unsets a field, so that it is not sent and the service's default applies.</summary>
    /// <param name="key">The field's wire name.</param>
    /// <returns>True when the field was set.</returns>
    public bool Remove(string key) => _fields.Remove(key);

    /// <summary>Writes the document as the JSON object that is sent.</summary>
    /// <param name="writer">The writer to write to.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _fields.WriteTo(writer);
    }

    /// <summary>The document as compact JSON text, exactly as it would be sent (it holds no secret).</summary>
    /// <returns>The JSON text.</returns>
    public override string ToString() => _fields.ToJsonString();

    /// <summary>The fields, which the submit methods read into the request model (a copy) just before sending.</summary>
    internal JsonObject Fields => _fields;

    private protected void SetIfGiven(string key, JsonNode? value)
    {
        if (value is not null)
        {
            _fields[key] = value;
        }
    }

    private protected void SetAll(IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields)
    {
        foreach (var (key, value) in additionalFields ?? [])
        {
            this[key] = value;
        }
    }

    /// <summary>Appends an item to <c>DATA</c>, or to another array field such as <c>filter_rules</c>, creating it when it is not set.</summary>
    private protected void Append(string key, JsonObject item, IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        foreach (var (name, value) in additionalFields ?? [])
        {
            item[name] = Adopt(value);
        }

        if (!_fields.TryGetPropertyValue(key, out var existing) || existing is null)
        {
            _fields[key] = new JsonArray(item);
            return;
        }

        if (existing is not JsonArray items)
        {
            throw new GlobusSdkUsageException(
                $"The document's \"{key}\" field is set to {existing.ToJsonString()}, which is not a JSON array, so nothing can be added to it.");
        }

        items.Add((JsonNode)item);
    }

    private protected static JsonNode? Deadline(TaskDeadline? deadline) => deadline is { } value ? JsonValue.Create(value.Text) : null;

    private protected static JsonNode? Flag(bool? value) => value is { } flag ? JsonValue.Create(flag) : null;

    private protected static JsonNode? Text(string? value) => value is null ? null : JsonValue.Create(value);

    private void SetOrRemove(string key, string? value)
    {
        if (value is null)
        {
            _fields.Remove(key);
        }
        else
        {
            _fields[key] = value;
        }
    }

    // A JsonNode has one parent: taking a node that already sits in another document would throw, so it is copied.
    private static JsonNode? Adopt(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();
}
