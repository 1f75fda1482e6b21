using System.Text.Json.Nodes;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>The JSON of TransferData and DeleteData, against the reference's "Wire details", and what they reject.</summary>
public class TransferDataTests
{
    private const string Src = "ddb59aef-6d04-11e5-ba46-22000b92c6ec";
    private const string Dst = "ddb59af0-6d04-11e5-ba46-22000b92c6ec";

    private static void AssertJson(object document, string expected)
    {
        var actual = JsonNode.Parse(document.ToString()!);
        Assert.That(JsonNode.DeepEquals(actual, JsonNode.Parse(expected)), Is.True, document.ToString());
    }

    [Test]
    public void A_minimal_transfer_sends_only_the_endpoints_and_its_items()
    {
        var data = new TransferData(Src, Dst);
        data.AddItem("/source/path/file.txt", "/dest/path/file.txt");

        AssertJson(data, $$"""
            {"DATA_TYPE": "transfer", "source_endpoint": "{{Src}}", "destination_endpoint": "{{Dst}}",
             "DATA": [{"DATA_TYPE": "transfer_item", "source_path": "/source/path/file.txt", "destination_path": "/dest/path/file.txt"}]}
            """);
        Assert.That(data.ToString(), Does.StartWith("""{"DATA_TYPE":"transfer","DATA":["""), "useful, in wire order");
    }

    [Test]
    public void Every_option_is_sent_when_set()
    {
        var data = new TransferData(
            Src, Dst,
            label: "SDK example",
            submissionId: "sub-1",
            syncLevel: "checksum",
            verifyChecksum: true,
            preserveTimestamp: true,
            encryptData: false,
            deadline: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero),
            skipSourceErrors: true,
            failOnQuotaErrors: true,
            recursiveSymlinks: "keep",
            deleteDestinationExtra: true,
            notifyOnSucceeded: false,
            notifyOnFailed: true,
            notifyOnInactive: false,
            sourceLocalUser: "alice",
            destinationLocalUser: "bob",
            additionalFields: [new("store_base_path_info", true)]);
        data.AddItem("/src/dir/", "/dst/dir/", recursive: true);
        data.AddItem("/src/f", "/dst/f", recursive: false, externalChecksum: "abc", checksumAlgorithm: "SHA256");
        data.AddSymlinkItem("/src/link", "/dst/link");
        data.AddFilterRule("*.tmp");
        data.AddFilterRule("keep", method: "include", type: "dir");

