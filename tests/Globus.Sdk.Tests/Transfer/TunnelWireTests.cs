using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The Globus Streams operations (Beta in the Python SDK) of specs/transfer.yaml on the wire: tunnels and
/// stream access points, their JSON:API documents read back, and empty ids refused before any request.
/// </summary>
public class TunnelWireTests : TransferWireTestBase
{
    private const string TunnelId = "1c1be52d-2d4d-4200-b4ad-d75d43eb0d9c";
    private const string ApId = "dd5fa993-749f-48fb-86cf-f07ad5797d7e";

    private const string TunnelJson = $$"""
        {"type": "Tunnel", "id": "{{TunnelId}}",
         "attributes": {"label": "to the cluster", "state": "AWAITING_LISTENER", "lifetime_mins": 360, "restartable": false, "initiator_port": null},
         "relationships": {"listener": {"data": {"type": "StreamAccessPoint", "id": "{{ApId}}"} } } }
        """;

    private static IEnumerable<TestCaseData> Operations()
    {
        var create = new TunnelRequest
        {
            Data = JsonSerializer.SerializeToElement(new JsonObject { ["type"] = "Tunnel", ["attributes"] = new JsonObject { ["label"] = "to the cluster", ["submission_id"] = "sub-1" } }),
        };
        yield return Case("CreateTunnel", c => c.CreateTunnelAsync(create),
            "POST", "/v2/tunnels", """{"data": {"type": "Tunnel", "attributes": {"label": "to the cluster", "submission_id": "sub-1"}}}""",
            $$"""{"data": {{TunnelJson}}, "meta": {"request_id": "r1"} }""",
            r => (r.Data!.Id, r.Data.Attributes!.State, r.Data.Attributes.LifetimeMins), (TunnelId, "AWAITING_LISTENER", (long?)360));
        yield return Case("ListTunnels", c => c.ListTunnelsAsync(queryParams: [new("page", "1")]),
            "GET", "/v2/tunnels?page=1", null, $$"""{"data": [{{TunnelJson}}], "links": null, "meta": {} }""",
            l => (l.Single().Id, l.Single().Attributes!.Label), (TunnelId, "to the cluster"));
        yield return Case("GetTunnel", c => c.GetTunnelAsync(TunnelId),
            "GET", $"/v2/tunnels/{TunnelId}", null, $$"""{"data": {{TunnelJson}} }""",
            r => (r.Data!.Type, r.Data.Attributes!.Restartable, r.Data.Relationships.HasValue), ("Tunnel", (bool?)false, true));
        yield return Case("UpdateTunnel", c => c.UpdateTunnelAsync(TunnelId, TunnelRequest.FromJson(new JsonObject { ["data"] = new JsonObject { ["type"] = "Tunnel", ["attributes"] = new JsonObject { ["state"] = "STOPPING" } } })),
            "PATCH", $"/v2/tunnels/{TunnelId}", """{"data": {"type": "Tunnel", "attributes": {"state": "STOPPING"}}}""",
            $$"""{"data": {{TunnelJson}} }""", r => r.Data!.Id, TunnelId);
        yield return Case("GetTunnelEvents", c => c.GetTunnelEventsAsync(TunnelId),
            "GET", $"/v2/tunnels/{TunnelId}/events", null,
            """{"data": [{"type": "TunnelEvent", "id": 7, "attributes": {"code": "STARTED", "is_error": false, "time": "2025-12-12T21:11:50"}}]}""",
            l => (l.Single().Attributes!.Code, l.Single().Attributes!.IsError, l.Single().Id!.Value.GetInt32()), ("STARTED", (bool?)false, 7));
        yield return Case("GetStreamAccessPoint", c => c.GetStreamAccessPointAsync(ApId),
            "GET", $"/v2/stream_access_points/{ApId}", null,
            $$"""{"data": {"type": "StreamAccessPoint", "id": "{{ApId}}", "attributes": {"display_name": "Cluster listener", "tlsftp_server": "tlsftp://x:443", "contact_email": null} } }""",
            r => (r.Data!.Id, r.Data.Attributes!.DisplayName, r.Data.Attributes.TlsftpServer), (ApId, "Cluster listener", "tlsftp://x:443"));
    }

