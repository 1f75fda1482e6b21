using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// One error document of an error answer: an entry of its <c>errors</c> array (Globus Auth and
/// JSON:API services send several), or the whole body when it has no such array.
/// </summary>
/// <remarks>
/// The parsed fields are null when the document lacks them or has them with another type; everything
/// else the service sent (<c>status</c>, <c>source</c>, ...) is in <see cref="Raw"/>. The parsed fields never
/// show a credential of the request (should the service echo one, it reads <c>REDACTED</c>); <see cref="Raw"/>
/// and <see cref="Get"/> are the document exactly as received.
/// </remarks>
public sealed class ErrorSubdocument
{
    internal ErrorSubdocument(JsonElement raw, IReadOnlyList<string> messageFields, bool isArrayEntry, Redactor redactor)
    {
        Raw = raw;
        // An OAuth body names its error in "error" rather than "code".
        Code = redactor.Apply(ErrorJson.String(raw, "code") ?? ErrorJson.String(raw, "error"));
        Message = redactor.Apply(ErrorJson.FirstString(raw, messageFields));
        // Globus Auth puts the request id in each entry's "id"; the body's own "id" names a resource instead.
        RequestId = redactor.Apply(ErrorJson.String(raw, "request_id") ?? (isArrayEntry ? ErrorJson.String(raw, "id") : null));
        AuthorizationParameters = AuthorizationParameterInfo.From(raw);
    }

    /// <summary>The document's error code (its <c>code</c>, or the OAuth <c>error</c>), or null.</summary>
    public string? Code { get; }

    /// <summary>
    /// The document's message: for a JSON:API error its <c>detail</c>, else its <c>title</c>; for
    /// other documents the first of <c>message</c>, <c>detail</c>, <c>title</c> and
    /// <c>error_description</c> that is a string. Null when there is none.
    /// </summary>
    public string? Message { get; }

    /// <summary>The document's <c>request_id</c>, or for an entry of an <c>errors</c> array its <c>id</c>; null when absent.</summary>
    public string? RequestId { get; }

    /// <summary>The document's own <c>authorization_parameters</c>; <see cref="AuthorizationParameterInfo.IsPresent"/> is false without them.</summary>
    public AuthorizationParameterInfo AuthorizationParameters { get; }

    /// <summary>The document as the service sent it (a JSON object).</summary>
    public JsonElement Raw { get; }

    /// <summary>A field of the document, or null when it has no such field.</summary>
    /// <param name="key">The field name, as sent by the service.</param>
    /// <returns>The field's value, or null.</returns>
    public JsonElement? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ErrorJson.Field(Raw, key);
    }
}
