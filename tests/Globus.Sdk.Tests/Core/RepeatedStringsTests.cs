using System.Text;
using System.Text.Json;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Core;

/// <summary>
/// A string value that repeats from item to item of a page is made once and shared; every value still reads
/// exactly as sent, whatever its length, characters or escapes, and bad UTF-8 is still an error.
/// </summary>
public class RepeatedStringsTests
{
    private static TransferTaskList Decode(string json) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), TransferJsonContext.Default.TransferTaskList)!;

    private static string Page(params string[] tasks) => "{\"DATA_TYPE\": \"task_list\", \"DATA\": [" + string.Join(", ", tasks) + "]}";

    [Test]
    public void A_value_repeated_across_items_is_one_string()
    {
        var page = Decode(Page(
            """{"task_id": "t-1", "owner_string": "researcher@globusid.org", "label": "first"}""",
            """{"task_id": "t-2", "owner_string": "researcher@globusid.org", "label": "second"}"""));

        var tasks = page.Data!;
        Assert.Multiple(() =>
        {
            Assert.That(tasks[0].OwnerString, Is.EqualTo("researcher@globusid.org"));
            Assert.That(tasks[1].OwnerString, Is.SameAs(tasks[0].OwnerString), "made once, shared");
            Assert.That(tasks.Select(t => t.Label), Is.EqualTo(new[] { "first", "second" }));
        });
    }

    [TestCase("Globus Tutorial Collection 1", "Globus Tutorial Collection 2")]
    [TestCase("ddb59aef-6d04-11e5-ba46-22000b92c6ec", "ddb59af0-6d04-11e5-ba46-22000b92c6ec")]
    [TestCase("2024-01-05T03:00:01+00:00", "2024-01-06T03:00:01+00:00")]
    [TestCase("OK", "KO")]
    public void Alternating_values_that_differ_in_one_place_are_each_shared(string first, string second)
    {
        // Two values a page alternates between (a source and a destination) must not take each other's place.
        var page = Decode(Page(Enumerable.Range(0, 6).Select(i => $$"""{"label": "{{(i % 2 == 0 ? first : second)}}"}""").ToArray()));

        var labels = page.Data!.Select(t => t.Label!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.EqualTo(Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? first : second)));
            Assert.That(labels.Where((_, i) => i % 2 == 0).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(1), first);
            Assert.That(labels.Where((_, i) => i % 2 == 1).Distinct(ReferenceEqualityComparer.Instance).Count(), Is.EqualTo(1), second);
        });
    }

    [Test]
    public void A_secret_is_never_shared_so_no_table_keeps_it()
    {
        var json = Encoding.UTF8.GetBytes("""{"id": "cred-1", "secret": "cs-Secret-0123456789"}""");

        var first = JsonSerializer.Deserialize(json, Globus.Sdk.Auth.AuthJsonContext.Default.ClientCredential)!;
        var second = JsonSerializer.Deserialize(json, Globus.Sdk.Auth.AuthJsonContext.Default.ClientCredential)!;

        Assert.Multiple(() =>
        {
            Assert.That(second.Secret, Is.EqualTo("cs-Secret-0123456789"));
            Assert.That(second.Secret, Is.Not.SameAs(first.Secret));
            Assert.That(second.Id, Is.SameAs(first.Id), "an ordinary value is shared");
        });
    }

    [TestCase("plain")]
    [TestCase("")]
    [TestCase("étiquette ✓ 😀")]
    [TestCase("a value longer than sixty-four bytes, which is made the usual way every time it is read")]
    public void Every_value_reads_as_sent_again_and_again(string value)
    {
        var json = JsonSerializer.Serialize(value);
        var page = Decode(Page(Enumerable.Repeat($$"""{"label": {{json}}}""", 3).ToArray()));

        Assert.That(page.Data!.Select(t => t.Label), Is.EqualTo(Enumerable.Repeat(value, 3)));
    }

    [Test]
    public void Escaped_values_and_values_sharing_a_slot_are_not_confused()
    {
        // Many distinct short values: some share a table slot, and each must read as itself.
        var values = Enumerable.Range(0, 2_000).Select(i => $"v{i}").ToList();
        var page = Decode(Page(values.Select(v => $$"""{"label": "{{v}}", "status": "a\"b\u00e9"}""").ToArray()));

        Assert.Multiple(() =>
        {
            Assert.That(page.Data!.Select(t => t.Label), Is.EqualTo(values));
            Assert.That(page.Data!.Select(t => t.Status?.Value).Distinct(), Is.EqualTo(new[] { "a\"bé" }));
        });
    }

    [Test]
    public void Invalid_utf8_is_a_decoding_error()
    {
        var json = Page("""{"label": "aXb"}""");
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[json.IndexOf("aXb", StringComparison.Ordinal) + 1] = 0xFF;

        var response = GlobusResponse<TransferTaskList>.FromResponse(GlobusResponse.Create(200, bytes), TransferJsonContext.Default.TransferTaskList);

        Assert.Throws<GlobusResponseDecodingException>(() => _ = response.Value);
    }
}
