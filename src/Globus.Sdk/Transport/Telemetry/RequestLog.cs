using Microsoft.Extensions.Logging;

namespace Globus.Sdk.Transport;

/// <summary>
/// The SDK's log lines. URLs pass through <see cref="SecretRedaction.UrlForDisplay"/> first; headers
/// and bodies are never logged, so no credential can reach a log.
/// </summary>
internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Url} answered {Status} in {ElapsedMs:0} ms (attempt {Attempt}, request id {RequestId})")]
    public static partial void Answered(
        ILogger logger, string method, string url, int status, double elapsedMs, int attempt, string? requestId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "{Method} {Url} failed in {ElapsedMs:0} ms (attempt {Attempt}): {Failure}")]
    public static partial void Failed(ILogger logger, string method, string url, double elapsedMs, int attempt, string failure);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "{Method} {Url} will be retried in {DelayMs:0} ms after attempt {Attempt} ({Reason})")]
    public static partial void Retrying(ILogger logger, string method, string url, double delayMs, int attempt, string reason);
}
