// The generator emits TransferClient; this part adds what Transfer's errors mean for retrying.
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    // One shared array: the check holds no state, and every TransferClient asks the same one.
    private static readonly RetryCheck[] TransferRetryChecks = [CheckEndpointErrorAsync];

    /// <summary>
    /// Transfer's own check, asked before the <see cref="BaseClient.RetryPolicy"/>'s: a transient status
    /// (429 or 5xx) whose body <c>code</c> contains <c>ExternalError</c> or <c>EndpointError</c> is not
    /// retried, because it reports a failing endpoint (a directory listing that failed, an endpoint that is
    /// down), which sending again would not fix. Every other attempt is left to the policy.
    /// </summary>
    /// <remarks>
    /// The check belongs to the client, not to the policy: a <see cref="RetryPolicy"/> given in
    /// <see cref="GlobusClientOptions.RetryPolicy"/> is not changed, so a policy shared with a
    /// <c>SearchClient</c> keeps retrying Search's 502s.
    /// </remarks>
    protected override IReadOnlyList<RetryCheck> ServiceRetryChecks => TransferRetryChecks;

    [DecidesOnErrorAnswersOnly]
    private static ValueTask<RetryCheckResult> CheckEndpointErrorAsync(RetryContext context)
    {
        if (context.Response is not { } response
            || !IsTransientStatus(response.HttpStatus)
            || response.Data.ValueKind != JsonValueKind.Object
            || !response.Data.TryGetProperty("code", out var code)
            || code.ValueKind != JsonValueKind.String)
        {
            return new(RetryCheckResult.NoDecision);
        }

        var text = code.GetString()!;
        return new(text.Contains("ExternalError", StringComparison.Ordinal) || text.Contains("EndpointError", StringComparison.Ordinal)
            ? RetryCheckResult.DoNotRetry
            : RetryCheckResult.NoDecision);
    }

    // The Python SDK's transient statuses (429 and the 5xx it retries); a 5xx outside the policy's set is
    // not retried anyway, so treating every 5xx as transient here cannot add a retry.
    private static bool IsTransientStatus(int status) => status == 429 || status is >= 500 and < 600;
}
