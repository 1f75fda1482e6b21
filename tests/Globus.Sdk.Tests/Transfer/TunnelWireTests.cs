using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Transfer;

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
            Data = JsonSerializer.SerializeToElement(new JsonObject { ["type"] = "Tunnel", ["attributes"] = new JsonObject { ["label"] = "to the cluster" } }),
        };
        yield return Case("CreateTunnel", c => c.CreateTunnelAsync(create),
            "POST", "/v2/tunnels", """{"data": {"type": "Tunnel", "attributes": {"label": "to the cluster"}}}""",
            $$"""{"data": {{TunnelJson}}, "meta": {"request_id": "r1"} }""",
            r => (r.Data!.Id, r.Data.Attributes!.State, r.Data.Attributes.LifetimeMins), (TunnelId, "AWAITING_LISTENER", (long?)360));
        yield return Case("ListTunnels", c => c.ListTunnelsAsync(queryParams: [new("page", "1")]),
            "GET", "/v2/tunnels?page=1", null, $$"""{"data": [{{TunnelJson}}], "links": null, "meta": {} }""",
            l => (l.Single().Id, l.Single().Attributes!.Label), (TunnelId, "to the cluster"));
        yield return Case("GetTunnel", c => c.GetTunnelAsync(TunnelId),
            "GET", $"/v2/tunnels/{TunnelId}", null, $$"""{"data": {{TunnelJson}}}""",
            r => (r.Data!.Type, r.Data.Attributes!.Restartable, r.Data.Relationships.HasValue), ("Tunnel", (bool?)false, true));
        yield return Case("UpdateTunnel", c => c.UpdateTunnelAsync(TunnelId, TunnelRequest.FromJson(new JsonObject { ["data"] = new JsonObject { ["type"] = "Tunnel", ["attributes"] = new JsonObject { ["state"] = "STOPPING" } } })),
            "PATCH", $"/v2/tunnels/{TunnelId}", """{"data": {"type": "Tunnel", "attributes": {"state": "STOPPING"}}}""",
            $$"""{"data": {{TunnelJson}}}""", r => r.Data!.Id, TunnelId);
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
