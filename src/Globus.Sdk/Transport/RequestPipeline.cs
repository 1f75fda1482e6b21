using System.Diagnostics;
using System.Runtime.CompilerServices;
using Globus.Sdk.Authorizers;
using Microsoft.Extensions.Logging;

namespace Globus.Sdk.Transport;

/// <summary>
/// Sends a <see cref="GlobusRequest"/> through the steps of the architecture's data flow: the retry
/// strategy (a <see cref="RetryPipeline"/>, Polly's retry over <see cref="GlobusResponse"/>, whose decisions
/// and delays come from the client's service checks and <see cref="RetryPolicy"/>), then per attempt a fresh
/// message with the SDK's headers and the authorizer's current <c>Authorization</c>, bounded by the
/// attempt timeout, logged, and sent through the caller's or the shared transport with the whole body
/// read (up to <see cref="ClientSettings.MaxResponseBodySize"/>) before the attempt ends.
/// </summary>
/// <remarks>
/// It is also where every request is made safe, whatever built it: the caller's header names and values and
/// the authorizer's <c>Authorization</c> are checked for line breaks and other control characters (see
/// <see cref="HeaderValues"/>); credentials go only where <see cref="CredentialDestinations"/> allows; any
/// failure while reading a body is a <see cref="GlobusConnectionException"/>; an error answer carries the
/// call's <see cref="RequestSecrets"/>, and logs and spans show a request id only with them redacted.
/// </remarks>
/// <remarks>Holds only immutable state, so one pipeline serves any number of concurrent calls.</remarks>
internal sealed class RequestPipeline
{
    private readonly HttpMessageInvoker _transport;
    private readonly IGlobusAuthorizer _authorizer;
    private readonly ClientSettings _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger? _logger;
    private readonly string _userAgent;
    private readonly string? _credentialPrefix;
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
        // Generated operations build their URLs by appending to the base URL's text, so this prefix
        // recognises them without parsing; credentials go over https only (loopback aside).
        _credentialPrefix = settings.BaseUrl.Scheme == Uri.UriSchemeHttps ? settings.BaseUrl.GetLeftPart(UriPartial.Authority) + "/" : null;
        _retry = new RetryPipeline(retryPolicy, timeProvider, serviceChecks ?? (static () => []), LogRetry);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<GlobusResponse> SendAsync(GlobusRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (name, value) in request.Headers)
        {
            HeaderValues.ThrowIfInvalid(name, value, "headers");
        }

