using Globus.Sdk.Authorizers;
using System.Globalization;

namespace Globus.Sdk.Transport;

/// <summary>
/// When a request is sent again and how long to wait first. The defaults are the Python SDK's: up to
/// 5 retries (6 sends); a delay of <c>(0.25 + 0.5 × random) × 2^attempt</c> seconds, at most 10; retries
/// on 429, 500, 502, 503 and 504 and on network failures; <c>Retry-After</c> honoured on 429 and 503;
/// one retry after a 401 when the authorizer can renew its credential.
/// </summary>
/// <remarks>
/// <para>
/// Give a policy to a client with <see cref="GlobusClientOptions.RetryPolicy"/>. Its checks run in
/// order after every attempt; the first that decides wins (see <see cref="RetryCheckCollection"/>).
/// Add your own with <see cref="RegisterCheck(RetryCheck, RetryCheckFlags)"/>, or insert one before the
/// defaults through <see cref="Checks"/> to override them:
/// <code>
/// var policy = new RetryPolicy(maxRetries: 3);
/// policy.Checks.Insert(0, ctx => new(ctx.Response?.HttpStatus == 409 ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision));
/// var client = new BaseClient("transfer", authorizer, new GlobusClientOptions { RetryPolicy = policy });
/// </code>
/// </para>
/// <para>Configure a policy before giving it to clients; a policy may be shared by clients once configured.
/// A client freezes the policy it is given: from then on, changing its checks or status sets raises a
/// <see cref="GlobusSdkUsageException"/>, since calls on other threads read them.</para>
/// </remarks>
public sealed class RetryPolicy
{
    private static readonly HashSet<string> DefaultCheckNames =
    [
        nameof(DefaultCheckMaxRetriesExceeded),
        nameof(DefaultCheckRequestException),
        nameof(DefaultCheckRetryAfterHeader),
        nameof(DefaultCheckTransientError),
        nameof(DefaultCheckExpiredAuthorization),
    ];

    // Set when the policy is frozen: whether its checks are its own five defaults and nothing else.
    private bool _onlyDefaultChecks;

    /// <summary>Creates a policy with the default checks.</summary>
    /// <param name="backoff">Computes the delay before the next attempt; the default is exponential with jitter.</param>
    /// <param name="checks">Checks to ask before the default ones.</param>
    /// <param name="maxSleep">The longest delay between attempts, whatever the backoff or a <c>Retry-After</c> asks; 10 seconds by default.</param>
    /// <param name="maxRetries">How many times a request may be sent again after the first send; 5 by default, 0 to never retry.</param>
    public RetryPolicy(
        Func<RetryContext, TimeSpan>? backoff = null,
        IEnumerable<RetryCheck>? checks = null,
        TimeSpan? maxSleep = null,
        int maxRetries = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        var sleep = maxSleep ?? TimeSpan.FromSeconds(10);
        ArgumentOutOfRangeException.ThrowIfLessThan(sleep, TimeSpan.Zero, nameof(maxSleep));
        Backoff = backoff ?? ExponentialBackoff;
        MaxSleep = sleep;
        MaxRetries = maxRetries;
        foreach (var check in checks ?? [])
        {
            Checks.Register(check);
        }

        RegisterDefaultChecks();
    }

    /// <summary>How many times a request may be sent again after the first send.</summary>
    public int MaxRetries { get; }

    /// <summary>The longest delay between attempts.</summary>
    public TimeSpan MaxSleep { get; }

    /// <summary>Computes the delay before the next attempt when no check set <see cref="RetryContext.Backoff"/>.</summary>
    public Func<RetryContext, TimeSpan> Backoff { get; }

    /// <summary>The ordered checks asked after every attempt.</summary>
    public RetryCheckCollection Checks { get; } = new();

    /// <summary>Statuses whose <c>Retry-After</c> header sets the delay: 429 and 503.</summary>
    public ISet<int> RetryAfterStatusCodes { get; } = new StatusCodeSet([429, 503]);

    /// <summary>Statuses retried as transient errors: 429, 500, 502, 503 and 504.</summary>
    public ISet<int> TransientErrorStatusCodes { get; } = new StatusCodeSet([429, 500, 502, 503, 504]);