        AssertJson(data, $$"""
            {
              "DATA_TYPE": "transfer",
              "DATA": [
                {"DATA_TYPE": "transfer_item", "source_path": "/src/dir/", "destination_path": "/dst/dir/", "recursive": true},
                {"DATA_TYPE": "transfer_item", "source_path": "/src/f", "destination_path": "/dst/f", "recursive": false,
                 "external_checksum": "abc", "checksum_algorithm": "SHA256"},
                {"DATA_TYPE": "transfer_symlink_item", "source_path": "/src/link", "destination_path": "/dst/link"}
              ],
              "source_endpoint": "{{Src}}",
              "destination_endpoint": "{{Dst}}",
              "submission_id": "sub-1",
              "label": "SDK example",
              "sync_level": 3,
              "verify_checksum": true,
              "preserve_timestamp": true,
              "encrypt_data": false,
              "deadline": "2030-01-02 03:04:05+00:00",
              "skip_source_errors": true,
              "fail_on_quota_errors": true,
              "recursive_symlinks": "keep",
              "delete_destination_extra": true,
              "notify_on_succeeded": false,
              "notify_on_failed": true,
              "notify_on_inactive": false,
              "source_local_user": "alice",
              "destination_local_user": "bob",
              "store_base_path_info": true,
              "filter_rules": [
                {"DATA_TYPE": "filter_rule", "method": "exclude", "name": "*.tmp"},
                {"DATA_TYPE": "filter_rule", "method": "include", "type": "dir", "name": "keep"}
              ]
            }
            """);
        Assert.That(data.ItemCount, Is.EqualTo(3));
        Assert.That(data.SubmissionId, Is.EqualTo("sub-1"));
    }

    [TestCase("exists", 0)]
    [TestCase("size", 1)]
    [TestCase("mtime", 2)]
    [TestCase("checksum", 3)]
    public void A_sync_level_name_is_sent_as_its_integer(string name, int expected)
    {
        Assert.That(new TransferData(Src, Dst, syncLevel: name)["sync_level"]!.GetValue<int>(), Is.EqualTo(expected));
        Assert.That(new TransferData(Src, Dst, syncLevel: expected)["sync_level"]!.GetValue<int>(), Is.EqualTo(expected));
    }

    [Test]
    public void The_named_sync_levels_are_the_integers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new TransferData(Src, Dst, syncLevel: SyncLevel.Exists)["sync_level"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(new TransferData(Src, Dst, syncLevel: SyncLevel.Size)["sync_level"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(new TransferData(Src, Dst, syncLevel: SyncLevel.Mtime)["sync_level"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(new TransferData(Src, Dst, syncLevel: SyncLevel.Checksum)["sync_level"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(SyncLevel.Checksum, Is.EqualTo((SyncLevel)"checksum"));
            Assert.That(SyncLevel.Checksum == 3, Is.True);
            Assert.That(SyncLevel.Mtime.ToString(), Is.EqualTo("mtime"));
        });
    }

    [TestCase(7)]
    [TestCase(-1)]
    [TestCase(4)]
    public void An_unknown_sync_level_number_is_rejected(int level)
    {
        var error = Assert.Throws<ArgumentException>(() => new TransferData(Src, Dst, syncLevel: level));
        Assert.That(error!.ParamName, Is.EqualTo("syncLevel"));
    }

    [TestCase("sometimes")]
    [TestCase("CHECKSUM")]
    [TestCase("3")]
    [TestCase("")]
    public void An_unknown_sync_level_name_is_rejected(string level)
    {
        var error = Assert.Throws<ArgumentException>(() => new TransferData(Src, Dst, syncLevel: level));
        Assert.That(error!.ParamName, Is.EqualTo("syncLevel"));
    }

    [Test]
    public void A_deadline_is_sent_as_python_writes_a_datetime_or_as_the_string_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new TransferData(Src, Dst, deadline: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero))["deadline"]!.GetValue<string>(),
                Is.EqualTo("2030-01-02 03:04:05+00:00"));
            Assert.That(new TransferData(Src, Dst, deadline: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)))["deadline"]!.GetValue<string>(),
                Is.EqualTo("2030-01-02 03:04:05-05:00"));
            Assert.That(new TransferData(Src, Dst, deadline: new DateTimeOffset(2030, 1, 2, 3, 4, 5, 250, TimeSpan.Zero))["deadline"]!.GetValue<string>(),
                Is.EqualTo("2030-01-02 03:04:05.250000+00:00"));
            Assert.That(new TransferData(Src, Dst, deadline: "2017-10-12 09:30Z")["deadline"]!.GetValue<string>(), Is.EqualTo("2017-10-12 09:30Z"));
            Assert.That(new DeleteData(Src, deadline: "2017-10-12")["deadline"]!.GetValue<string>(), Is.EqualTo("2017-10-12"));
        });
    }

    [Test]
    public void Filter_rules_and_items_reject_bad_values()
    {
        var data = new TransferData(Src, Dst);
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => data.AddFilterRule("x", method: "ignore"))!.ParamName, Is.EqualTo("method"));
            Assert.That(Assert.Throws<ArgumentException>(() => data.AddFilterRule("x", type: "link"))!.ParamName, Is.EqualTo("type"));
            Assert.Throws<ArgumentException>(() => data.AddFilterRule(""));
            Assert.Throws<ArgumentException>(() => data.AddItem("", "/x"));
            Assert.Throws<ArgumentException>(() => new TransferData(" ", Dst));
            Assert.Throws<ArgumentException>(() => new DeleteData(""));
        });
        Assert.That(data.ContainsKey("filter_rules"), Is.False, "nothing was added");
    }

    [Test]
    public void A_delete_document_sends_its_options_only_when_set()
    {
        var minimal = new DeleteData(Src);
        minimal.AddItem("/file.txt");
        AssertJson(minimal, $$"""
            {"DATA_TYPE": "delete", "endpoint": "{{Src}}", "DATA": [{"DATA_TYPE": "delete_item", "path": "/file.txt"}]}
            """);

        var full = new DeleteData(
            Src, label: "cleanup", submissionId: "sub-2", recursive: true, deadline: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ignoreMissing: true, interpretGlobs: false, localUser: "carol", notifyOnSucceeded: false, notifyOnFailed: false,
            notifyOnInactive: true, additionalFields: [new("extra", "x")]);
        full.AddItem("/dir/to/delete/").AddItem("/f", additionalFields: [new("note", 1)]);
        AssertJson(full, $$"""
            {
              "DATA_TYPE": "delete", "endpoint": "{{Src}}", "submission_id": "sub-2", "label": "cleanup", "recursive": true,
              "deadline": "2030-01-02 03:04:05+00:00", "ignore_missing": true, "interpret_globs": false, "local_user": "carol",
              "notify_on_succeeded": false, "notify_on_failed": false, "notify_on_inactive": true, "extra": "x",
              "DATA": [{"DATA_TYPE": "delete_item", "path": "/dir/to/delete/"}, {"DATA_TYPE": "delete_item", "path": "/f", "note": 1}]
            }
            """);
    }

    [Test]
    public void Fields_can_be_read_set_and_removed_like_a_dictionary()
    {
        var data = new TransferData(Src, Dst, label: "a");
        data["label"] = "b";
        data["custom"] = new JsonObject { ["k"] = 1 };
        data.SubmissionId = "s";

        Assert.That(data["label"]!.GetValue<string>(), Is.EqualTo("b"));
        Assert.That(data.Remove("custom"), Is.True);
        Assert.That(data.ContainsKey("custom"), Is.False);
        Assert.That(data.Keys, Does.Contain("submission_id"));
        data.SubmissionId = null;
        Assert.That(data.ContainsKey("submission_id"), Is.False);
    }
}
