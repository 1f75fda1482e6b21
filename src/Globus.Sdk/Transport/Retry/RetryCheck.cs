namespace Globus.Sdk.Transport;

/// <summary>
/// Decides whether an attempt should be retried. A check must not wait or sleep; to ask for a
/// particular delay it sets <see cref="RetryContext.Backoff"/>.
/// </summary>
/// <param name="context">The attempt that just finished.</param>
/// <returns>The decision, or <see cref="RetryCheckResult.NoDecision"/> to let later checks decide.</returns>
public delegate ValueTask<RetryCheckResult> RetryCheck(RetryContext context);
