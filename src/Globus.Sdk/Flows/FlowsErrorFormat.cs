using System.Text.Json;

namespace Globus.Sdk.Flows;

/// <summary>
/// How Flows' error bodies are read when they are neither JSON:API nor "Type Zero" (Python's
/// <c>FlowsAPIError</c>): a top-level <c>error</c> object is the one error document, such as
/// <c>{"error": {"code": "UNPROCESSABLE_ENTITY", "detail": [{"loc": [...], "msg": "..."}], "message": "..."}}</c>;
/// anything else is left to the common reading.
/// </summary>
internal static class FlowsErrorFormat
{
    // A JSON:API error document's message fields: Python reads the "error" document with them.
    private static readonly string[] ErrorMessageFields = ["detail", "title"];

    /// <summary>
    /// The "error" document's code, and as messages the <c>msg</c> of each item of a <c>detail</c> list (a
    /// validation failure), else its <c>detail</c> or <c>title</c>. Null when the body has no "error" object.
    /// </summary>
    public static ServiceErrorReading? Read(JsonElement body, Redactor redactor)
    {
        if (ErrorJson.Object(body, "error") is not { } error)
        {
            return null;
        }

        var document = new ErrorSubdocument(error, ErrorMessageFields, isArrayEntry: false, redactor);
        IReadOnlyList<string> messages = ErrorJson.Field(error, "detail") is { ValueKind: JsonValueKind.Array } detail
            && detail.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object)
                ? detail.EnumerateArray()
                    .Select(item => ErrorJson.String(item, "msg"))
                    .OfType<string>()
                    .Select(message => redactor.Apply(message)!)
                    .ToList()
                : document.Message is { } message ? [message] : [];
        return new ServiceErrorReading(document.Code, messages, [document]);
    }
}
