using Globus.Sdk.Transfer;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The Python SDK's filter formatting (<c>x-globus-encoding: transfer-filter</c>): a string as given, a
/// dictionary as <c>k:v1,v2/k2:v</c> in insertion order, a list as one <c>filter=</c> value per item.
/// </summary>
public class TransferFilterTests
{
    private static IEnumerable<TestCaseData> Forms()
    {
        TestCaseData Case(string name, TransferFilter? filter, params string[] values) => new TestCaseData(filter, values).SetName(name);

        yield return Case("a_string_is_sent_as_given", "type:DELETE/status:SUCCEEDED", "type:DELETE/status:SUCCEEDED");
        yield return Case("a_dictionary_of_strings_keeps_its_insertion_order",
            new Dictionary<string, string> { ["type"] = "TRANSFER", ["status"] = "ACTIVE" }, "type:TRANSFER/status:ACTIVE");
        yield return Case("a_dictionary_of_lists_joins_each_list_with_commas",
            new Dictionary<string, string[]> { ["status"] = ["ACTIVE", "INACTIVE"], ["type"] = ["TRANSFER"] }, "status:ACTIVE,INACTIVE/type:TRANSFER");
        yield return Case("a_dictionary_of_enumerables_joins_each_with_commas",
            new Dictionary<string, IEnumerable<string>> { ["status"] = new List<string> { "ACTIVE", "INACTIVE" }, ["type"] = ["TRANSFER"] },
            "status:ACTIVE,INACTIVE/type:TRANSFER");
        yield return Case("a_list_of_strings_is_one_value_each", new[] { "type:DELETE", "status:ACTIVE" }, "type:DELETE", "status:ACTIVE");
        yield return Case("a_list_of_strings_as_a_List_is_one_value_each", new List<string> { "a:1", "b:2" }, "a:1", "b:2");
        yield return Case("a_list_of_mixed_items_formats_each_item",
            new TransferFilter[] { "type:DELETE", new Dictionary<string, string[]> { ["status"] = ["ACTIVE", "FAILED"], ["label"] = ["x"] } },
            "type:DELETE", "status:ACTIVE,FAILED/label:x");
        yield return Case("a_List_of_filters_formats_each_item",
            new List<TransferFilter> { new Dictionary<string, string> { ["a"] = "1" }, "b:2" }, "a:1", "b:2");
        yield return Case("read_only_dictionaries_go_through_FromFields",
            TransferFilter.FromFields((IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["owner_id"] = "u-1" }), "owner_id:u-1");
        yield return Case("Of_joins_filters_in_order", TransferFilter.Of("a:1", TransferFilter.Of("b:2", "c:3")), "a:1", "b:2", "c:3");
    }

    [TestCaseSource(nameof(Forms))]
    public void Each_form_is_formatted_as_the_Python_SDK_does(TransferFilter? filter, string[] values) =>
        Assert.That(filter!.Values, Is.EqualTo(values));

    [Test]
    public void Null_converts_to_no_filter()
    {
        Assert.Multiple(() =>
        {
            Assert.That((TransferFilter?)(string?)null, Is.Null);
            Assert.That((TransferFilter?)(Dictionary<string, string>?)null, Is.Null);
            Assert.That((TransferFilter?)(string[]?)null, Is.Null);
        });
    }

    [Test]
    public void A_null_value_or_item_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => TransferFilter.FromFields(new Dictionary<string, string> { ["a"] = null! }));
            Assert.Throws<ArgumentNullException>(() => TransferFilter.FromFields(new Dictionary<string, IEnumerable<string>> { ["a"] = ["x", null!] }));
            Assert.Throws<ArgumentNullException>(() => TransferFilter.Of(new TransferFilter[] { "a:1", null! }));
            Assert.Throws<ArgumentNullException>(() => TransferFilter.FromString(null!));
        });
    }

    [Test]
    public void Filters_with_the_same_values_are_equal()
    {
        TransferFilter a = new Dictionary<string, string> { ["type"] = "DELETE" };
        TransferFilter b = "type:DELETE";

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a, Is.Not.EqualTo((TransferFilter)"type:TRANSFER"));
            Assert.That(((TransferFilter)new[] { "a:1", "b:2" }).ToString(), Is.EqualTo("a:1 & b:2"));
        });
    }

    [Test]
    public void A_list_becomes_one_escaped_filter_parameter_per_item_in_the_url()
    {
        // The expression generated operations use for a transfer-filter query parameter.
        TransferFilter? filter = new TransferFilter[] { "type:DELETE/status:SUCCEEDED", new Dictionary<string, string[]> { ["status"] = ["ACTIVE", "INACTIVE"] } };
        var query = QueryParameters.WithExtra([new("limit", "10"), .. QueryParameters.Repeat("filter", filter?.Values)], [new("filter", "ignored")]);

        var url = RequestUrlBuilder.BuildFromEscapedPath(new Uri("https://transfer.api.globus.org/"), "v0.10/task_list", query);

        Assert.That(url.PathAndQuery, Is.EqualTo(
            "/v0.10/task_list?limit=10&filter=type%3ADELETE%2Fstatus%3ASUCCEEDED&filter=status%3AACTIVE%2CINACTIVE"));
    }
}
