using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>
/// An answer the fake gives: a status, a JSON body (or none) and headers. The spec's examples become
/// canned responses (see <see cref="SpecOperation.Variants"/>), and handlers of your own return them.
/// </summary>
public sealed class CannedResponse
{
    private readonly JsonNode? _body;

    /// <summary>Creates an answer.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="body">The JSON body, copied; no body when null.</param>
    /// <param name="variant">A name for the answer, shown in messages.</param>
    /// <param name="headers">Extra response headers; <c>Content-Type: application/json</c> is added for a body.</param>
    public CannedResponse(int status, JsonNode? body, string variant = "custom", IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        Status = status;
        _body = body?.DeepClone();
        Variant = variant;
        Headers = headers ?? new Dictionary<string, string>();
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>A copy of the JSON body, or null when the answer has none; change it freely.</summary>
    public JsonNode? Body => _body?.DeepClone();

    /// <summary>The body as JSON text, or an empty string.</summary>
    public string BodyText => _body?.ToJsonString() ?? string.Empty;

    /// <summary>The variant's name: <c>default</c>, a status code, an example's name, an error name or <c>custom</c>.</summary>
    public string Variant { get; }

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>A JSON answer from text.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="json">The body, JSON text.</param>
    /// <returns>The answer.</returns>
    public static CannedResponse Json(int status, string json) => new(status, JsonNode.Parse(json));

    /// <summary>
    /// A Globus error answer: <c>{"code": ..., "message": ..., "request_id": ..., "status": ...}</c>, the shape
    /// the SDK reads into a <see cref="GlobusApiException"/>.
    /// </summary>
    /// <param name="status">The HTTP status code, 400 or above.</param>
    /// <param name="code">The service's error code, such as <c>ClientError.NotFound</c>.</param>
    /// <param name="message">The service's message.</param>
    /// <param name="variant">A name for the answer.</param>
    /// <returns>The answer.</returns>
    public static CannedResponse Error(int status, string code, string message, string variant = "custom") =>
        new(status, new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["request_id"] = "fake-" + code.ToLowerInvariant().Replace('.', '-'),
            ["status"] = status,
        }, variant);

    /// <summary>The same answer under another variant name.</summary>
    internal CannedResponse Named(string variant) => new(Status, _body, variant, Headers);

    /// <inheritdoc/>
    public override string ToString() => $"{Variant}: {Status}";
}
