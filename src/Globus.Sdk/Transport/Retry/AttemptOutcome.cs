using System.Runtime.ExceptionServices;

namespace Globus.Sdk.Transport;

/// <summary>
/// How one attempt of a call ended: with an answer, or with the exception the retry checks see in its place.
/// </summary>
/// <remarks>
/// The SDK's own, not Polly's <c>Outcome</c>: a call answered at its first attempt never enters the retry strategy,
/// and so never loads Polly at all.
/// </remarks>
internal readonly struct AttemptOutcome
{
    private AttemptOutcome(GlobusResponse? response, Exception? exception)
    {
        Response = response;
        Exception = exception;
    }

    /// <summary>The answer, when the attempt got one.</summary>
    public GlobusResponse? Response { get; }

    /// <summary>Why the attempt got no answer, when it did not.</summary>
    public Exception? Exception { get; }

    /// <summary>An attempt that got <paramref name="response"/>.</summary>
    public static AttemptOutcome Answered(GlobusResponse response) => new(response, null);

    /// <summary>An attempt that got no answer, because of <paramref name="exception"/>.</summary>
    public static AttemptOutcome Failed(Exception exception) => new(null, exception);

    /// <summary>The answer; or the exception, rethrown with the stack trace it had.</summary>
    public GlobusResponse ResponseOrThrow()
    {
        if (Exception is { } exception)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return Response!;
    }
}
