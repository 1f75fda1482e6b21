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
/// <remarks>
/// Holds only immutable state, so one pipeline serves any number of concurrent calls. The Polly strategy is
/// built when a call first needs a retry: a call answered at its first attempt never reaches Polly, which
/// keeps the success path, and a client that never retries, free of it. Every Polly type is kept inside
/// <see cref="PollyStrategy"/>, reached through one method compiled only on a first retry, so a process whose
/// calls are never retried does not even load Polly.
/// </remarks>
internal sealed class RetryPipeline
{
    private readonly RetryPolicy _policy;
    private readonly TimeProvider _timeProvider;
    private readonly Func<IReadOnlyList<RetryCheck>> _serviceChecks;
    private readonly RetryObserver? _onRetry;
    private PollyStrategy? _strategy;

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
    }

    /// <summary>Told of a retry: the request, the wait before it, the zero-based attempt that failed and how it failed.</summary>
    public delegate void RetryObserver(GlobusRequest request, TimeSpan delay, int attempt, AttemptOutcome outcome);

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
        Func<TState, ValueTask<AttemptOutcome>> attempt,
        TState state,
        CancellationToken cancellationToken)
    {
        // The first attempt runs outside Polly: most calls end with it, so the retry strategy is entered (and
        // built, on the client's first retry) only once the checks ask for a second send. Its outcome is then
        // handed to the strategy as the strategy's own first attempt, so attempts, delays and logs count as before.
        AttemptOutcome first;
        try
        {
            first = await attempt(state).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // As Polly treats a callback that throws: the exception is the attempt's outcome, which the checks see.
            first = AttemptOutcome.Failed(exception);
        }

        if (_policy.MaxRetries == 0 || NoCheckDecides(first))
        {
            return first.ResponseOrThrow();
        }

        var call = new Call(request, authorizer, new RetryCallState(_timeProvider), cancellationToken);
        if (!await ShouldRetryAsync(call, 0, first).ConfigureAwait(false))
        {
            return first.ResponseOrThrow();
        }

        call.FirstOutcome = first;
        return await RetryAsync(call, attempt, state).ConfigureAwait(false);
    }

    /// <summary>Whether a call has needed a retry, and so the Polly strategy was built.</summary>
    internal bool StrategyBuilt => Volatile.Read(ref _strategy) is not null;

    // Never inlined: compiling it loads Polly, which only a call that is retried needs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValueTask<GlobusResponse> RetryAsync<TState>(Call call, Func<TState, ValueTask<AttemptOutcome>> attempt, TState state) =>
        LazyInitializer.EnsureInitialized(ref _strategy, () => new PollyStrategy(this)).ExecuteAsync(call, attempt, state);

    /// <summary>
    /// Whether the checks are certain to make no decision on <paramref name="outcome"/> (an answer below 400 that
    /// the policy's default checks ignore, and the client's checks all decide on errors only), so that a success
    /// is returned without a <see cref="RetryContext"/> or anything else built to ask them.
    /// </summary>
    private bool NoCheckDecides(AttemptOutcome outcome) =>
        outcome.Response is { HttpStatus: < 400 } response
        && _policy.DefaultChecksIgnore(response.HttpStatus)
        && DecidesOnErrorAnswersOnlyAttribute.AllMarked(_serviceChecks());

    private async ValueTask<bool> ShouldRetryAsync(Call call, int attemptNumber, AttemptOutcome outcome)
    {
        if (call.CancellationToken.IsCancellationRequested || outcome.Exception is OperationCanceledException)
        {
            // The caller's cancellation ends the call at once; it is never retried.
            return false;
        }

        if (outcome.Exception is GlobusResponseTooLargeException or GlobusSdkUsageException or ArgumentException)
        {
            // The same request would meet the same refusal.
            return false;
        }

        var context = new RetryContext(
            attemptNumber,
            call.Request.Method,
            call.Request.Url,
            outcome.Response,
            outcome.Exception,
            call.Authorizer,
            call.Request.OperationName)
        {
            CancellationToken = call.CancellationToken,
            CallState = call.State,
            SentAuthorization = outcome.Response?.SentAuthorization,
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

        /// <summary>The first attempt's outcome, sent before the retry strategy was entered; it stands for the strategy's first attempt.</summary>
        public AttemptOutcome? FirstOutcome { get; set; }

        /// <summary>The first attempt's outcome the first time it is asked for; null afterwards, when the attempts are real sends.</summary>
        public AttemptOutcome? TakeFirstOutcome()
        {
            var first = FirstOutcome;
            FirstOutcome = null;
            return first;
        }
    }

    /// <summary>The Polly strategy a call enters for its retries; Polly counts the attempts and waits between them.</summary>
    private sealed class PollyStrategy
    {
        private static readonly ResiliencePropertyKey<Call> CallKey = new("Globus.Sdk.RetryCall");

        private readonly ResiliencePipeline<GlobusResponse> _pipeline;

        public PollyStrategy(RetryPipeline owner)
        {
            var options = new RetryStrategyOptions<GlobusResponse>
            {
                // A backstop only: the policy's DefaultCheckMaxRetriesExceeded stops first.
                MaxRetryAttempts = owner._policy.MaxRetries,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                // The first attempt's answer was judged before the strategy was entered, and it is entered only to retry.
                ShouldHandle = args => args.AttemptNumber == 0
                    ? new ValueTask<bool>(true)
                    : owner.ShouldRetryAsync(CallOf(args.Context), args.AttemptNumber, ToAttemptOutcome(args.Outcome)),
                DelayGenerator = static args => new ValueTask<TimeSpan?>(CallOf(args.Context).NextDelay),
                OnRetry = args =>
                {
                    owner._onRetry?.Invoke(CallOf(args.Context).Request, args.RetryDelay, args.AttemptNumber, ToAttemptOutcome(args.Outcome));
                    return default;
                },
            };
            _pipeline = new ResiliencePipelineBuilder<GlobusResponse> { TimeProvider = owner._timeProvider }.AddRetry(options).Build();
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        public async ValueTask<GlobusResponse> ExecuteAsync<TState>(Call call, Func<TState, ValueTask<AttemptOutcome>> attempt, TState state)
        {
            var context = ResilienceContextPool.Shared.Get(call.CancellationToken);
            context.Properties.Set(CallKey, call);
            try
            {
                var outcome = await _pipeline.ExecuteOutcomeAsync(
                    static async (context, send) => ToPollyOutcome(CallOf(context).TakeFirstOutcome() ?? await send.Attempt(send.State).ConfigureAwait(false)),
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

        private static Call CallOf(ResilienceContext context) => context.Properties.GetValue(CallKey, null!);

        private static AttemptOutcome ToAttemptOutcome(Outcome<GlobusResponse> outcome) =>
            outcome.Exception is { } exception ? AttemptOutcome.Failed(exception) : AttemptOutcome.Answered(outcome.Result!);

        private static Outcome<GlobusResponse> ToPollyOutcome(AttemptOutcome outcome) =>
            outcome.Exception is { } exception ? Outcome.FromException<GlobusResponse>(exception) : Outcome.FromResult(outcome.Response!);
    }
}
