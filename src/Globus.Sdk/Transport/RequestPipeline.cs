using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Transport;

/// <summary>
/// Sends a <see cref="GlobusRequest"/>: per attempt, a fresh message with the SDK's headers and the
/// authorizer's current <c>Authorization</c>, bounded by the attempt timeout, sent through the
/// caller's or the shared transport, with the whole body read before the attempt ends.
/// </summary>
/// <remarks>Holds only immutable state, so one pipeline serves any number of concurrent calls.</remarks>
internal sealed class RequestPipeline
{
    private readonly HttpMessageInvoker _transport;
    private readonly IGlobusAuthorizer _authorizer;
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly string _userAgent;

    public RequestPipeline(
        HttpMessageInvoker transport, IGlobusAuthorizer authorizer, ClientSettings settings, TimeProvider timeProvider)
    {
        _transport = transport;
        _authorizer = authorizer;
        _attemptTimeout = settings.HttpTimeout;
        _timeProvider = timeProvider;
        _userAgent = SdkInfo.UserAgent(settings.AppName);
    }

    public async Task<GlobusResponse> SendAsync(GlobusRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await SendAttemptAsync(request, attempt: 1, cancellationToken).ConfigureAwait(false);
    }

    private async Task<GlobusResponse> SendAttemptAsync(GlobusRequest request, int attempt, CancellationToken cancellationToken)
    {
        using var message = await CreateMessageAsync(request, cancellationToken).ConfigureAwait(false);
        using var timeout = AttemptTimeout.Start(_attemptTimeout, _timeProvider, cancellationToken);
        try
        {
            using var response = await _transport.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return HttpResponseReader.ToGlobusResponse(response, body);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: the attempt timeout (ours or the caller's HttpClient's) fired.
            throw new GlobusTimeoutException(
                $"{request.Method} {UrlRedaction.WithoutUserInfo(request.Url)} timed out after attempt {attempt}.",
                request.Method.Method, request.Url, attempt, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new GlobusConnectionException(
                $"{request.Method} {UrlRedaction.WithoutUserInfo(request.Url)} failed to connect or was cut off: {exception.Message}",
                request.Method.Method, request.Url, attempt, exception);
        }
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

            var authorization = await _authorizer.GetAuthorizationHeaderAsync(cancellationToken).ConfigureAwait(false);
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
}
