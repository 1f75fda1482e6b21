using System.Runtime.CompilerServices;
using Globus.Sdk.Authorizers;
using Polly;
using Polly.Retry;

namespace Globus.Sdk.Transport;

/// <summary>
/// Runs the attempts of one call under a Polly (<c>Polly.Core</c>) retry strategy over the SDK's own
/// <see cref="GlobusResponse"/>: whether to retry and how long to wait are the client's service checks,
/// then its <see cref="RetryPolicy"/>; Polly counts the attempts and waits on the client's
/// <see cref="TimeProvider"/>, cancelled at once by the caller's token.
/// </summary>
/// <remarks>Holds only immutable state, so one pipeline serves any number of concurrent calls.</remarks>
internal sealed class RetryPipeline
{
    private static readonly ResiliencePropertyKey<Call> CallKey = new("Globus.Sdk.RetryCall");

    private readonly RetryPolicy _policy;
    private readonly TimeProvider _timeProvider;
    private readonly Func<IReadOnlyList<RetryCheck>> _serviceChecks;
    private readonly RetryObserver? _onRetry;
    private readonly ResiliencePipeline<GlobusResponse> _pipeline;

    /// <param name="policy">Decides and times retries.</param>
    /// <param name="timeProvider">The clock the waits between attempts run on.</param>
    /// <param name="serviceChecks">The client's own checks, asked before the policy's; the first decision wins.</param>
    /// <param name="onRetry">Told of each retry before its wait, for logging.</param>
    public RetryPipeline(
        RetryPolicy policy,
        TimeProvider timeProvider,
        Func<IReadOnlyList<RetryCheck>> serviceChecks,
        RetryObserver? onRetry = null)
    {
        _policy = policy;
        _timeProvider = timeProvider;
        _serviceChecks = serviceChecks;
        _onRetry = onRetry;
        _pipeline = Build();
    }

    /// <summary>Told of a retry: the request, the wait before it, the zero-based attempt that failed and how it failed.</summary>
    public delegate void RetryObserver(GlobusRequest request, TimeSpan delay, int attempt, Outcome<GlobusResponse> outcome);

    /// <summary>
    /// Sends <paramref name="request"/> with <paramref name="attempt"/> until an answer is not retried;
    /// returns the last answer, or throws the last attempt's exception.
    /// </summary>
    /// <param name="request">The request, as the checks see it.</param>
    /// <param name="authorizer">The authorizer checks may ask to renew its credential; null for an unauthenticated request.</param>
    /// <param name="attempt">Sends one attempt; a failure the checks should see is returned as an exception outcome.</param>
    /// <param name="state">Passed to <paramref name="attempt"/>.</param>
    /// <param name="cancellationToken">The caller's token: it ends the call at once, also during a wait, and is never retried.</param>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<GlobusResponse> ExecuteAsync<TState>(
        GlobusRequest request,
        IGlobusAuthorizer? authorizer,
        Func<TState, ValueTask<Outcome<GlobusResponse>>> attempt,
        TState state,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, new Call(request, authorizer, new RetryCallState(_timeProvider), cancellationToken));
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (_, send) => send.Attempt(send.State),
                context,
                (Attempt: attempt, State: state)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<GlobusResponse> Build()
    {
        if (_policy.MaxRetries == 0)
        {
            return ResiliencePipeline<GlobusResponse>.Empty;
        }

        var options = new RetryStrategyOptions<GlobusResponse>
        {
            // A backstop only: the policy's DefaultCheckMaxRetriesExceeded stops first.
            MaxRetryAttempts = _policy.MaxRetries,
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            ShouldHandle = ShouldRetryAsync,
            DelayGenerator = static args => new ValueTask<TimeSpan?>(CallOf(args.Context).NextDelay),
            OnRetry = args =>
            {
                _onRetry?.Invoke(CallOf(args.Context).Request, args.RetryDelay, args.AttemptNumber, args.Outcome);
                return default;
            },
        };
        return new ResiliencePipelineBuilder<GlobusResponse> { TimeProvider = _timeProvider }.AddRetry(options).Build();
    }

    private static Call CallOf(ResilienceContext context) => context.Properties.GetValue(CallKey, null!);

    private async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<GlobusResponse> args)
    {
        var call = CallOf(args.Context);
        if (call.CancellationToken.IsCancellationRequested || args.Outcome.Exception is OperationCanceledException)
        {
            // The caller's cancellation ends the call at once; it is never retried.
            return false;
        }

        if (args.Outcome.Exception is GlobusResponseTooLargeException or GlobusSdkUsageException or ArgumentException)
        {
            // The same request would meet the same refusal.
            return false;
        }

        var context = new RetryContext(
            args.AttemptNumber,
            call.Request.Method,
            call.Request.Url,
            args.Outcome.Result,
            args.Outcome.Exception,
            call.Authorizer,
            call.Request.OperationName)
        {
            CancellationToken = call.CancellationToken,
            CallState = call.State,
            SentAuthorization = args.Outcome.Result?.SentAuthorization,
        };
        var retry = await AskServiceChecksAsync(context).ConfigureAwait(false) switch
        {
            RetryCheckResult.DoRetry => true,
            RetryCheckResult.DoNotRetry => false,
            _ => await _policy.ShouldRetryAsync(context).ConfigureAwait(false),
        };
        call.NextDelay = retry ? _policy.ComputeDelay(context) : TimeSpan.Zero;
        return retry;
    }

    /// <summary>The client's service checks (see <c>BaseClient.ServiceRetryChecks</c>), in order; the first decision wins.</summary>
    private async ValueTask<RetryCheckResult> AskServiceChecksAsync(RetryContext context)
    {
        // By index, so asking the checks after a 200 allocates no enumerator.
        var checks = _serviceChecks();
        for (var i = 0; i < checks.Count; i++)
        {
            var result = await checks[i](context).ConfigureAwait(false);
            if (result != RetryCheckResult.NoDecision)
            {
                return result;
            }
        }

        return RetryCheckResult.NoDecision;
    }

    /// <summary>What one call carries across its attempts.</summary>
    private sealed class Call(GlobusRequest request, IGlobusAuthorizer? authorizer, RetryCallState state, CancellationToken cancellationToken)
    {
        public GlobusRequest Request { get; } = request;

        public IGlobusAuthorizer? Authorizer { get; } = authorizer;

        public RetryCallState State { get; } = state;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        /// <summary>The wait the checks decided on after the last attempt.</summary>
        public TimeSpan NextDelay { get; set; }
    }
}
