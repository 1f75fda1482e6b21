using System.Diagnostics;
using Globus.Sdk.Authorizers;
using Microsoft.Extensions.Logging;
using Polly;

namespace Globus.Sdk.Transport;

/// <summary>
/// Sends a <see cref="GlobusRequest"/> through the steps of the architecture's data flow: the retry
/// strategy (a <see cref="RetryPipeline"/>, Polly's retry over <see cref="GlobusResponse"/>, whose decisions
/// and delays come from the client's service checks and <see cref="RetryPolicy"/>), then per attempt a fresh
/// message with the SDK's headers and the authorizer's current <c>Authorization</c>, bounded by the
/// attempt timeout, logged, and sent through the caller's or the shared transport with the whole body
/// read before the attempt ends.
/// </summary>
/// <remarks>Holds only immutable state, so one pipeline serves any number of concurrent calls.</remarks>
internal sealed class RequestPipeline
{
    private readonly HttpMessageInvoker _transport;
    private readonly IGlobusAuthorizer _authorizer;
    private readonly ClientSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger? _logger;
    private readonly string _userAgent;
    private readonly RetryPipeline _retry;

    public RequestPipeline(
        HttpMessageInvoker transport,
        IGlobusAuthorizer authorizer,
        ClientSettings settings,
        RetryPolicy retryPolicy,
        TimeProvider timeProvider,
        ILogger? logger,
        Func<IReadOnlyList<RetryCheck>>? serviceChecks = null)
    {
        _transport = transport;
        _authorizer = authorizer;
        _settings = settings;
        _timeProvider = timeProvider;
        _logger = logger;
        _userAgent = SdkInfo.UserAgent(settings.AppName);
        _retry = new RetryPipeline(retryPolicy, timeProvider, serviceChecks ?? (static () => []), LogRetry);
    }

    public async Task<GlobusResponse> SendAsync(GlobusRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var call = new CallState(request, cancellationToken);
        using var activity = StartActivity(request);
        try
        {
            var response = await _retry.ExecuteAsync(
                request,
                request.Authenticated ? _authorizer : null,
                static send => send.Pipeline.SendAttemptAsync(send.Call),
                (Pipeline: this, Call: call),
                cancellationToken).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", response.HttpStatus);
            activity?.SetTag("globus.request_id", response.RequestId);
            if (response.HttpStatus >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                activity?.SetTag("error.type", response.HttpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return response;
        }
        catch (Exception exception) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity.SetTag("error.type", exception.GetType().FullName);
            throw;
        }
        finally
        {
            activity?.SetTag("globus.attempts", call.Attempts);
        }
    }

    private async ValueTask<Outcome<GlobusResponse>> SendAttemptAsync(CallState call)
    {
        var attempt = Interlocked.Increment(ref call.Attempts);
        var request = call.Request;
        var started = _timeProvider.GetTimestamp();
        try
        {
            using var message = await CreateMessageAsync(request, call.CancellationToken).ConfigureAwait(false);
            using var timeout = AttemptTimeout.Start(_settings.HttpTimeout, _timeProvider, call.CancellationToken);
            using var received = await _transport.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var body = await received.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var response = HttpResponseReader.ToGlobusResponse(received, body);
            LogAnswer(request, response, started, attempt);
            return Outcome.FromResult(response);
        }
        catch (OperationCanceledException exception) when (!call.CancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: the attempt timeout (ours or the caller's HttpClient's) fired.
            return Fail(request, started, attempt, new GlobusTimeoutException(
                $"{request.Method} {SecretRedaction.UrlForDisplay(request.Url)} timed out (attempt {attempt}).",
                request.Method.Method, request.Url, attempt, exception));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return Fail(request, started, attempt, new GlobusConnectionException(
                $"{request.Method} {SecretRedaction.UrlForDisplay(request.Url)} failed to connect or was cut off (attempt {attempt}): {exception.Message}",
                request.Method.Method, request.Url, attempt, exception));
        }
    }

    private Outcome<GlobusResponse> Fail(GlobusRequest request, long started, int attempt, NetworkException failure)
    {
        if (_logger is not null)
        {
            RequestLog.Failed(_logger, request.Method.Method, SecretRedaction.UrlForDisplay(request.Url),
                _timeProvider.GetElapsedTime(started).TotalMilliseconds, attempt, failure.GetType().Name);
        }

        return Outcome.FromException<GlobusResponse>(failure);
    }

    private void LogAnswer(GlobusRequest request, GlobusResponse response, long started, int attempt)
    {
        if (_logger is not null)
        {
            RequestLog.Answered(_logger, request.Method.Method, SecretRedaction.UrlForDisplay(request.Url), response.HttpStatus,
                _timeProvider.GetElapsedTime(started).TotalMilliseconds, attempt, response.RequestId);
        }
    }

    private void LogRetry(GlobusRequest request, TimeSpan delay, int attemptIndex, Outcome<GlobusResponse> outcome)
    {
        if (_logger is not null)
        {
            var reason = outcome.Result is { } answered
                ? $"HTTP {answered.HttpStatus}"
                : outcome.Exception?.GetType().Name ?? "unknown";
            RequestLog.Retrying(_logger, request.Method.Method, SecretRedaction.UrlForDisplay(request.Url),
                delay.TotalMilliseconds, attemptIndex + 1, reason);
        }
    }

    private Activity? StartActivity(GlobusRequest request)
    {
        var activity = GlobusTelemetry.ActivitySource.StartActivity(
            $"{_settings.ServiceName} {request.OperationName ?? request.Method.Method}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.full", SecretRedaction.UrlForDisplay(request.Url));
            activity.SetTag("server.address", request.Url.Host);
            activity.SetTag("globus.service", _settings.ServiceName);
            activity.SetTag("globus.operation", request.OperationName);
        }

        return activity;
    }

    private async ValueTask<HttpRequestMessage> CreateMessageAsync(GlobusRequest request, CancellationToken cancellationToken)
    {
        var message = new HttpRequestMessage(request.Method, request.Url) { Content = request.Body?.CreateContent() };
        try
        {
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            // The agent string is not a valid product-token list, so it is added without validation.
            message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            message.Headers.TryAddWithoutValidation("X-Globus-Client-Info", SdkInfo.ClientInfo);
            foreach (var (name, value) in request.Headers)
            {
                SetHeader(message, name, value);
            }

            // Asked again on every attempt, so a renewed credential is used after a 401.
            var authorization = request.Authenticated
                ? await _authorizer.GetAuthorizationHeaderAsync(cancellationToken).ConfigureAwait(false)
                : null;
            if (authorization is not null)
            {
                SetHeader(message, "Authorization", authorization);
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static void SetHeader(HttpRequestMessage message, string name, string value)
    {
        message.Headers.Remove(name);
        if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is not null)
        {
            // Content-Type and its kin belong to the content, not the request.
            message.Content.Headers.Remove(name);
            message.Content.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>What one call carries across its attempts.</summary>
    private sealed class CallState(GlobusRequest request, CancellationToken cancellationToken)
    {
        public int Attempts;

        public GlobusRequest Request { get; } = request;

        public CancellationToken CancellationToken { get; } = cancellationToken;
    }
}
