using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Search;

/// <summary>
/// The Search query helpers build exactly the documents the Python SDK builds, chain, reject bad input before
/// anything is sent, and go on the wire as the body of POST search and scroll.
/// </summary>
public class SearchQueryTests : WireMockTestBase
{
    private const string Idx = "4de0e89e-a395-11e7-bc54-8c705ad34f60";
    private const string EmptyPage = """{"gmeta": [], "count": 0, "total": 0, "has_next_page": false}""";

    private static string Written(SearchQueryDocument document)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertDocument(SearchQueryDocument document, string expected)
    {
        var written = Written(document);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(expected)), Is.True, written);
    }

    [Test]
    public void SearchQuery_builds_the_documented_v3_example()
    {
        var query = new SearchQuery(q: "example query")
            .SetLimit(100)
            .SetOffset(10)
            .AddFilter("path.to.field1", ["foo", "bar"]);

        AssertDocument(query, """
            {"q": "example query", "limit": 100, "offset": 10,
             "filters": [{"field_name": "path.to.field1", "values": ["foo", "bar"], "type": "match_all"}]}
            """);
    }

    [Test]
    public void SearchQuery_keeps_the_field_order_of_the_Python_dict()
    {
        var query = new SearchQuery("q1", offset: 3, limit: 2, advanced: false)
            .AddFilter("f", ["a"])
            .AddFacet("n", "f", size: 4)
            .AddBoost("b", 2)
            .AddSort("s", order: "asc");

        const string expected =
            """{"q":"q1","limit":2,"offset":3,"advanced":false,"filters":[{"field_name":"f","values":["a"],"type":"match_all"}],"facets":[{"name":"n","field_name":"f","type":"terms","size":4}],"boosts":[{"field_name":"b","factor":2}],"sort":[{"field_name":"s","order":"asc"}]}""";
        Assert.That(query.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void An_unset_field_is_not_sent()
    {
        AssertDocument(new SearchQuery(), "{}");
        AssertDocument(new SearchQuery("x"), """{"q": "x"}""");
        AssertDocument(new SearchScrollQuery(), "{}");
    }

    [Test]
    public void Constructor_additional_fields_are_set_last_and_win()
    {
        var query = new SearchQuery("a", limit: 1, offset: 2, advanced: true,
            additionalFields: [new("limit", 5), new("@datatype", "GSearchRequest")]);

        AssertDocument(query, """{"q": "a", "limit": 5, "offset": 2, "advanced": true, "@datatype": "GSearchRequest"}""");
    }

    [Test]
    public void AddFacet_builds_terms_date_and_numeric_histogram_facets()
    {
        var query = new SearchQuery()
            .AddFacet("Publication Date", "path.to.date", type: "date_histogram", dateInterval: "year")
            .AddFacet("Depth", "depth", type: "numeric_histogram", size: 5, histogramRange: (0, 100))
            .AddFacet("Dates", "date", type: "date_histogram", dateInterval: "month", histogramRange: ("2020-01-01", "2021-01-01"))
            .AddFacet("Stations", "station");

        AssertDocument(query, """
            {"facets": [
              {"name": "Publication Date", "field_name": "path.to.date", "type": "date_histogram", "date_interval": "year"},
              {"name": "Depth", "field_name": "depth", "type": "numeric_histogram", "size": 5, "histogram_range": {"low": 0, "high": 100}},
              {"name": "Dates", "field_name": "date", "type": "date_histogram", "date_interval": "month",
               "histogram_range": {"low": "2020-01-01", "high": "2021-01-01"}},
              {"name": "Stations", "field_name": "station", "type": "terms"}]}
            """);
    }

    [Test]
    public void Subdocument_additional_fields_are_merged_as_Python_merges_them()
    {
        // Python writes additional fields after field_name/values/type (so they win), but before a facet's
        // size/date_interval/histogram_range and a sort's order (so those win).
        var query = new SearchQuery()
            .AddFilter("f", ["a"], additionalFields: [new("type", "match_any"), new("post_filter", true)])
            .AddFacet("n", "f", size: 10, additionalFields: [new("size", 3), new("type", "sum"), new("missing", 0)])
            .AddBoost("b", 1, additionalFields: [new("factor", "3")])
            .AddSort("s", order: "desc", additionalFields: [new("order", "asc"), new("extra", 1)]);

        AssertDocument(query, """
            {"filters": [{"field_name": "f", "values": ["a"], "type": "match_any", "post_filter": true}],
             "facets": [{"name": "n", "field_name": "f", "type": "sum", "missing": 0, "size": 10}],
             "boosts": [{"field_name": "b", "factor": "3"}],
             "sort": [{"field_name": "s", "order": "desc", "extra": 1}]}
            """);
    }

    [Test]
    public void AddFilter_takes_JSON_values_for_range_filters()
    {
        var query = new SearchQuery("user query")
            .AddFilter("path.to.date", [new JsonObject { ["from"] = "*", ["to"] = "2014-11-07" }], type: "range")
            .AddFilter("n", [1, 2.5, true, null]);

        AssertDocument(query, """
            {"q": "user query", "filters": [
              {"field_name": "path.to.date", "values": [{"from": "*", "to": "2014-11-07"}], "type": "range"},
              {"field_name": "n", "values": [1, 2.5, true, null], "type": "match_all"}]}
            """);
    }

    [Test]
    public void AddFilter_takes_any_sequence_of_strings()
    {
        var stations = new List<string> { "46042", "46026" };

        var query = new SearchQuery().AddFilter("station", stations, "match_any");

        AssertDocument(query, """{"filters": [{"field_name": "station", "values": ["46042", "46026"], "type": "match_any"}]}""");
    }

    [Test]
    public void Repeated_setters_replace_and_repeated_adders_append()
    {
        var query = new SearchQuery("a").SetQuery("b").SetLimit(1).SetLimit(2).SetAdvanced(true).SetAdvanced(false)
            .AddSort("x").AddSort("y");

        AssertDocument(query, """{"q": "b", "limit": 2, "advanced": false, "sort": [{"field_name": "x"}, {"field_name": "y"}]}""");
    }

    [Test]
    public void Every_helper_returns_the_same_query_for_chaining()
    {
        var query = new SearchQuery();
        var scroll = new SearchScrollQuery();

        Assert.Multiple(() =>
        {
            Assert.That(query.SetQuery("q"), Is.SameAs(query));
            Assert.That(query.SetLimit(1), Is.SameAs(query));
            Assert.That(query.SetOffset(1), Is.SameAs(query));
            Assert.That(query.SetAdvanced(true), Is.SameAs(query));
            Assert.That(query.AddFilter("f", ["v"]), Is.SameAs(query));
            Assert.That(query.AddFilter("f", [new JsonObject()], "range"), Is.SameAs(query));
            Assert.That(query.AddFacet("n", "f"), Is.SameAs(query));
            Assert.That(query.AddBoost("f", 1.5), Is.SameAs(query));
            Assert.That(query.AddSort("f"), Is.SameAs(query));
            Assert.That(scroll.SetQuery("q"), Is.SameAs(scroll));
            Assert.That(scroll.SetLimit(1), Is.SameAs(scroll));
            Assert.That(scroll.SetAdvanced(true), Is.SameAs(scroll));
            Assert.That(scroll.SetMarker("m"), Is.SameAs(scroll));
            Assert.That(scroll.AddFilter("f", ["v"]), Is.SameAs(scroll));
        });
    }

    [Test]
    public void The_indexer_sets_any_field_as_the_Python_dict_does()
    {
        var query = new SearchQuery("a")
        {
            ["bypass_visible_to"] = true,
            ["filter_principal_sets"] = new JsonArray("curators"),
            ["result_format_version"] = "2017-09-01",
        };
        query["advanced"] = null;
        query.Add("offset", 5);

        Assert.Multiple(() =>
        {
            Assert.That(query["q"]!.GetValue<string>(), Is.EqualTo("a"));
            Assert.That(query["limit"], Is.Null);
            Assert.That(query.ContainsKey("limit"), Is.False);
            Assert.That(query.ContainsKey("advanced"), Is.True, "an explicit null is set, and sent");
            Assert.That(query.Keys, Is.EqualTo(new[] { "q", "bypass_visible_to", "filter_principal_sets", "result_format_version", "advanced", "offset" }));
            Assert.That(query.Count, Is.EqualTo(6));
            Assert.That(() => query.Add("q", "again"), Throws.ArgumentException);
        });
        AssertDocument(query, """
            {"q": "a", "bypass_visible_to": true, "filter_principal_sets": ["curators"],
             "result_format_version": "2017-09-01", "advanced": null, "offset": 5}
            """);

        Assert.That(query.Remove("advanced"), Is.True);
        Assert.That(query.TryGetValue("advanced", out _), Is.False);
        query.Clear();
        AssertDocument(query, "{}");
    }

    [Test]
    public void Adders_extend_an_array_set_through_the_indexer()
    {
        var query = new SearchQuery { ["filters"] = new JsonArray(new JsonObject { ["type"] = "exists", ["field_name"] = "doi" }) };

        query.AddFilter("f", ["v"]);

        AssertDocument(query, """{"filters": [{"type": "exists", "field_name": "doi"}, {"field_name": "f", "values": ["v"], "type": "match_all"}]}""");
    }

    [Test]
    public void Adding_to_a_field_that_is_not_an_array_is_a_usage_error()
    {
        var query = new SearchQuery { ["facets"] = "terms", ["sort"] = null };

        Assert.Multiple(() =>
        {
            Assert.That(() => query.AddFacet("n", "f"), Throws.InstanceOf<GlobusSdkUsageException>().With.Message.Contains("\"facets\""));
            Assert.That(() => query.AddSort("f"), Throws.InstanceOf<GlobusSdkUsageException>().With.Message.Contains("\"sort\""));
        });
    }

    [Test]
    public void A_node_taken_from_another_query_is_copied_not_moved()
    {
        var first = new SearchQuery().AddFilter("f", ["v"]);
        var shared = new List<KeyValuePair<string, JsonNode?>> { new("post_filter", new JsonObject { ["x"] = 1 }) };

        var second = new SearchQuery { ["filters"] = first["filters"] }
            .AddSort("a", additionalFields: shared)
            .AddSort("b", additionalFields: shared);
        second["filters"]!.AsArray().Add((JsonNode)new JsonObject());

        Assert.That(first["filters"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(second["filters"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(second["sort"]!.AsArray().Select(s => s!["post_filter"]!["x"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 1 }));
    }

    private static IEnumerable<TestCaseData> BadArguments()
    {
        TestCaseData Case(string name, TestDelegate call, Type exception, string parameter) =>
            new TestCaseData(call, exception, parameter).SetName($"{name}_is_rejected_naming_{parameter}");

        yield return Case("Negative_limit_argument", () => _ = new SearchQuery(limit: -1), typeof(ArgumentOutOfRangeException), "limit");
        yield return Case("Negative_offset_argument", () => _ = new SearchQuery(offset: -1), typeof(ArgumentOutOfRangeException), "offset");
        yield return Case("SetLimit_negative", () => new SearchQuery().SetLimit(-1), typeof(ArgumentOutOfRangeException), "limit");
        yield return Case("SetOffset_negative", () => new SearchQuery().SetOffset(-5), typeof(ArgumentOutOfRangeException), "offset");
        yield return Case("SetQuery_null", () => new SearchQuery().SetQuery(null!), typeof(ArgumentNullException), "query");
        yield return Case("AddFilter_empty_field_name", () => new SearchQuery().AddFilter("", ["v"]), typeof(ArgumentException), "fieldName");
        yield return Case("AddFilter_blank_field_name", () => new SearchQuery().AddFilter("  ", ["v"]), typeof(ArgumentException), "fieldName");
        yield return Case("AddFilter_null_values", () => new SearchQuery().AddFilter("f", (IEnumerable<string>)null!), typeof(ArgumentNullException), "values");
        yield return Case("AddFilter_null_value", () => new SearchQuery().AddFilter("f", ["a", null!]), typeof(ArgumentException), "values");
        yield return Case("AddFilter_empty_type", () => new SearchQuery().AddFilter("f", ["v"], type: ""), typeof(ArgumentException), "type");
        yield return Case("AddFacet_empty_name", () => new SearchQuery().AddFacet("", "f"), typeof(ArgumentException), "name");
        yield return Case("AddFacet_empty_field_name", () => new SearchQuery().AddFacet("n", ""), typeof(ArgumentException), "fieldName");
        yield return Case("AddFacet_negative_size", () => new SearchQuery().AddFacet("n", "f", size: -1), typeof(ArgumentOutOfRangeException), "size");
        yield return Case("AddBoost_empty_field_name", () => new SearchQuery().AddBoost("", 1), typeof(ArgumentException), "fieldName");
        yield return Case("AddBoost_NaN_factor", () => new SearchQuery().AddBoost("f", double.NaN), typeof(ArgumentOutOfRangeException), "factor");
        yield return Case("AddBoost_infinite_factor", () => new SearchQuery().AddBoost("f", double.PositiveInfinity), typeof(ArgumentOutOfRangeException), "factor");
        yield return Case("AddSort_empty_field_name", () => new SearchQuery().AddSort(""), typeof(ArgumentException), "fieldName");
        yield return Case("Scroll_negative_limit", () => _ = new SearchScrollQuery(limit: -1), typeof(ArgumentOutOfRangeException), "limit");
        yield return Case("Scroll_SetMarker_null", () => new SearchScrollQuery().SetMarker(null!), typeof(ArgumentNullException), "marker");
        yield return Case("Scroll_AddFilter_empty_field_name", () => new SearchScrollQuery().AddFilter("", ["v"]), typeof(ArgumentException), "fieldName");
        yield return Case("V1_negative_limit", () => _ = new SearchQueryV1(limit: -1), typeof(ArgumentOutOfRangeException), "limit");
        yield return Case("V1_negative_offset", () => _ = new SearchQueryV1(offset: -1), typeof(ArgumentOutOfRangeException), "offset");
        yield return Case("V1_Limit_property_negative", () => new SearchQueryV1().Limit = -1, typeof(ArgumentOutOfRangeException), "value");
        yield return Case("V1_Offset_property_negative", () => new SearchQueryV1().Offset = -1, typeof(ArgumentOutOfRangeException), "value");
    }

    [TestCaseSource(nameof(BadArguments))]
    public void Bad_input(TestDelegate call, Type exception, string parameter)
    {
        var error = Assert.Throws(exception, call) as ArgumentException;

        Assert.That(error!.ParamName, Is.EqualTo(parameter));
    }

    [Test]
    public void A_rejected_query_sends_no_request()
    {
        var client = new SearchClient(options: Options());

        Assert.Throws<ArgumentOutOfRangeException>(() => client.PostSearchAsync(Idx, new SearchQuery("x").SetLimit(-1)));

        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void SearchQueryV1_carries_its_version_and_only_the_fields_given()
    {
        AssertDocument(new SearchQueryV1(), """{"@version": "query#1.0.0"}""");
        AssertDocument(
            new SearchQueryV1(
                q: "ocean",
                limit: 5,
                offset: 10,
                advanced: true,
                filters: [new JsonObject { ["type"] = "match_any", ["field_name"] = "station", ["values"] = new JsonArray("46042") }],
                facets: [new JsonObject { ["type"] = "terms", ["field_name"] = "station" }],
                postFacetFilters: [new JsonObject { ["type"] = "exists", ["field_name"] = "doi" }],
                boosts: [new JsonObject { ["field_name"] = "title", ["factor"] = 2 }],
                sort: [new JsonObject { ["field_name"] = "date", ["order"] = "asc" }],
                additionalFields: [new("q_settings", new JsonObject { ["mode"] = "query_string" })]),
            """
            {"@version": "query#1.0.0", "q": "ocean", "limit": 5, "offset": 10, "advanced": true,
             "filters": [{"type": "match_any", "field_name": "station", "values": ["46042"]}],
             "facets": [{"type": "terms", "field_name": "station"}],
             "post_facet_filters": [{"type": "exists", "field_name": "doi"}],
             "boosts": [{"field_name": "title", "factor": 2}],
             "sort": [{"field_name": "date", "order": "asc"}],
             "q_settings": {"mode": "query_string"}}
            """);
    }

    [Test]
    public void SearchQueryV1_properties_track_whether_they_were_set()
    {
        var query = new SearchQueryV1(q: "a", limit: 3)
        {
            BypassVisibleTo = false,
            FilterPrincipalSets = ["curators", "admins"],
            QSettings = new JsonObject { ["mode"] = "advanced_query_string", ["default_operator"] = "AND" },
            Sort = [new JsonObject { ["field_name"] = "date" }],
        };
        query.Advanced = null;
        query.Remove("limit");

        Assert.Multiple(() =>
        {
            Assert.That(query.Q, Is.EqualTo("a"));
            Assert.That(query.Limit, Is.Null);
            Assert.That(query.Offset, Is.Null);
            Assert.That(query.Advanced, Is.Null);
            Assert.That(query.BypassVisibleTo, Is.False);
            Assert.That(query.FilterPrincipalSets!.Select(p => p!.GetValue<string>()), Is.EqualTo(new[] { "curators", "admins" }));
            Assert.That(query.QSettings!["default_operator"]!.GetValue<string>(), Is.EqualTo("AND"));
            Assert.That(query.Filters, Is.Null);
            Assert.That(query.ContainsKey("offset"), Is.False);
            Assert.That(query.ContainsKey("advanced"), Is.True);
        });
        AssertDocument(query, """
            {"@version": "query#1.0.0", "q": "a", "bypass_visible_to": false, "filter_principal_sets": ["curators", "admins"],
             "q_settings": {"mode": "advanced_query_string", "default_operator": "AND"},
             "sort": [{"field_name": "date"}], "advanced": null}
            """);
    }

    [Test]
    public void SearchQueryV1_arrays_are_live_and_can_be_extended()
    {
        var query = new SearchQueryV1 { Filters = [] };

        query.Filters!.Add((JsonNode)new JsonObject { ["type"] = "exists", ["field_name"] = "doi" });
        query.Offset = 20;

        AssertDocument(query, """{"@version": "query#1.0.0", "filters": [{"type": "exists", "field_name": "doi"}], "offset": 20}""");
    }

    [Test]
    public void SearchScrollQuery_builds_the_Python_scroll_document()
    {
        var scroll = new SearchScrollQuery("*", limit: 100, advanced: false, marker: "m-0")
            .AddFilter("path.to.date", [new JsonObject { ["from"] = "*", ["to"] = "2014-11-07" }], type: "range")
            .SetMarker("m-1");
        scroll["filter_principal_sets"] = new JsonArray("curators");

        AssertDocument(scroll, """
            {"q": "*", "limit": 100, "advanced": false, "marker": "m-1",
             "filters": [{"field_name": "path.to.date", "values": [{"from": "*", "to": "2014-11-07"}], "type": "range"}],
             "filter_principal_sets": ["curators"]}
            """);
    }

    [Test]
    public async Task PostSearch_sends_a_SearchQuery_as_the_body()
    {
        Server.Given(Request.Create().UsingPost().WithPath($"/v1/index/{Idx}/search"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(EmptyPage));
        var search = new SearchClient(options: Options());

        var page = await search.PostSearchAsync(Idx, new SearchQuery("foo").SetLimit(5).AddFilter("type", ["dataset", "collection"], "match_any"));

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse("""
                {"q": "foo", "limit": 5, "filters": [{"field_name": "type", "values": ["dataset", "collection"], "type": "match_any"}]}
                """)), Is.True, request.Body);
            Assert.That(page.Value.Count, Is.EqualTo(0));
        });
    }

    [Test]
    public async Task PostSearch_writes_paging_arguments_over_a_SearchQueryV1_without_changing_it()
    {
        Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(EmptyPage));
        var search = new SearchClient(options: Options());
        var query = new SearchQueryV1(q: "ocean", limit: 5);

        await search.PostSearchAsync(Idx, query, offset: 20, limit: 50);

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(SingleRequest.Body!),
            JsonNode.Parse("""{"@version": "query#1.0.0", "q": "ocean", "limit": 50, "offset": 20}""")), Is.True, SingleRequest.Body);
        Assert.That(query.ToString(), Is.EqualTo("""{"@version":"query#1.0.0","q":"ocean","limit":5}"""));
    }

    [Test]
    public async Task Scroll_sends_a_SearchScrollQuery_with_the_marker_in_the_body()
    {
        Server.Given(Request.Create().UsingPost().WithPath($"/v1/index/{Idx}/scroll"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"gmeta": [], "count": 0, "has_next_page": true, "marker": "m-2"}"""));
        var search = new SearchClient(options: Options());

        var page = await search.ScrollAsync(Idx, new SearchScrollQuery("*", limit: 2).AddFilter("station", ["46042"]), marker: "m-1");

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(SingleRequest.Body!), JsonNode.Parse("""
            {"q": "*", "limit": 2, "marker": "m-1", "filters": [{"field_name": "station", "values": ["46042"], "type": "match_all"}]}
            """)), Is.True, SingleRequest.Body);
        Assert.That(page["marker"].GetString(), Is.EqualTo("m-2"));
    }
}
