using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// A service's own reading of an error body that is neither JSON:API nor "Type Zero" (the Python SDK's
/// <c>_parse_undefined_error_format</c> override in a service's error class): its code, messages and error
/// documents, or null to leave the body to the common best-effort reading.
/// </summary>
/// <remarks>
/// A client that needs one overrides <see cref="BaseClient.ServiceErrorFormat"/>; the client attaches it to
/// each error answer (<see cref="GlobusResponse.ServiceErrorFormat"/>) before building its exception, so the
/// generated exception constructor needs no knowledge of it. Every text it returns must already have passed
/// through the <see cref="Redactor"/> it is given (an <see cref="ErrorSubdocument"/> built with it has).
/// </remarks>
internal delegate ServiceErrorReading? ServiceErrorFormat(JsonElement body, Redactor redactor);

/// <summary>What a <see cref="ServiceErrorFormat"/> read from an error body.</summary>
internal sealed record ServiceErrorReading(string? Code, IReadOnlyList<string> Messages, IReadOnlyList<ErrorSubdocument> Errors);

/// <summary>The readings every client shares.</summary>
internal static class ServiceErrorFormats
{
    /// <summary>No reading of its own: every body is left to the common best-effort reading.</summary>
    public static readonly ServiceErrorFormat Common = (_, _) => null;
}
