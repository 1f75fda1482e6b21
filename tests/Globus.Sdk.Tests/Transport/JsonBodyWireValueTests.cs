using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;
using static Globus.Sdk.Tests.Support.ScriptedAnswers;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// Every enum-like value in a request body goes on the wire as the service reads it, never as its .NET
/// name: the generated extensible enums as their <c>Value</c>, <see cref="SyncLevel"/> as its integer,
/// <see cref="TaskDeadline"/> and <see cref="TransferTimeRange"/> as their text; a C# enum is refused.
/// </summary>
public class JsonBodyWireValueTests : WireMockTestBase
{
    /// <summary>The generated extensible enum structs: a public string <c>Value</c>, a (string) constructor and an implicit (null-safe) conversion from string.</summary>
    private static readonly Type[] ExtensibleEnums = typeof(BaseClient).Assembly.GetExportedTypes()
        .Where(t => t.IsValueType
            && t.GetProperty("Value")?.PropertyType == typeof(string)
            && t.GetConstructor([typeof(string)]) is not null
            && t.GetMethod("op_Implicit", [typeof(string)])?.ReturnType is { } converted
            && (converted == t || Nullable.GetUnderlyingType(converted) == t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static IEnumerable<TestCaseData> ExtensibleEnumTypes() =>
        ExtensibleEnums.Select(t => new TestCaseData(t).SetName($"Extensible_enum_{t.Name}"));

    /// <summary>Each known value of each extensible enum, and one the SDK does not know.</summary>
    public static IEnumerable<TestCaseData> ExtensibleEnumValues() =>
        from type in ExtensibleEnums
        from value in type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == type)
            .Select(p => p.GetValue(null)!)
            .Append(Activator.CreateInstance(type, "a-value_added-later")!)
        let wire = (string)type.GetProperty("Value")!.GetValue(value)!
        select new TestCaseData(value, wire).SetName($"Wire_value_of_{type.Name}_{wire}");

    /// <summary>Every property of a request or response model whose type is an extensible enum.</summary>
    public static IEnumerable<TestCaseData> EnumTypedModelProperties() =>
        from model in typeof(BaseClient).Assembly.GetExportedTypes()
        where typeof(GlobusModel).IsAssignableFrom(model) && !model.IsAbstract
        from property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.CanWrite && ExtensibleEnums.Contains(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)
        select new TestCaseData(model, property).SetName($"Model_field_{model.Name}_{property.Name}");

    [Test]
    public void The_generated_extensible_enums_are_found() =>
        Assert.That(ExtensibleEnums, Does.Contain(typeof(TransferTaskStatus)).And.Contain(typeof(TransferDocumentRecursiveSymlinks)));

    [TestCaseSource(nameof(ExtensibleEnumTypes))]
    public void Each_extensible_enum_writes_its_wire_value(Type type) =>
        Assert.That(typeof(IExtensibleEnum).IsAssignableFrom(type), Is.True,
            "the generator's EnumEmitter declares every enum struct an IExtensibleEnum");

    [TestCaseSource(nameof(ExtensibleEnumValues))]
    public void An_extensible_enum_in_a_body_is_written_as_its_value(object value, string wire) =>
        AssertWritten(value, JsonValue.Create(wire));

    [TestCaseSource(nameof(EnumTypedModelProperties))]
    public void An_enum_typed_model_field_is_written_as_its_value(Type model, PropertyInfo property)
    {
        var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var instance = (GlobusModel)Activator.CreateInstance(model)!;
        property.SetValue(instance, Activator.CreateInstance(enumType, "wire-probe"));

        var written = JsonNode.Parse(JsonBodyWriter.Write(instance, "data"))!.AsObject();

        Assert.That(written.Where(field => field.Value?.GetValueKind() == JsonValueKind.String && field.Value.GetValue<string>() == "wire-probe")
            .Select(field => field.Key), Has.Exactly(1).Items, written.ToJsonString());
    }

    [TestCase(0, 0)]
    [TestCase(3, 3)]
    [TestCase("exists", 0)]
    [TestCase("mtime", 2)]
    [TestCase("checksum", 3)]
    public void A_sync_level_in_a_body_is_written_as_its_integer(object given, int wire)
    {
        SyncLevel level = given is int number ? number : (string)given;

        AssertWritten(level, JsonValue.Create(wire));
    }

    [Test]
    public void A_sync_level_that_is_none_of_the_four_is_refused_naming_the_argument()
    {
        SyncLevel level = "sometimes";

        var error = Assert.Throws<ArgumentException>(() => JsonBodyWriter.Write(Body(level), "data"))!;

        Assert.That(error.ParamName, Is.EqualTo("data"));
        Assert.That(error.Message, Does.Contain("\"sometimes\" is not a sync level"));
    }

    [Test]
    public void A_deadline_and_a_time_range_in_a_body_are_written_as_their_text()
    {
        var moment = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        AssertWritten((TaskDeadline)moment, JsonValue.Create("2030-01-02 03:04:05+00:00"));
        AssertWritten((TaskDeadline)"2030-01-02", JsonValue.Create("2030-01-02"));
        AssertWritten(new TransferTimeRange(moment, null), JsonValue.Create("2030-01-02T03:04:05+00:00,"));
    }

    [Test]
    public void A_csharp_enum_in_a_body_is_refused_before_any_request()
    {
        var client = new BaseClient("transfer", options: Options());

        var error = Assert.ThrowsAsync<ArgumentException>(() => client.PostAsync("/v0.10/transfer", data: Body(DayOfWeek.Monday)))!;

        Assert.That(error.ParamName, Is.EqualTo("data"));
        Assert.That(error.Message, Does.Contain("DayOfWeek").And.Contain("C# enum"));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task Enum_like_values_reach_the_wire_as_their_wire_values()
    {
        Server.AnswerInTurn(Status(200, "{}"));
        var client = new BaseClient("transfer", options: Options());

        await client.PostAsync("/v0.10/transfer", data: new Dictionary<string, object?>
        {
            ["DATA_TYPE"] = TransferDocumentDataType.Transfer,
            ["recursive_symlinks"] = TransferDocumentRecursiveSymlinks.Keep,
            ["sync_level"] = SyncLevel.Checksum,
            ["deadline"] = (TaskDeadline)"2030-01-02",
            ["statuses"] = new[] { TransferTaskStatus.Active, TransferTaskStatus.Inactive },
        });

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(SingleRequest.Body!), JsonNode.Parse("""
            {"DATA_TYPE": "transfer", "recursive_symlinks": "keep", "sync_level": 3, "deadline": "2030-01-02",
             "statuses": ["ACTIVE", "INACTIVE"]}
            """)), Is.True, SingleRequest.Body);
    }

    private static Dictionary<string, object?> Body(object value) => new() { ["field"] = value };

    private static void AssertWritten(object value, JsonNode expected)
    {
        var written = JsonNode.Parse(JsonBodyWriter.Write(Body(value), "data"));

        Assert.That(JsonNode.DeepEquals(written, new JsonObject { ["field"] = expected }), Is.True, written!.ToJsonString());
    }
}
