using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>
/// Stateful Search: one index that keeps what is ingested into it and answers queries with it, so code that
/// writes and then reads an index is tested end to end. Made by <see cref="GlobusFake.SimulateSearchIndex"/>.
/// </summary>
/// <remarks>
/// Answers <c>GetIndexAsync</c>, <c>IngestAsync</c> (<c>GMetaEntry</c> and <c>GMetaList</c>), the ingest's
/// <c>GetTaskAsync</c> (always <c>SUCCESS</c>), <c>SearchAsync</c> and <c>PostSearchAsync</c> (paged by
/// <c>offset</c>/<c>limit</c>), <c>GetSubjectAsync</c> and <c>DeleteSubjectAsync</c>. A query matches a subject
/// whose subject or content contains every word of <c>q</c>, ignoring case; <c>*</c> matches all. Other
/// index ids get a 404. One simulated index per fake: a second call replaces the first.
/// </remarks>
public sealed class FakeSearchIndex
{
    /// <summary>The index id used when none is given.</summary>
    public const string DefaultIndexId = "6a0f9a08-1e1b-4c1b-9c7e-5d8f3c1a2b00";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, JsonObject>> _subjects = new(StringComparer.Ordinal);
    private readonly GlobusFakeService _search;

    internal FakeSearchIndex(GlobusFakeService search, string indexId)
    {
        _search = search;
        IndexId = indexId;
        search.Handle("get_index", request => ForIndex(request, () => Ok(IndexDocument(request))));
        search.Handle("ingest", request => ForIndex(request, () => Ingest(request)));
        search.Handle("get_task", request => Ok(TaskDocument(request)));
        search.Handle("search", request => ForIndex(request, () => Query(request.QueryValue("q"), request.QueryValue("offset"), request.QueryValue("limit"))));
        search.Handle("post_search", request => ForIndex(request, () =>
            Query((string?)request.Json?["q"], request.Json?["offset"]?.ToString(), request.Json?["limit"]?.ToString())));
        search.Handle("get_subject", request => ForIndex(request, () => Subject(request)));
        search.Handle("delete_subject", request => ForIndex(request, () => DeleteSubject(request)));
    }

    /// <summary>The index's id.</summary>
    public string IndexId { get; }

    /// <summary>The subjects ingested so far.</summary>
    public IReadOnlyCollection<string> Subjects => _subjects.Keys.Order(StringComparer.Ordinal).ToArray();

    private CannedResponse ForIndex(FakeRequest request, Func<CannedResponse> answer) =>
        request.PathParameters.GetValueOrDefault("index_id") == IndexId
            ? answer()
            : CannedResponse.Error(404, "NotFound.Generic", $"There is no index with id {request.PathParameters.GetValueOrDefault("index_id")}.");

    private CannedResponse Ingest(FakeRequest request)
    {
        var data = request.Json?["ingest_data"];
        var entries = (string?)request.Json?["ingest_type"] == "GMetaList"
            ? (data?["gmeta"] as JsonArray)?.OfType<JsonObject>() ?? []
            : data is JsonObject single ? [single] : [];
        foreach (var entry in entries)
        {
            var subject = (string?)entry["subject"];
            if (subject is null)
            {
                return CannedResponse.Error(400, "BadRequest.ValidationError", "Every entry needs a subject.");
            }

            var byEntryId = _subjects.GetOrAdd(subject, _ => new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal));
            byEntryId[(string?)entry["id"] ?? string.Empty] = (JsonObject)entry.DeepClone();
        }

        var answer = Example("ingest");
        answer["acknowledged"] = true;
        answer["task_id"] = Guid.NewGuid().ToString();
        return Ok(answer);
    }

    private CannedResponse Query(string? q, string? offsetText, string? limitText)
    {
        var words = (q ?? "*").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "*").ToArray();
        var matches = _subjects
            .Where(s => words.All(word => (s.Key + " " + string.Join(" ", s.Value.Values.Select(e => e["content"]?.ToJsonString()))).Contains(word, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToArray();
        var offset = int.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var limit = int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : 10;
        var page = matches.Skip(offset).Take(limit).Select(s => (JsonNode)Result(s.Key, s.Value)).ToArray();
        var answer = Example("search");
        answer["gmeta"] = new JsonArray(page);
        answer["count"] = page.Length;
        answer["offset"] = offset;
        answer["total"] = matches.Length;
        answer["has_next_page"] = offset + page.Length < matches.Length;
        answer.Remove("facet_results");
        return Ok(answer);
    }

    private CannedResponse Subject(FakeRequest request)
    {
        var subject = request.QueryValue("subject");
        return subject is not null && _subjects.TryGetValue(subject, out var entries)
            ? Ok(Result(subject, entries))
            : CannedResponse.Error(404, "NotFound.Generic", $"There is no subject '{subject}' in index {IndexId}.");
    }

    private CannedResponse DeleteSubject(FakeRequest request)
    {
        var removed = request.QueryValue("subject") is { } subject && _subjects.TryRemove(subject, out _);
        var answer = Example("delete_subject");
        answer["acknowledged"] = removed;
        answer["task_id"] = Guid.NewGuid().ToString();
        return Ok(answer);
    }

    private JsonObject IndexDocument(FakeRequest request)
    {
        var index = Example("get_index");
        index["id"] = IndexId;
        index["num_subjects"] = _subjects.Count;
        index["num_entries"] = _subjects.Values.Sum(e => e.Count);
        return index;
    }

    private JsonObject TaskDocument(FakeRequest request)
    {
        var task = Example("get_task");
        task["task_id"] = request.PathParameters.GetValueOrDefault("task_id");
        task["state"] = "SUCCESS";
        task["index_id"] = IndexId;
        return task;
    }

    private static JsonObject Result(string subject, ConcurrentDictionary<string, JsonObject> entries) => new()
    {
        ["subject"] = subject,
        ["entries"] = new JsonArray(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (JsonNode)new JsonObject
        {
            ["entry_id"] = e.Key.Length == 0 ? null : e.Key,
            ["content"] = e.Value["content"]?.DeepClone(),
            ["matched_principal_sets"] = new JsonArray(),
        }).ToArray()),
    };

    private JsonObject Example(string operationId) => _search.Spec.GetOperation(operationId).Variants["default"].Body as JsonObject ?? [];

    private static CannedResponse Ok(JsonObject body) => new(200, body, "stateful");
}