    [Test]
    public Task CreateTunnelData_sends_Pythons_document_with_only_what_was_given() =>
        AssertOneExactRequest(
            async c => await c.CreateTunnelAsync(new CreateTunnelData(
                "initiator-ap", ApId, label: "to the cluster", submissionId: "sub-7", lifetimeMins: 60,
                additionalFields: [new("restartable", true), new("note", "extra")])),
            "POST", "/v2/tunnels",
            $$$"""
            {"data": {"type": "Tunnel",
              "relationships": {"listener": {"data": {"type": "StreamAccessPoint", "id": "{{{ApId}}}"} }, "initiator": {"data": {"type": "StreamAccessPoint", "id": "initiator-ap"} } },
              "attributes": {"label": "to the cluster", "submission_id": "sub-7", "lifetime_mins": 60, "restartable": true, "note": "extra"} } }
            """,
            $$"""{"data": {{TunnelJson}} }""", r => r["data"].GetProperty("id").GetString(), TunnelId);

    [Test]
    public async Task A_tunnel_without_a_submission_id_is_sent_with_a_random_one_and_the_callers_document_is_unchanged()
    {
        Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody($$"""{"data": {{TunnelJson}} }"""));
        var client = new TransferClient(new Globus.Sdk.Authorizers.AccessTokenAuthorizer("transfer-token"), Options());
        TunnelRequest document = new CreateTunnelData("initiator-ap", ApId);

        await client.CreateTunnelAsync(document);
        await client.CreateTunnelAsync(TunnelRequest.FromJson("""{"data": {"type": "Tunnel"}}"""));

        var sent = Requests.Select(e => JsonNode.Parse(e.RequestMessage.Body!)!["data"]!["attributes"]!).ToList();
        Assert.That(sent.Select(a => Guid.TryParse((string?)a["submission_id"], out _)), Is.All.True);
        Assert.That((string?)sent[0]["submission_id"], Is.Not.EqualTo((string?)sent[1]["submission_id"]));
        Assert.That(sent[0].AsObject().Select(p => p.Key), Is.EqualTo(new[] { "submission_id" }), "only the id is added");
        Assert.That(document.Data!.Value.GetProperty("attributes").EnumerateObject(), Is.Empty);
    }

    [TestCase("{}")]
    [TestCase("""{"data": "Tunnel"}""")]
    [TestCase("""{"data": {"type": "Tunnel", "attributes": []}}""")]
    public void A_document_without_a_data_object_is_refused_before_any_request(string json)
    {
        var client = new TransferClient(options: Options());

        var error = Assert.ThrowsAsync<GlobusSdkUsageException>(() => client.CreateTunnelAsync(TunnelRequest.FromJson(json)));

        Assert.That(error!.Message, Does.Contain("data"));
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public Task DeleteTunnel_is_one_DELETE_and_its_answer_is_read_as_JSON() =>
        AssertOneExactRequest(async c => await c.DeleteTunnelAsync(TunnelId), "DELETE", $"/v2/tunnels/{TunnelId}", null,
            """{"data": {"type": "Tunnel", "id": "x"}}""", r => r["data"].GetProperty("id").GetString(), "x");

    private static IEnumerable<TestCaseData> BadArguments()
    {
        TestCaseData Bad(string name, string parameter, Func<TransferClient, Task> call) =>
            new TestCaseData(call, parameter).SetName($"{name}_refuses_a_bad_{parameter}");
        yield return Bad("CreateTunnel", "data", c => c.CreateTunnelAsync(null!));
        yield return Bad("GetTunnel", "tunnelId", c => c.GetTunnelAsync(""));
        yield return Bad("UpdateTunnel", "tunnelId", c => c.UpdateTunnelAsync(" ", new TunnelRequest()));
        yield return Bad("UpdateTunnel", "updateDoc", c => c.UpdateTunnelAsync(TunnelId, null!));
        yield return Bad("DeleteTunnel", "tunnelId", c => c.DeleteTunnelAsync(""));
        yield return Bad("GetTunnelEvents", "tunnelId", c => c.GetTunnelEventsAsync(""));
        yield return Bad("GetStreamAccessPoint", "streamApId", c => c.GetStreamAccessPointAsync(""));
    }

    [TestCaseSource(nameof(BadArguments))]
    public void A_bad_argument_is_refused_before_any_request(Func<TransferClient, Task> call, string parameter) =>
        AssertRefusedBeforeAnyRequest(call, parameter);
}
