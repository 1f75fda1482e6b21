using System.Text.Json;
using Globus.Sdk.Search;

namespace Globus.Sdk.Tests.Core;

/// <summary>
/// Models are values (specs/README.md, "Model equality"): equal when they hold equal values, compared
/// deeply, with hash codes that agree; a record's own equality would compare lists and JSON by reference.
/// </summary>
public class ModelEqualityTests
{
    // A list of models, each with a nested list of models holding free-form JSON, and unknown fields at two depths.
    private const string ResultJson = """
        {"@datatype": "GSearchResult", "@version": "2017-09-01", "count": 1, "total": 1, "offset": 0, "has_next_page": false,
         "gmeta": [{"subject": "s-1", "@datatype": "GMetaResult", "@version": "2019-08-27",
                    "entries": [{"entry_id": null, "matched_principal_sets": ["public"],
                                 "content": {"title": "Ocean", "depth": [1.5, 20], "tags": {"a": true}}}],
                    "x_rank": {"score": 0.5}}],
         "x_took_ms": 12, "x_shards": {"total": 2, "ok": [1, 2]}}
        """;

    private static SearchResult Read(string json) => JsonSerializer.Deserialize(json, SearchJsonContext.Default.SearchResult)!;

    [Test]
    public void Two_models_read_from_the_same_json_are_equal_and_hash_alike()
    {
        var first = Read(ResultJson);
        var second = Read(ResultJson);

        Assert.That(first, Is.Not.SameAs(second));
        Assert.That(first.Equals(second), Is.True);
        Assert.That(first == second, Is.True);
        Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
        Assert.That(new HashSet<SearchResult> { first, second }, Has.Count.EqualTo(1));
        Assert.That(first.GMeta![0].Equals(second.GMeta![0]), Is.True, "nested models with unknown fields");
    }

    [Test]
    public void Free_form_json_and_unknown_fields_compare_by_content_not_by_spelling()
    {
        // Members in another order, numbers spelt otherwise, unknown fields received in another order.
        var reordered = Read("""
            {"x_shards": {"ok": [1, 2.0], "total": 2}, "x_took_ms": 1.2e1,
             "gmeta": [{"x_rank": {"score": 5e-1}, "subject": "s-1", "@datatype": "GMetaResult", "@version": "2019-08-27",
                        "entries": [{"content": {"tags": {"a": true}, "depth": [1.50, 2e1], "title": "Oce\u0061n"},
                                     "matched_principal_sets": ["public"], "entry_id": null}]}],
             "has_next_page": false, "offset": 0, "total": 1, "count": 1, "@version": "2017-09-01", "@datatype": "GSearchResult"}
            """);
        var original = Read(ResultJson);

        Assert.That(reordered, Is.EqualTo(original));
        Assert.That(reordered.GetHashCode(), Is.EqualTo(original.GetHashCode()));
    }

    [TestCase("\"title\": \"Ocean\"", "\"title\": \"Sea\"", TestName = "A_string_deep_in_free_form_json")]
    [TestCase("\"depth\": [1.5, 20]", "\"depth\": [20, 1.5]", TestName = "The_order_of_a_json_array")]
    [TestCase("[\"public\"]", "[\"public\", \"all\"]", TestName = "An_item_of_a_list")]
    [TestCase("\"x_took_ms\": 12", "\"x_took_ms\": 13", TestName = "The_value_of_an_unknown_field")]
    [TestCase("\"x_took_ms\": 12, ", "", TestName = "A_missing_unknown_field")]
    [TestCase("\"x_rank\": {\"score\": 0.5}", "\"x_rank\": {\"score\": 0.5, \"why\": null}", TestName = "An_unknown_field_of_a_nested_model")]
    [TestCase("\"subject\": \"s-1\"", "\"subject\": \"s-2\"", TestName = "A_property_of_a_nested_model")]
    public void A_difference_anywhere_makes_models_unequal(string from, string to)
    {
        Assert.That(ResultJson, Does.Contain(from));

        Assert.That(Read(ResultJson.Replace(from, to)), Is.Not.EqualTo(Read(ResultJson)));
    }

    [Test]
    public void Lists_compare_by_their_items_whatever_list_type_holds_them()
    {
        var fromArray = new GMetaEntry { MatchedPrincipalSets = ["public"], Content = JsonDocument.Parse("""{"a": [1]}""").RootElement };
        var fromList = new GMetaEntry { MatchedPrincipalSets = new List<string> { "public" }, Content = JsonDocument.Parse("""{"a":[1.0]}""").RootElement };

        Assert.That(fromArray, Is.EqualTo(fromList));
        Assert.That(fromArray.GetHashCode(), Is.EqualTo(fromList.GetHashCode()));
        Assert.That(fromArray with { MatchedPrincipalSets = null }, Is.Not.EqualTo(fromList));
    }

    [Test]
    public void Lists_of_lists_compare_item_by_item()
    {
        const string json = """{"type": "Polygon", "coordinates": [[[-124.5, 40], [-122, 40.25]]]}""";
        var first = JsonSerializer.Deserialize(json, SearchJsonContext.Default.GeoShape)!;
        var second = JsonSerializer.Deserialize(json, SearchJsonContext.Default.GeoShape)!;

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
        Assert.That(first, Is.Not.EqualTo(JsonSerializer.Deserialize(json.Replace("40.25", "40.5"), SearchJsonContext.Default.GeoShape)));
    }

    [Test]
    public void A_request_model_compares_its_values_and_what_was_set()
    {
        const string json = """
            {"q": "ocean", "filters": [{"type": "match_any", "field_name": "tags", "values": ["a", {"b": 1}]},
                                        {"type": "not", "filter": {"type": "exists", "field_name": "x"}}],
             "q_settings": {"mode": "query_string"}, "x_new": [1]}
            """;
        var first = JsonSerializer.Deserialize(json, SearchJsonContext.Default.GSearchRequest)!;
        var second = JsonSerializer.Deserialize(json, SearchJsonContext.Default.GSearchRequest)!;

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
        Assert.That(new GSearchRequest { Q = null }, Is.Not.EqualTo(new GSearchRequest()), "an explicit null is sent; unset is not");
        Assert.That(new GSearchRequest { Q = "ocean" }, Is.EqualTo(new GSearchRequest { Q = "ocean" }));
    }

    [Test]
    public void A_property_added_by_hand_is_not_compared()
    {
        const string json = """{"expires_in": 3600, "DATA": [{"type": "myproxy", "name": "hostname"}]}""";
        var earlier = JsonSerializer.Deserialize(json, Sdk.Transfer.TransferJsonContext.Default.ActivationRequirementsResponse)!
            with { ReadAt = DateTimeOffset.UnixEpoch };
        var later = JsonSerializer.Deserialize(json, Sdk.Transfer.TransferJsonContext.Default.ActivationRequirementsResponse)!;

        Assert.That(earlier, Is.EqualTo(later));
        Assert.That(earlier.GetHashCode(), Is.EqualTo(later.GetHashCode()));
    }

    [Test]
    public void Models_of_different_types_are_never_equal()
    {
        object role = new Role();
        object create = new RoleCreate();

        Assert.That(role.Equals(create), Is.False);
        Assert.That(new Role().Equals(new Role()), Is.True);
    }
}
