// The generator emits FlowsApiException (its constructor and documentation); this part reads the error
// format only Flows uses, as Python's FlowsAPIError does: a body that is neither JSON:API nor "Type Zero"
// but has a top-level "error" object, such as
//   {"error": {"code": "UNPROCESSABLE_ENTITY", "detail": [{"loc": [...], "msg": "..."}], "message": "..."}}
using System.Text.Json;

namespace Globus.Sdk.Flows;

public partial class FlowsApiException
{
    // A JSON:API error document's message fields: Python reads the "error" document with them.
    private static readonly string[] ErrorMessageFields = ["detail", "title"];

    private protected override ParsedError ParseError(GlobusResponse response, Redactor redactor) =>
        ErrorDocumentParser.Parse(response, redactor, ReadErrorDocument);

    /// <summary>
    /// The "error" document is the only error: its code is the code, and the messages are the <c>msg</c> of
    /// each item of a <c>detail</c> list (a validation failure), else its <c>detail</c> or <c>title</c>.
    /// Null (the common reading) when the body has no "error" object.
    /// </summary>
    private static ParsedError? ReadErrorDocument(JsonElement body, Redactor redactor)
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
        var requestId = redactor.Apply(ErrorJson.String(body, "request_id")) ?? document.RequestId;
        return new ParsedError(document.Code, messages, requestId, [document], GlobusErrorInfo.From(body, [error]));
    }
}
