using System.Text;
using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// A Globus service answered with an error status (400 or above). Carries what the service said,
/// parsed from whichever error format it uses, and the raw body, so nothing it sent is lost.
/// Each service client raises its own subtype (for example <c>SearchApiException</c>).
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is a readable report: method, URL, status, code, the service's
/// message and the request id. No text this exception renders (<see cref="Exception.Message"/>,
/// <c>ToString()</c>, <see cref="ErrorMessage"/>, <see cref="Messages"/>, <see cref="Code"/>,
/// <see cref="RequestId"/>, the parsed fields of <see cref="Errors"/>, <see cref="Headers"/>) contains a
/// credential: every credential the request carried (the <c>Authorization</c> header's token or client
/// secret, the secret fields of its form or JSON body, secret query values) and every credential the body
/// carries in a secret field (an <c>access_token</c>, a <c>client_secret</c>) reads <c>REDACTED</c> should
/// the service quote it, and headers not known to be harmless are redacted whole. Only the raw views
/// (<see cref="RawText"/>, <see cref="RawJson"/>, <see cref="ErrorSubdocument.Raw"/>, <see cref="Response"/>)
/// are the body exactly as received.
/// </remarks>
public class GlobusApiException : GlobusException
{
    /// <summary>Creates the exception for an error response.</summary>
    /// <param name="response">The service's answer.</param>
    /// <param name="method">The HTTP method of the request that failed.</param>
    /// <param name="url">The URL of the request that failed.</param>
    public GlobusApiException(GlobusResponse response, string method, Uri url)
        : base(string.Empty)
    {
        var redactor = Redactor.For(response);
        // Read here rather than in a constructor initializer, so that a service with an error format of
        // its own (Timers' and Flows' top-level "error" document) reads it through ServiceErrorFormat.
        var parsed = ErrorDocumentParser.Parse(response, redactor, ServiceErrorFormat);
        _message = FormatMessage(response, method, url, parsed, redactor);
        Response = response;
        // The caller may dispose the response it came from; what the exception carries stays readable.
        response.KeepBody();
        Method = method;
        Url = url;
        Code = parsed.Code;
        Messages = parsed.Messages;
        RequestId = parsed.RequestId ?? redactor.Apply(response.RequestId);
        Errors = parsed.Errors;
        Info = parsed.Info;
        Headers = HeaderRedaction.Redact(response.Headers, redactor);
    }

    private readonly string _message;

    /// <summary>The readable report: method, URL, status, code, the service's message and the request id.</summary>
    public override string Message => _message;

    /// <summary>
    /// How this service's error bodies are read when they are neither JSON:API nor "Type Zero"; null for the
    /// common reading. A service whose errors have a format of their own overrides it with a stateless
    /// reading: it is read during construction.
    /// </summary>
    private protected virtual ServiceErrorFormat? ServiceErrorFormat => null;

    /// <summary>The HTTP status code of the answer.</summary>
    public int HttpStatus => Response.HttpStatus;

    /// <summary>The HTTP method of the request that failed.</summary>
    public string Method { get; }

    /// <summary>The URL of the request that failed.</summary>
    public Uri Url { get; }

    /// <summary>The service's machine-readable error code (such as <c>ClientError.NotFound</c>), or null when it sent none.</summary>
    public string? Code { get; }

    /// <summary>The service's own description of the error: its messages joined with <c>"; "</c>, or null when it gave none.</summary>
    public string? ErrorMessage => Messages.Count == 0 ? null : string.Join("; ", Messages);

    /// <summary>Every message the service gave, in the order it gave them.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>The request id the service assigned, to quote when asking Globus support.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// The error documents of the body: each entry of its <c>errors</c> array, or else the body itself
    /// as the only one. Empty when the body is not a JSON object.
    /// </summary>
    public IReadOnlyList<ErrorSubdocument> Errors { get; }

    /// <summary>
    /// What the error asks of the caller (authorization parameters for a new login, scopes to consent
    /// to), wherever in the body the service put it. Always available; check each part's <c>IsPresent</c>.
    /// </summary>
    public GlobusErrorInfo Info { get; }

    /// <summary>The body as JSON, or null when it was not JSON.</summary>
    public JsonElement? RawJson => Response.Data.ValueKind == JsonValueKind.Undefined ? null : Response.Data;

    /// <summary>The body as text, exactly as received (an HTML page from a proxy included).</summary>
    public string RawText => Response.Text;

    /// <summary>The response headers, with every value not known to be safe replaced by <c>REDACTED</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The whole response, for anything the fields above do not cover.</summary>
    public GlobusResponse Response { get; }

    private static string FormatMessage(GlobusResponse response, string method, Uri url, ParsedError parsed, Redactor redactor)
    {
        var text = new StringBuilder()
            .Append(method).Append(' ').Append(SecretRedaction.UrlForDisplay(url))
            .Append(" failed with HTTP ").Append(response.HttpStatus);
        if (response.HttpReason is { Length: > 0 } reason)
        {
            text.Append(' ').Append(reason);
        }

        if (parsed.Code is not null)
        {
            text.Append(" (").Append(parsed.Code).Append(')');
        }

        text.Append(parsed.Messages.Count > 0 ? ": " + string.Join("; ", parsed.Messages) : ".");
        var requestId = parsed.RequestId ?? response.RequestId;
        if (requestId is not null)
        {
            text.Append(" Request id: ").Append(requestId).Append('.');
        }

        // Once more over the whole text: the reason phrase and the URL come from outside the body.
        return redactor.Apply(text.ToString());
    }
}
