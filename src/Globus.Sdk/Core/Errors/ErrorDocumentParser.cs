using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// Reads the service's code, messages, request id, error documents and hints for the caller out of
/// an error body, whichever of the Globus error formats it uses. Never throws: a body it cannot
/// understand (HTML from a proxy, truncated JSON, unexpected types) simply yields less.
/// </summary>
/// <remarks>
/// The formats, in the order they are recognised:
/// <list type="bullet">
/// <item>JSON:API: <c>application/vnd.api+json</c> with a non-empty <c>errors</c> array of objects.
/// The code is the one all errors share; each error gives its <c>detail</c> or <c>title</c>.</item>
/// <item>"Type Zero" (Transfer and most services): string <c>code</c> and <c>message</c>, and
/// <c>request_id</c> a string when present.</item>
/// <item>A format of the service's own, when its exception type has one (<see cref="ServiceErrorFormat"/>).</item>
/// <item>Anything else, best effort: Globus Auth's <c>errors</c> array, OAuth's <c>error</c> and
/// <c>error_description</c>, FastAPI's <c>detail</c> (a string, or a list of validation errors).</item>
/// </list>
/// </remarks>
internal static class ErrorDocumentParser
{
    private const string JsonApiMediaType = "application/vnd.api+json";

    private static readonly string[] JsonApiMessageFields = ["detail", "title"];
    private static readonly string[] MessageFields = ["message", "detail", "title", "error_description"];

    /// <summary>Reads an error body; every text taken from it passes through <paramref name="redactor"/> first.</summary>
    /// <param name="response">The error answer.</param>
    /// <param name="redactor">Hides the request's credentials in every text read.</param>
    /// <param name="serviceFormat">
    /// A service's own reading of a body that is neither JSON:API nor "Type Zero" (Python's
    /// <c>_parse_undefined_error_format</c> override); null for the common reading only.
    /// </param>
    public static ParsedError Parse(GlobusResponse response, Redactor redactor, ServiceErrorFormat? serviceFormat = null)
    {
        var body = response.Data;
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ParsedError.None;
        }

        var entries = ErrorJson.Objects(body, "errors");
        var isJsonApi = entries.Count > 0 && HasMediaType(response.ContentType, JsonApiMediaType);
        if (!isJsonApi && TypeZero(body) is null && serviceFormat?.Invoke(body, redactor) is { } reading)
        {
            return new ParsedError(
                redactor.Apply(reading.Code),
                reading.Messages,
                redactor.Apply(ErrorJson.String(body, "request_id") ?? ErrorJson.Common(reading.Errors.Select(error => error.RequestId))),
                reading.Errors,
                GlobusErrorInfo.From(body, [.. entries, .. reading.Errors.Select(error => error.Raw)]));
        }

        var messageFields = isJsonApi ? JsonApiMessageFields : MessageFields;
        IReadOnlyList<ErrorSubdocument> errors = entries.Count > 0
            ? entries.Select(entry => new ErrorSubdocument(entry, messageFields, isArrayEntry: true, redactor)).ToList()
            : [new ErrorSubdocument(body, messageFields, isArrayEntry: false, redactor)];

        var sharedCode = ErrorJson.Common(errors.Select(error => error.Code));
        string? code;
        IReadOnlyList<string> messages;
        if (isJsonApi)
        {
            code = sharedCode;
            messages = MessagesOf(errors, body, redactor);
        }
        else if (TypeZero(body) is { } typeZero)
        {
            code = typeZero.Code;
            messages = [redactor.Apply(typeZero.Message)];
        }
        else
        {
            code = ErrorJson.String(body, "code") ?? sharedCode ?? ErrorJson.String(body, "error");
            messages = MessagesOf(errors, body, redactor);
        }

        var requestId = ErrorJson.String(body, "request_id") ?? ErrorJson.Common(errors.Select(error => error.RequestId));
        return new ParsedError(redactor.Apply(code), messages, redactor.Apply(requestId), errors, GlobusErrorInfo.From(body, entries));
    }

    /// <summary>The code and message of a "Type Zero" body, or null when the body is not one.</summary>
    private static (string Code, string Message)? TypeZero(JsonElement body) =>
        ErrorJson.String(body, "code") is { } code
        && ErrorJson.String(body, "message") is { } message
        && ErrorJson.Field(body, "request_id") is null or { ValueKind: JsonValueKind.String }
            ? (code, message)
            : null;

    /// <summary>
    /// The messages of the error documents; failing those, the body's own message fields, then a
    /// FastAPI list of validation errors.
    /// </summary>
    private static IReadOnlyList<string> MessagesOf(IReadOnlyList<ErrorSubdocument> errors, JsonElement body, Redactor redactor)
    {
        // The documents' messages are redacted already.
        var messages = errors.Select(error => error.Message).OfType<string>().ToList();
        if (messages.Count > 0)
        {
            return messages;
        }

        if (ErrorJson.FirstString(body, MessageFields) is { } message)
        {
            return [redactor.Apply(message)];
        }

        return ErrorJson.Field(body, "detail") is { ValueKind: JsonValueKind.Array } detail
            ? detail.EnumerateArray().Select(ValidationMessage).OfType<string>().Select(message => redactor.Apply(message)).ToList()
            : [];
    }

    /// <summary>A FastAPI validation error as <c>body.items.0.name: field required</c>.</summary>
    private static string? ValidationMessage(JsonElement item)
    {
        if (ErrorJson.Text(item) is { } text)
        {
            return text;
        }

        if (ErrorJson.String(item, "msg") is not { } message)
        {
            return null;
        }

        var location = ErrorJson.Field(item, "loc") is { ValueKind: JsonValueKind.Array } loc
            ? string.Join('.', loc.EnumerateArray().Select(LocationPart).OfType<string>())
            : string.Empty;
        return location.Length > 0 ? location + ": " + message : message;
    }

    private static string? LocationPart(JsonElement part) => part.ValueKind switch
    {
        JsonValueKind.Number => part.GetRawText(),
        _ => ErrorJson.Text(part),
    };

    private static bool HasMediaType(string? contentType, string mediaType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
