using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Transfer;

/// <summary>
/// The document <see cref="TransferClient.CreateTunnelAsync"/> sends to create a Globus Streams tunnel
/// (Beta): a JSON:API <c>Tunnel</c> between two stream access points (Python's <c>CreateTunnelData</c>).
/// </summary>
/// <remarks>
/// Only what was given is written: an attribute left null is not sent. Without a
/// <see cref="SubmissionId"/>, <see cref="TransferClient.CreateTunnelAsync"/> adds a random one, as the
/// Python SDK does.
/// <code>
/// var tunnel = await transferClient.CreateTunnelAsync(
///     new CreateTunnelData(initiatorId, listenerId, label: "to the cluster", lifetimeMins: 60));
/// </code>
/// </remarks>
public sealed class CreateTunnelData
{
    private readonly IReadOnlyList<KeyValuePair<string, JsonNode?>> _additionalFields;

    /// <summary>Creates the document.</summary>
    /// <param name="initiatorStreamAccessPoint">The id of the stream access point that initiates the tunnel.</param>
    /// <param name="listenerStreamAccessPoint">The id of the stream access point that listens.</param>
    /// <param name="label">A label for the tunnel; not sent when null.</param>
    /// <param name="submissionId">The submission id that makes the creation safe to retry; a random one is added when null.</param>
    /// <param name="lifetimeMins">How many minutes the tunnel lives; the service's default when null.</param>
    /// <param name="restartable">Whether the tunnel may be restarted; the service's default when null.</param>
    /// <param name="additionalFields">More attributes, written last: one named like an attribute above replaces it.</param>
    /// <exception cref="ArgumentException">A stream access point id is null, empty or white space.</exception>
    public CreateTunnelData(
        string initiatorStreamAccessPoint,
        string listenerStreamAccessPoint,
        string? label = null,
        string? submissionId = null,
        long? lifetimeMins = null,
        bool? restartable = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(initiatorStreamAccessPoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(listenerStreamAccessPoint);
        InitiatorStreamAccessPoint = initiatorStreamAccessPoint;
        ListenerStreamAccessPoint = listenerStreamAccessPoint;
        Label = label;
        SubmissionId = submissionId;
        LifetimeMins = lifetimeMins;
        Restartable = restartable;
        _additionalFields = additionalFields?.ToList() ?? [];
    }

    /// <summary>The id of the stream access point that initiates the tunnel.</summary>
    public string InitiatorStreamAccessPoint { get; }

    /// <summary>The id of the stream access point that listens.</summary>
    public string ListenerStreamAccessPoint { get; }

    /// <summary>The tunnel's label, or null.</summary>
    public string? Label { get; }

    /// <summary>The submission id, or null for one added when the tunnel is created.</summary>
    public string? SubmissionId { get; }

    /// <summary>The tunnel's lifetime in minutes, or null.</summary>
    public long? LifetimeMins { get; }

    /// <summary>Whether the tunnel may be restarted, or null.</summary>
    public bool? Restartable { get; }

    /// <summary>The document as the request model <see cref="TransferClient.CreateTunnelAsync"/> takes.</summary>
    /// <param name="data">The document; null gives null.</param>
    [return: NotNullIfNotNull(nameof(data))]
    public static implicit operator TunnelRequest?(CreateTunnelData? data) => data?.ToRequest();

    /// <summary>The document as the request model: <c>{"data": {"type": "Tunnel", "relationships": ..., "attributes": ...}}</c>.</summary>
    /// <returns>A new request model.</returns>
    public TunnelRequest ToRequest()
    {
        var attributes = new JsonObject();
        void Attribute(string name, JsonNode? value)
        {
            if (value is not null)
            {
                attributes[name] = value;
            }
        }

        Attribute("label", Label);
        Attribute("submission_id", SubmissionId);
        Attribute("restartable", Restartable);
        Attribute("lifetime_mins", LifetimeMins);
        foreach (var (name, value) in _additionalFields)
        {
            attributes[name] = value?.DeepClone();
        }

        var data = new JsonObject
        {
            ["type"] = "Tunnel",
            ["relationships"] = new JsonObject
            {
                ["listener"] = AccessPoint(ListenerStreamAccessPoint),
                ["initiator"] = AccessPoint(InitiatorStreamAccessPoint),
            },
            ["attributes"] = attributes,
        };
        return TunnelRequest.FromJson(new JsonObject { ["data"] = data });
    }

    private static JsonObject AccessPoint(string id) =>
        new() { ["data"] = new JsonObject { ["type"] = "StreamAccessPoint", ["id"] = id } };
}