    /// <summary>Statuses meaning the credential was missing or expired: 401.</summary>
    public ISet<int> ExpiredAuthorizationStatusCodes { get; } = new StatusCodeSet([401]);

    /// <summary>Adds a check after the existing ones (Python's <c>register_check</c>).</summary>
    /// <param name="check">The check.</param>
    /// <param name="flags">How it is run, for example <see cref="RetryCheckFlags.RunOnce"/>.</param>
    /// <returns>The check, so a registration can be kept for <see cref="RetryCheckCollection.Remove"/>.</returns>
    public RetryCheck RegisterCheck(RetryCheck check, RetryCheckFlags flags = RetryCheckFlags.None)
    {
        Checks.Register(check, flags);
        return check;
    }

    /// <summary>Adds a synchronous check after the existing ones.</summary>
    /// <param name="check">The check.</param>
    /// <param name="flags">How it is run.</param>
    /// <returns>The registered form of the check.</returns>
    public RetryCheck RegisterCheck(Func<RetryContext, RetryCheckResult> check, RetryCheckFlags flags = RetryCheckFlags.None)
    {
        ArgumentNullException.ThrowIfNull(check);
        return RegisterCheck(context => new ValueTask<RetryCheckResult>(check(context)), flags);
    }

    /// <summary>The delay before the next attempt: the check's <see cref="RetryContext.Backoff"/> or <see cref="Backoff"/>, at most <see cref="MaxSleep"/>.</summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns>The delay.</returns>
    public TimeSpan ComputeDelay(RetryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var delay = context.Backoff ?? Backoff(context);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxSleep ? MaxSleep : delay;
    }

    /// <summary>Asks the checks, in order, whether to retry.</summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns>True when the first deciding check said <see cref="RetryCheckResult.DoRetry"/>.</returns>
    public async ValueTask<bool> ShouldRetryAsync(RetryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // By index: enumerating through the interface would allocate an enumerator on every answer, 200s included.
        var checks = Checks;
        for (var i = 0; i < checks.Count; i++)
        {
            var registered = checks[i];
            if ((registered.Flags & RetryCheckFlags.RunOnce) != 0 && !context.CallState.MarkRun(registered))
            {
                continue;
            }

            var result = await registered.Check(context).ConfigureAwait(false);
            if (result != RetryCheckResult.NoDecision)
            {
                return result == RetryCheckResult.DoRetry;
            }
        }

        return false;
    }

    /// <summary>Stops once <see cref="MaxRetries"/> retries have been sent.</summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns><see cref="RetryCheckResult.DoNotRetry"/> when the retries are used up.</returns>
    public ValueTask<RetryCheckResult> DefaultCheckMaxRetriesExceeded(RetryContext context) =>
        new(context.Attempt >= MaxRetries ? RetryCheckResult.DoNotRetry : RetryCheckResult.NoDecision);

    /// <summary>Retries an attempt that failed on the network: refused, reset, unresolved or timed out.</summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns><see cref="RetryCheckResult.DoRetry"/> for a <see cref="NetworkException"/>.</returns>
    public ValueTask<RetryCheckResult> DefaultCheckRequestException(RetryContext context) =>
        new(context.Exception is NetworkException ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision);

    /// <summary>
    /// Retries a status of <see cref="RetryAfterStatusCodes"/>, waiting as its <c>Retry-After</c> header
    /// asks: whole seconds (as the Python SDK reads it) or an HTTP date.
    /// </summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns><see cref="RetryCheckResult.DoRetry"/> for those statuses, with or without the header.</returns>
    public ValueTask<RetryCheckResult> DefaultCheckRetryAfterHeader(RetryContext context)
    {
        if (context.Response is not { } response || !RetryAfterStatusCodes.Contains(response.HttpStatus))
        {
            return new(RetryCheckResult.NoDecision);
        }

        if (ReadRetryAfter(response, context.CallState.TimeProvider) is { } delay)
        {
            context.Backoff = delay;
        }

        return new(RetryCheckResult.DoRetry);
    }

