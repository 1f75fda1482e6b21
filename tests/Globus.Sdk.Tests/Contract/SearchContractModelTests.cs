using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Globus.Sdk.Search;

namespace Globus.Sdk.Tests.Contract;

public class SearchContractModelTests
{
    private const string IndexJson = """
        {"@datatype": "GSearchIndex", "id": "idx-1", "display_name": "Ocean CTD casts", "status": "delete-pending",
         "permissions": ["admin"], "retention_days": 30}
        """;

    [Test]
    public void Models_serialize_through_the_resolver_the_body_interface_and_plain_default_options_alike()
    {
        var index = JsonSerializer.Deserialize(IndexJson, SearchJsonContext.Default.SearchIndex)!;

        var viaResolver = JsonSerializer.Serialize(index, SearchJsonContext.Default.Options);
        var viaAttribute = JsonSerializer.Serialize(index);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            index.WriteTo(writer);
        }

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(viaResolver), JsonNode.Parse(IndexJson)), Is.True, viaResolver);
        Assert.That(viaAttribute, Is.EqualTo(viaResolver));
        Assert.That(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), Is.EqualTo(viaResolver));
        Assert.That(JsonSerializer.Deserialize<SearchIndex>(IndexJson)!.Status, Is.EqualTo(SearchIndexStatus.DeletePending));
    }

    [Test]
    public void Resolver_describes_the_search_models_only_and_combines_with_other_resolvers()
    {
        var combined = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(SearchJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };

        Assert.That(SearchJsonContext.Default.GetTypeInfo(typeof(string), SearchJsonContext.Default.Options), Is.Null);
        Assert.That(SearchJsonContext.Default.SearchResult, Is.SameAs(SearchJsonContext.Default.SearchResult), "built once");
        Assert.That(JsonSerializer.Serialize(new { page = new SearchResult { Count = 0 } }, combined), Is.EqualTo("""{"page":{"count":0}}"""));
    }

    [Test]
    public void AdditionalProperties_is_a_private_copy_with_values_that_outlive_their_document()
    {
        var source = new Dictionary<string, JsonElement>();
        SearchIndex index;
        using (var document = JsonDocument.Parse("""{"retention_days": 30}"""))
        {
            source["retention_days"] = document.RootElement.GetProperty("retention_days");
            index = new SearchIndex { Id = "idx-1", AdditionalProperties = source };
        }

        source["added_later"] = default;

        Assert.That(index.AdditionalProperties.Keys, Is.EqualTo(new[] { "retention_days" }));
        Assert.That(index.AdditionalProperties["retention_days"].GetInt32(), Is.EqualTo(30));
        Assert.That(index.AdditionalProperties is IDictionary<string, JsonElement> { IsReadOnly: false }, Is.False, "not writable by a cast");
        Assert.That(new SearchIndex().AdditionalProperties, Is.Empty);
    }

    [Test]
    public void A_page_without_gmeta_enumerates_nothing_and_keeps_its_own_fields()
    {
        var page = JsonSerializer.Deserialize("""{"count": 0, "total": 0, "has_next_page": false}""", SearchJsonContext.Default.SearchResult)!;

        Assert.That(page, Is.Empty);
        Assert.That(page.GMeta, Is.Null);
        Assert.That(page.HasNextPage, Is.False);
    }

    [Test]
    public void Status_compares_by_its_exact_wire_value_and_rejects_null()
    {
        Assert.That(new SearchIndexStatus("open"), Is.EqualTo(SearchIndexStatus.Open));
        Assert.That(new SearchIndexStatus("OPEN"), Is.Not.EqualTo(SearchIndexStatus.Open));
        Assert.That(SearchIndexStatus.DeletePending.ToString(), Is.EqualTo("delete-pending"));
        Assert.Throws<ArgumentNullException>(() => _ = new SearchIndexStatus(null!));
    }

    [Test]
    public async Task Code_that_uses_the_client_can_be_tested_with_a_mock_and_canned_responses()
    {
        var client = new CannedSearchClient(new SearchIndex { Id = "idx-1", DisplayName = "Ocean CTD casts", Status = SearchIndexStatus.Open });

        var response = await client.GetIndexAsync("idx-1");

        Assert.That(response.Value.DisplayName, Is.EqualTo("Ocean CTD casts"));
        Assert.That(response["status"].GetString(), Is.EqualTo("open"));
    }

    private sealed class CannedSearchClient(SearchIndex index) : SearchClient
    {
        // get_index takes Python's query_params (x-globus-query-params in the spec), which the hand-written contract lacked.
        public override Task<GlobusResponse<SearchIndex>> GetIndexAsync(
            string indexId, IEnumerable<KeyValuePair<string, string?>>? queryParams = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(GlobusResponse<SearchIndex>.FromValue(index, SearchJsonContext.Default.SearchIndex));
    }
}
