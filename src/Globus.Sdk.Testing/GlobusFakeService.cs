using System.Collections.Concurrent;

namespace Globus.Sdk.Testing;

/// <summary>
/// One service of a <see cref="GlobusFake"/>: where clients reach it, the answers loaded for its
/// operations, and the requests it received.
/// </summary>
/// <remarks>
/// An operation answers only once something is loaded for it; any other request gets a 501 whose message
/// says what to load. Loading again for the same operation replaces the earlier answer.
/// </remarks>
public sealed class GlobusFakeService
{
    private readonly GlobusFake _fake;
    private readonly ConcurrentDictionary<string, Func<FakeRequest, CannedResponse>> _handlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Method, string Path, Func<FakeRequest, CannedResponse> Handler)> _routes = new(StringComparer.Ordinal);

    internal GlobusFakeService(GlobusFake fake, SpecService spec)
    {
        _fake = fake;
        Spec = spec;
    }

    /// <summary>The service's name, such as <c>transfer</c>.</summary>
    public string Name => Spec.Name;

    /// <summary>The service as its spec describes it: its operations and their example answers.</summary>
    public SpecService Spec { get; }

    /// <summary>The base URL clients of this service use: a loopback <c>http</c> URL ending with a slash.</summary>
    public Uri BaseUrl => new(_fake.Url + "/" + Name + "/");

    /// <summary>The requests this service received, oldest first.</summary>
    public IReadOnlyList<FakeRequest> Requests => _fake.Requests.Where(r => r.Service == Name).ToArray();

    /// <summary>The last request this service received.</summary>
    /// <exception cref="InvalidOperationException">It received none.</exception>
    public FakeRequest LastRequest => Requests.LastOrDefault() ?? throw new InvalidOperationException($"The fake {Name} service received no request.");

    /// <summary>
    /// Client options that point a client of this service at the fake, with the fake's clock:
    /// <c>new TransferClient(authorizer, fake.Transfer.ClientOptions())</c>.
    /// </summary>
    /// <returns>New options; change them freely.</returns>
    public GlobusClientOptions ClientOptions() => new() { BaseUrl = BaseUrl, TimeProvider = _fake.TimeProvider };

    /// <summary>
    /// Answers an operation with one of its spec's canned answers:
    /// <c>fake.Transfer.LoadResponse(nameof(TransferClient.GetTaskAsync))</c>.
    /// </summary>
    /// <param name="methodName">The client's method name (with or without <c>Async</c>) or the spec's <c>operationId</c>.</param>
    /// <param name="variant">Which answer: <c>default</c>, a status code, an example's name, or <c>unauthorized</c>, <c>forbidden</c>, <c>not_found</c>, <c>server_error</c>.</param>
    /// <returns>The answer, whose <see cref="CannedResponse.Body"/> tells a test what to expect.</returns>
    /// <exception cref="ArgumentException">No such operation or variant; the message lists what exists.</exception>
    public CannedResponse LoadResponse(string methodName, string variant = "default")
    {
        var operation = Spec.GetOperation(methodName);
        if (!operation.Variants.TryGetValue(variant, out var response))
        {
            throw new ArgumentException(
                $"{operation.MethodName} has no variant '{variant}'. Its variants: {string.Join(", ", operation.Variants.Keys)}.", nameof(variant));
        }

        return LoadResponse(methodName, response);
    }

    /// <summary>Answers an operation with an answer of your own.</summary>
    /// <param name="methodName">The client's method name or the spec's <c>operationId</c>.</param>
    /// <param name="response">The answer, given to every request of the operation.</param>
    /// <returns><paramref name="response"/>.</returns>
    public CannedResponse LoadResponse(string methodName, CannedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Handle(methodName, _ => response);
        return response;
    }

    /// <summary>
    /// Answers a paged operation with several pages built from its example, linked the way the operation
    /// pages (offsets, <c>has_next_page</c>, <c>total</c>, markers or tokens), so <c>client.Paginated.X(...)</c>
    /// walks them all and a single call gets the page its arguments ask for.
    /// </summary>
    /// <param name="methodName">The client's method name or the spec's <c>operationId</c>.</param>
    /// <param name="pages">How many pages.</param>
    /// <param name="itemsPerPage">Items on each page (the example's items repeated); the example's count when null.</param>
    /// <returns>The pages, in order.</returns>
    /// <exception cref="ArgumentException">The operation does not page, or its example has no items.</exception>
    public IReadOnlyList<CannedResponse> LoadPagedResponse(string methodName, int pages = 3, int? itemsPerPage = null)
    {
        var operation = Spec.GetOperation(methodName);
        var built = PagedAnswers.Build(operation, pages, itemsPerPage);
        Handle(methodName, request => built[Math.Clamp(PagedAnswers.PageIndexOf(operation, request, built), 0, built.Count - 1)]);
        return built;
    }

    /// <summary>Answers an operation with a function of the request: the most general way to load an answer.</summary>
    /// <param name="methodName">The client's method name or the spec's <c>operationId</c>.</param>
    /// <param name="handler">Makes the answer; it may be called on several threads at once.</param>
    public void Handle(string methodName, Func<FakeRequest, CannedResponse> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handlers[Spec.GetOperation(methodName).OperationId] = handler;
    }

    /// <summary>
    /// Answers a path that no spec operation describes (the login clients' token endpoints, for instance).
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to <see cref="BaseUrl"/>, starting with <c>/</c>; no parameters.</param>
    /// <param name="handler">Makes the answer.</param>
    public void HandlePath(string method, string path, Func<FakeRequest, CannedResponse> handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(handler);
        _routes[RouteKey(method, path)] = (method.ToUpperInvariant(), path, handler);
    }

    /// <summary>Forgets every answer loaded for this service.</summary>
    public void Reset()
    {
        _handlers.Clear();
        _routes.Clear();
    }

    /// <inheritdoc/>
    public override string ToString() => $"fake {Name} at {BaseUrl}";

    internal SpecOperation? FindOperation(string method, string path, out IReadOnlyDictionary<string, string> pathParameters)
    {
        SpecOperation? best = null;
        pathParameters = new Dictionary<string, string>();
        foreach (var operation in Spec.Operations)
        {
            if (operation.Matches(method, path, out var parameters) && (best is null || operation.LiteralLength > best.LiteralLength))
            {
                best = operation;
                pathParameters = parameters;
            }
        }

        return best;
    }

    internal Func<FakeRequest, CannedResponse>? FindHandler(FakeRequest request)
    {
        if (_routes.TryGetValue(RouteKey(request.Method, request.Path.TrimEnd('/')), out var route))
        {
            return route.Handler;
        }

        return request.Operation is { } operation && _handlers.TryGetValue(operation.OperationId, out var handler) ? handler : null;
    }

    private static string RouteKey(string method, string path) => method.ToUpperInvariant() + " " + path.TrimEnd('/');
}