    /// <summary>Retries a status of <see cref="TransientErrorStatusCodes"/>.</summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns><see cref="RetryCheckResult.DoRetry"/> for those statuses.</returns>
    public ValueTask<RetryCheckResult> DefaultCheckTransientError(RetryContext context) =>
        new(context.Response is { } response && TransientErrorStatusCodes.Contains(response.HttpStatus)
            ? RetryCheckResult.DoRetry
            : RetryCheckResult.NoDecision);

    /// <summary>
    /// After a status of <see cref="ExpiredAuthorizationStatusCodes"/>, asks the authorizer to renew
    /// its credential, and retries when it can. Registered to run once per call.
    /// </summary>
    /// <param name="context">The attempt that just finished.</param>
    /// <returns><see cref="RetryCheckResult.DoRetry"/> when the authorizer will send a new credential.</returns>
    public async ValueTask<RetryCheckResult> DefaultCheckExpiredAuthorization(RetryContext context)
    {
        if (context.Authorizer is null
            || context.Response is not { } response
            || !ExpiredAuthorizationStatusCodes.Contains(response.HttpStatus))
        {
            return RetryCheckResult.NoDecision;
        }

        // A renewing authorizer is told which token was refused, so that a token another call renewed meanwhile is kept.
        var canRetry = context.Authorizer is RenewingAuthorizer renewing && context.SentAuthorization is { } sent
            ? renewing.HandleRejected(sent)
            : await context.Authorizer.HandleMissingAuthorizationAsync(context.CancellationToken).ConfigureAwait(false);
        return canRetry ? RetryCheckResult.DoRetry : RetryCheckResult.NoDecision;
    }

    /// <summary>
    /// Makes the policy read-only; a client does this when it is built with the policy, since every call
    /// reads it, possibly from several threads at once. Calling it again does nothing.
    /// </summary>
    internal void Freeze()
    {
        Checks.Freeze();
        _onlyDefaultChecks = Checks.All(registered => registered.Check.Target == this
            && registered.Check.Method.DeclaringType == typeof(RetryPolicy)
            && DefaultCheckNames.Contains(registered.Check.Method.Name));
        ((StatusCodeSet)RetryAfterStatusCodes).Freeze();
        ((StatusCodeSet)TransientErrorStatusCodes).Freeze();
        ((StatusCodeSet)ExpiredAuthorizationStatusCodes).Freeze();
    }

    /// <summary>
    /// Whether the checks are certain to make no decision on an answer with <paramref name="status"/>: true only
    /// for a frozen policy with no checks but its own defaults, and a status in none of its sets, so a call
    /// answered with a 200 need not build a <see cref="RetryContext"/> to learn it is not retried.
    /// </summary>
    internal bool DefaultChecksIgnore(int status) =>
        _onlyDefaultChecks
        && !RetryAfterStatusCodes.Contains(status)
        && !TransientErrorStatusCodes.Contains(status)
        && !ExpiredAuthorizationStatusCodes.Contains(status);

    /// <summary>The error for a change to a policy a client already uses.</summary>
    internal static GlobusSdkUsageException FrozenError() =>
        new("This retry policy is in use by a client and can no longer change: configure a policy fully before "
            + "giving it to a client, or give a new client a new policy.");

    private void RegisterDefaultChecks()
    {
        Checks.Register(DefaultCheckMaxRetriesExceeded);
        Checks.Register(DefaultCheckRequestException);
        Checks.Register(DefaultCheckRetryAfterHeader);
        Checks.Register(DefaultCheckTransientError);
        Checks.Register(DefaultCheckExpiredAuthorization, RetryCheckFlags.RunOnce);
    }

    private static TimeSpan ExponentialBackoff(RetryContext context) =>
        TimeSpan.FromSeconds((0.25 + 0.5 * Random.Shared.NextDouble()) * Math.Pow(2, Math.Min(context.Attempt, 30)));

    private static TimeSpan? ReadRetryAfter(GlobusResponse response, TimeProvider timeProvider)
    {
        if (!response.Headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        value = value.Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
        {
            var wait = when - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
