using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Generator.Tests.Support;
using Globus.Sdk.Search;
using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Search;

/// <summary>
/// Every schema of specs/search.yaml with an example reads and writes back unchanged through its generated
/// converter, so a schema added to the spec is covered without a new test.
/// </summary>
public class SearchModelRoundTripTests
{
    private static readonly Lazy<JsonObject> Schemas = new(() =>
        YamlJson.Parse(File.ReadAllText(RepositoryFiles.PathOf("specs", "search.yaml")))!["components"]!["schemas"]!.AsObject());

    private static IEnumerable<TestCaseData> Examples() =>
        Schemas.Value
            .Where(s => s.Value!["example"] is JsonObject)
            .Select(s => new TestCaseData(ModelType(s.Key), s.Value!["example"]!.ToJsonString()).SetName($"{s.Key}_example_round_trips"));

    private static IEnumerable<TestCaseData> AllModels() =>
        Schemas.Value.Select(s => new TestCaseData(ModelType(s.Key)).SetName($"{s.Key}_reads_leniently"));

    // The C# name the generator gives a schema: the spec's x-globus-csharp-name, else its key.
    private static Type ModelType(string key) =>
        typeof(SearchClient).Assembly.GetType($"Globus.Sdk.Search.{Schemas.Value[key]!["x-globus-csharp-name"]?.GetValue<string>() ?? key}", throwOnError: true)!;

    private static object Read(Type type, string json) =>
        JsonSerializer.Deserialize(json, type, SearchJsonContext.Default.Options)!;

    private static JsonNode Write(Type type, object model) =>
        JsonSerializer.SerializeToNode(model, type, SearchJsonContext.Default.Options)!;

    [Test]
    public void The_spec_has_examples_to_test() =>
        Assert.That(Examples().Count(), Is.GreaterThanOrEqualTo(5));

    [TestCaseSource(nameof(Examples))]
    public void An_example_reads_and_writes_back_unchanged_with_an_unknown_field(Type type, string example)
    {
        var input = JsonNode.Parse(example)!.AsObject();
        input["x_added_later"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null) };

        var model = (GlobusModel)Read(type, input.ToJsonString());
        var output = Write(type, model);

        // A response model leaves a null property out (sent back, it must not clear what it merely
        // received as null); only request models write explicit nulls back.
        var expected = input.DeepClone().AsObject();
        if (type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic).All(p => !p.Name.EndsWith("IsSet", StringComparison.Ordinal)))
        {
            foreach (var name in expected.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                expected.Remove(name);
            }
        }

        Assert.That(JsonNode.DeepEquals(output, expected), Is.True, $"wrote {output.ToJsonString()}");
        Assert.That(model.AdditionalProperties.Keys, Is.EqualTo(new[] { "x_added_later" }));
    }

    [TestCaseSource(nameof(AllModels))]
    public void Missing_fields_read_as_null_and_an_empty_object_writes_back_empty(Type type)
    {
        var model = Read(type, "{}");

        Assert.That(Write(type, model).ToJsonString(), Is.EqualTo("{}"));
        var values = type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(GlobusModel.AdditionalProperties) && p.DeclaringType == type);
        Assert.That(values.Select(p => p.GetValue(model)), Is.All.Null);
    }

    [TestCaseSource(nameof(AllModels))]
    public void Explicit_nulls_read_as_null(Type type)
    {
        var wireNames = Schemas.Value.Single(s => ModelType(s.Key) == type).Value!["properties"]?.AsObject().Select(p => p.Key) ?? [];
        var json = new JsonObject(wireNames.Select(n => KeyValuePair.Create<string, JsonNode?>(n, null)));

        var model = Read(type, json.ToJsonString());

        var values = type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(GlobusModel.AdditionalProperties) && p.DeclaringType == type);
        Assert.That(values.Select(p => p.GetValue(model)), Is.All.Null);
    }

    [Test]
    public void An_unknown_enum_value_round_trips()
    {
        var task = JsonSerializer.Deserialize("""{"task_id": "t", "state": "PAUSED"}""", SearchJsonContext.Default.SearchTask)!;

        Assert.That(task.State, Is.Not.EqualTo(SearchTaskState.Pending).And.Not.EqualTo(SearchTaskState.Success));
        Assert.That(task.State!.Value.Value, Is.EqualTo("PAUSED"));
        Assert.That(JsonSerializer.Serialize(task, SearchJsonContext.Default.SearchTask), Is.EqualTo("""{"task_id":"t","state":"PAUSED"}"""));
    }

    [Test]
    public void A_request_model_sends_only_what_was_set()
    {
        var update = new IndexUpdate { DisplayName = "Ocean" };

        Assert.That(JsonSerializer.Serialize(update, SearchJsonContext.Default.IndexUpdate), Is.EqualTo("""{"display_name":"Ocean"}"""));
    }

    [Test]
    public void A_request_model_sends_an_explicit_null_and_reads_it_back_as_set()
    {
        var update = new IndexUpdate { Description = null };
        var json = JsonSerializer.Serialize(update, SearchJsonContext.Default.IndexUpdate);

        Assert.That(json, Is.EqualTo("""{"description":null}"""));
        var again = JsonSerializer.Deserialize(json, SearchJsonContext.Default.IndexUpdate)!;
        Assert.That(again, Is.EqualTo(update));
        Assert.That(again, Is.Not.EqualTo(new IndexUpdate()));
        Assert.That(JsonSerializer.Serialize(new IndexUpdate(), SearchJsonContext.Default.IndexUpdate), Is.EqualTo("{}"));
    }

    [Test]
    public void A_nested_list_of_numbers_round_trips()
    {
        const string json = """{"type":"Polygon","coordinates":[[[-124.5,40],[-122,40.25]]]}""";

        var shape = JsonSerializer.Deserialize(json, SearchJsonContext.Default.GeoShape)!;

        Assert.That(shape.Coordinates![0][1][1], Is.EqualTo(40.25));
        Assert.That(JsonSerializer.Serialize(shape, SearchJsonContext.Default.GeoShape), Is.EqualTo(json));
    }

    [Test]
    public void A_list_shaped_result_enumerates_its_items()
    {
        var list = JsonSerializer.Deserialize("""{"tasks": [{"task_id": "a"}, {"task_id": "b"}]}""", SearchJsonContext.Default.TaskList)!;

        Assert.That(list.Select(t => t.TaskId), Is.EqualTo(new[] { "a", "b" }));
    }
}