        var call = new CallState(request, cancellationToken)
        {
            CredentialsAllowed = _settings.AllowCredentialsToAnyUrl
                || (_credentialPrefix is not null && request.Url.OriginalString.StartsWith(_credentialPrefix, StringComparison.OrdinalIgnoreCase))
                || CredentialDestinations.IsAllowed(request.Url, _settings.BaseUrl),
        };
        using var activity = StartActivity(request);
        try
        {
            var response = await _retry.ExecuteAsync(
                request,
                request.Authenticated ? _authorizer : null,
                static send => send.Pipeline.SendAttemptAsync(send.Call),
                (Pipeline: this, Call: call),
                cancellationToken).ConfigureAwait(false);
            if (response.HttpStatus >= 400)
            {
                response.RequestSecrets = call.Secrets;
            }

            activity?.SetTag("http.response.status_code", response.HttpStatus);
            activity?.SetTag("globus.request_id", RedactedRequestId(call, response));
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

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<AttemptOutcome> SendAttemptAsync(CallState call)
    {
        var attempt = Interlocked.Increment(ref call.Attempts);
        var request = call.Request;
        var started = _timeProvider.GetTimestamp();
        try
        {
            using var message = await CreateMessageAsync(call, call.CancellationToken).ConfigureAwait(false);
            using var timeout = AttemptTimeout.Start(_settings.HttpTimeout, _timeProvider, call.CancellationToken);
            using var received = await _transport.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var body = await ReadBodyAsync(received, timeout.Token).ConfigureAwait(false);
            if (body is null)
            {
                return Fail(call, started, attempt, new GlobusResponseTooLargeException(
                    $"{request.Method} {SecretRedaction.UrlForDisplay(request.Url)} answered HTTP {(int)received.StatusCode} with a body larger "
                    + $"than the limit of {_settings.MaxResponseBodySize} bytes ({nameof(GlobusClientOptions)}.{nameof(GlobusClientOptions.MaxResponseBodySize)}); it was not read.",
                    request.Method.Method, request.Url, attempt, _settings.MaxResponseBodySize));
            }

            var response = HttpResponseReader.ToGlobusResponse(received, body.Value, request.ResponseFactory);
            LogAnswer(call, response, started, attempt);
            // The retry checks tell a renewing authorizer which token this attempt sent.
            response.SentAuthorization = call.LastAuthorization;
            return AttemptOutcome.Answered(response);
        }
        catch (OperationCanceledException exception) when (!call.CancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: the attempt timeout (ours or the caller's HttpClient's) fired.
            return Fail(call, started, attempt, new GlobusTimeoutException(
                $"{request.Method} {SecretRedaction.UrlForDisplay(request.Url)} timed out (attempt {attempt}).",
                request.Method.Method, request.Url, attempt, exception));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return Fail(call, started, attempt, new GlobusConnectionException(
                $"{request.Method} {SecretRedaction.UrlForDisplay(request.Url)} failed to connect or was cut off (attempt {attempt}): {call.Redactor.Apply(exception.Message)}",
                request.Method.Method, request.Url, attempt, exception));
        }
    }

    /// <summary>
    /// The body, or null when it is over the limit. Whatever else reading it raises (a <c>Content-Encoding</c>
    /// that does not decode raises <see cref="InvalidDataException"/>) becomes an <see cref="IOException"/>,
    /// and so a <see cref="GlobusConnectionException"/>, never a raw exception of the HTTP stack.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<ReceivedBody?> ReadBodyAsync(HttpResponseMessage received, CancellationToken cancellationToken)
    {
        try
        {
            return await ResponseBodyReader.ReadAsync(received.Content, _settings.MaxResponseBodySize, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or IOException or HttpRequestException))
        {
            throw new IOException($"The response body could not be read: {exception.Message}", exception);
        }
    }

    private static string? RedactedRequestId(CallState call, GlobusResponse response) =>
        response.RequestId is { } requestId ? call.Redactor.Apply(requestId) : null;

    private AttemptOutcome Fail(CallState call, long started, int attempt, NetworkException failure)
    {
        var request = call.Request;
        if (_logger is not null)
        {
            RequestLog.Failed(_logger, request.Method.Method, SecretRedaction.UrlForDisplay(request.Url),
                _timeProvider.GetElapsedTime(started).TotalMilliseconds, attempt, failure.GetType().Name);
        }

        return AttemptOutcome.Failed(failure);
    }

    private void LogAnswer(CallState call, GlobusResponse response, long started, int attempt)
    {
        // Checked here: the arguments (a redacted URL, the request id) cost something even when the level is off.
        if (_logger?.IsEnabled(LogLevel.Information) == true)
        {
            var request = call.Request;
            RequestLog.Answered(_logger, request.Method.Method, SecretRedaction.UrlForDisplay(request.Url), response.HttpStatus,
                _timeProvider.GetElapsedTime(started).TotalMilliseconds, attempt, RedactedRequestId(call, response));
        }
    }

    private void LogRetry(GlobusRequest request, TimeSpan delay, int attemptIndex, AttemptOutcome outcome)
    {
        if (_logger?.IsEnabled(LogLevel.Information) == true)
        {
            var reason = outcome.Response is { } answered
                ? $"HTTP {answered.HttpStatus}"
                : outcome.Exception?.GetType().Name ?? "unknown";
            RequestLog.Retrying(_logger, request.Method.Method, SecretRedaction.UrlForDisplay(request.Url),
                delay.TotalMilliseconds, attemptIndex + 1, reason);
        }
    }

    private Activity? StartActivity(GlobusRequest request)
    {
        // Without a listener there is no span: not even its name is built.
        if (!GlobusTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

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

    private async ValueTask<HttpRequestMessage> CreateMessageAsync(CallState call, CancellationToken cancellationToken)
    {
        var request = call.Request;
        var message = new HttpRequestMessage(request.Method, request.Url) { Content = request.Body?.CreateContent() };
        try
        {
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            // The agent string is not a valid product-token list, so it is added without validation.
            message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            message.Headers.TryAddWithoutValidation("X-Globus-Client-Info", SdkInfo.ClientInfo);
            message.Headers.TryAddWithoutValidation("Accept-Encoding", ContentDecoding.AcceptEncoding);
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
                CheckAuthorization(call, authorization);
                call.RecordAuthorization(authorization);
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

    private void CheckAuthorization(CallState call, string authorization)
    {
        if (!HeaderValues.IsValidValue(authorization))
        {
            throw new GlobusSdkUsageException(
                $"The authorizer {_authorizer.GetType().Name} gave an Authorization header with a line break or another control character; nothing was sent.");
        }

        if (!call.CredentialsAllowed)
        {
            throw CredentialDestinations.Refusal(call.Request.Url, _settings.BaseUrl);
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

        private string? _firstAuthorization;
        private List<string>? _laterAuthorizations;
        private RequestSecrets? _secrets;
        private Redactor? _redactor;

        /// <summary>Whether the request's URL may receive the authorizer's credentials.</summary>
        public bool CredentialsAllowed { get; init; }

        /// <summary>The <c>Authorization</c> value of the latest attempt, or null when none was sent.</summary>
        public string? LastAuthorization { get; private set; }

        /// <summary>Every credential the call sent so far; built when first asked for.</summary>
        public RequestSecrets Secrets => _secrets ??= new RequestSecrets(
            Request,
            _firstAuthorization is null ? [] : [_firstAuthorization, .. _laterAuthorizations ?? []]);

        /// <summary>Redacts the call's credentials; built when first asked for.</summary>
        public Redactor Redactor => _redactor ??= new Redactor(Secrets.Values);

        /// <summary>Keeps an attempt's <c>Authorization</c> value; a renewed one is kept beside the first.</summary>
        public void RecordAuthorization(string authorization)
        {
            // Nothing is allocated unless a renewal changed the value between attempts.
            if (_firstAuthorization is null)
            {
                _firstAuthorization = authorization;
            }
            else if (!string.Equals(authorization, LastAuthorization, StringComparison.Ordinal))
            {
                (_laterAuthorizations ??= []).Add(authorization);
                _secrets = null;
                _redactor = null;
            }

            LastAuthorization = authorization;
        }

        public GlobusRequest Request { get; } = request;

        public CancellationToken CancellationToken { get; } = cancellationToken;
    }
}
