using System.Text.Json;

namespace Globus.Sdk.Timers;

/// <summary>
/// How Timers' error bodies are read when they are neither JSON:API nor "Type Zero" (the Python SDK's
/// <c>TimersAPIError._parse_undefined_error_format</c>): a top-level <c>error</c> object is the one error
/// document; a FastAPI <c>detail</c> list of validation errors gives one document per entry and the
/// messages <c>field required: body.start</c>; anything else is left to the common reading.
/// </summary>
internal static class TimersErrorFormat
{
    // Python's ErrorSubdocument default message fields, and those of a FastAPI validation error.
    private static readonly string[] ErrorMessageFields = ["detail", "title"];
    private static readonly string[] DetailMessageFields = ["msg"];

    /// <summary>Reads <paramref name="body"/>, or returns null when it has neither shape.</summary>
    public static ServiceErrorReading? Read(JsonElement body, Redactor redactor)
    {
        if (ErrorJson.Field(body, "error") is { ValueKind: JsonValueKind.Object } error)
        {
            IReadOnlyList<ErrorSubdocument> errors = [new ErrorSubdocument(error, ErrorMessageFields, isArrayEntry: false, redactor)];
            return new ServiceErrorReading(
                ErrorJson.Common(errors.Select(e => e.Code)),
                errors.Select(e => e.Message).OfType<string>().ToList(),
                errors);
        }

        if (ErrorJson.Field(body, "detail") is { ValueKind: JsonValueKind.Array } detail
            && detail.EnumerateArray().All(item => item.ValueKind == JsonValueKind.Object))
        {
            var errors = detail.EnumerateArray()
                .Select(item => new ErrorSubdocument(item, DetailMessageFields, isArrayEntry: false, redactor))
                .ToList();
            return new ServiceErrorReading(ErrorJson.Common(errors.Select(e => e.Code)), errors.Select(error => DetailMessage(error, redactor)).OfType<string>().ToList(), errors);
        }

        return null;
    }

    /// <summary>
    /// <c>{msg}: {loc joined with dots}</c>, or null when the entry has no message or its <c>loc</c> is not a
    /// list of strings (Python skips those entries; a FastAPI location with a list index is one of them).
    /// </summary>
    private static string? DetailMessage(ErrorSubdocument error, Redactor redactor)
    {
        if (error.Message is not { } message
            || error.Get("loc") is not { ValueKind: JsonValueKind.Array } loc
            || !loc.EnumerateArray().All(part => part.ValueKind == JsonValueKind.String))
        {
            return null;
        }

        // The location is the service's text too: a field name it quotes may be anything the caller sent.
        return redactor.Apply(message + ": " + string.Join('.', loc.EnumerateArray().Select(part => part.GetString())));
    }
}
