using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// A service's own reading of an error body that is neither JSON:API nor "Type Zero" (the Python SDK's
/// <c>_parse_undefined_error_format</c> override in a service's error class): its code, messages and error
/// documents, or null to leave the body to the common best-effort reading.
/// </summary>
/// <remarks>
/// A service's exception type that needs one overrides <see cref="GlobusApiException.ServiceErrorFormat"/>, so
/// the exception reads its service's format whichever response it is built from. Every text it returns must
/// already have passed through the <see cref="Redactor"/> it is given (an <see cref="ErrorSubdocument"/> built
/// with it has).
/// </remarks>
internal delegate ServiceErrorReading? ServiceErrorFormat(JsonElement body, Redactor redactor);

/// <summary>What a <see cref="ServiceErrorFormat"/> read from an error body.</summary>
/// <param name="Code">The error's code.</param>
/// <param name="Messages">The messages, already redacted.</param>
/// <param name="Errors">The error documents; their request ids and hints for the caller are read too.</param>
internal sealed record ServiceErrorReading(string? Code, IReadOnlyList<string> Messages, IReadOnlyList<ErrorSubdocument> Errors);
