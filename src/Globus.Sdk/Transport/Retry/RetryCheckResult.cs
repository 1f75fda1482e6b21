namespace Globus.Sdk.Transport;

/// <summary>What a retry check decided about the attempt that just finished.</summary>
public enum RetryCheckResult
{
    /// <summary>The check has no opinion; the next check is asked.</summary>
    NoDecision = 0,

    /// <summary>Send the request again (after the backoff delay). No later check is asked.</summary>
    DoRetry = 1,

    /// <summary>Do not send the request again. No later check is asked.</summary>
    DoNotRetry = 2,
}
