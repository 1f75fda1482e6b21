using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Transport;

/// <summary>
/// What retry checks see after each attempt: which attempt it was, its response or the exception it
/// raised (exactly one of the two), the client's authorizer and the request being sent.
/// </summary>
public sealed class RetryContext
{
    /// <summary>Creates a context; the SDK does this after each attempt, and tests of custom checks may too.</summary>
    /// <param name="attempt">The zero-based number of the attempt that just finished.</param>
    /// <param name="method">The request's HTTP method.</param>
    /// <param name="url">The request's URL.</param>
    /// <param name="response">The response, when the attempt got one.</param>
    /// <param name="exception">The exception, when the attempt got no response.</param>
    /// <param name="authorizer">The client's authorizer.</param>
    /// <param name="operationName">The Python name of the operation being called (<c>submit_transfer</c>), or null for a raw call.</param>
    /// <exception cref="GlobusSdkUsageException">Both or neither of <paramref name="response"/> and <paramref name="exception"/> are given.</exception>
    public RetryContext(
        int attempt,
        HttpMethod method,
        Uri url,
        GlobusResponse? response = null,
        Exception? exception = null,
        IGlobusAuthorizer? authorizer = null,
        string? operationName = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(url);
        if ((response is null) == (exception is null))
        {
            throw new GlobusSdkUsageException("A retry context has either a response or an exception.");
        }

        Attempt = attempt;
        Method = method;
        Url = url;
        Response = response;
        Exception = exception;
        Authorizer = authorizer;
        OperationName = operationName;
    }

    /// <summary>The zero-based number of the attempt that just finished (0 for the first send).</summary>
    public int Attempt { get; }

    /// <summary>The request's HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The request's URL.</summary>
    public Uri Url { get; }

    /// <summary>The operation being called, by its Python name (<c>submit_transfer</c>), or null for a raw call.</summary>
    public string? OperationName { get; }

    /// <summary>The attempt's response, or null when it raised <see cref="Exception"/>.</summary>
    public GlobusResponse? Response { get; }

    /// <summary>The exception the attempt raised (a <see cref="NetworkException"/>), or null when it got <see cref="Response"/>.</summary>
    public Exception? Exception { get; }

    /// <summary>The client's authorizer.</summary>
    public IGlobusAuthorizer? Authorizer { get; }

    /// <summary>The caller's cancellation token, for checks that do asynchronous work.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// A delay a check asks for before the next attempt (as a <c>Retry-After</c> header does); still
    /// capped by <see cref="RetryPolicy.MaxSleep"/>. When null, <see cref="RetryPolicy.Backoff"/> decides.
    /// </summary>
    public TimeSpan? Backoff { get; set; }

    internal RetryCallState CallState { get; init; } = new(TimeProvider.System);

    /// <summary>The <c>Authorization</c> value the attempt sent, or null: a renewing authorizer drops its token only when it is this one.</summary>
    internal string? SentAuthorization { get; init; }
}
