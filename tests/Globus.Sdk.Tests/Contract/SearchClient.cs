// Contract: what Globus.Sdk.Generator must emit for specs/search.yaml, the service's client.
// Hand-written until the generator exists, so it carries no auto-generated marker.
using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Contract;

/// <summary>
/// A client for Globus Search: store metadata in indices and find it again with search queries.
/// Each operation sends exactly one request.
/// </summary>
/// <remarks>
/// Thread-safe and cheap to create. Operations are <see langword="virtual"/> and a protected
/// parameterless constructor exists, so code that uses the client can be tested with a mock.
/// An error answer is raised as <see cref="SearchApiException"/>.
/// </remarks>
/// <seealso href="https://docs.globus.org/api/search/">Globus Search API</seealso>
public partial class SearchClient : BaseClient
{
    /// <summary>Creates a client for Globus Search.</summary>
    /// <param name="authorizer">Supplies the <c>Authorization</c> header; none is sent when null, which public indices allow.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException">An option has a value that cannot work, such as an unknown environment.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public SearchClient(IGlobusAuthorizer? authorizer = null, GlobusClientOptions? options = null)
        : base("search", authorizer, options)
    {
    }

    /// <summary>For mocking frameworks: a client whose operations are all overridden by the mock.</summary>
    protected SearchClient()
    {
    }

    /// <summary>Get index metadata.</summary>
    /// <remarks>
    /// Looks up one index by its id: its name, description, size, state and, when the caller is
    /// authenticated, the caller's roles on it. Public indices need no authorization.
    /// <c>GET /v1/index/{index_id}</c>
    /// </remarks>
    /// <example>
    /// <code>
    /// var index = (await search.GetIndexAsync(indexId)).Value;
    /// Console.WriteLine($"{index.DisplayName} ({index.Id}): {index.Description}");
    /// </code>
    /// </example>
    /// <param name="indexId">The id of the index.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the index.</returns>
    /// <exception cref="ArgumentException"><paramref name="indexId"/> is null, empty or white space.</exception>
    /// <exception cref="SearchApiException">The service answered with an error, such as 404 for an unknown index.</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/search/reference/index_show/">Index Show</seealso>
    public virtual async Task<GlobusResponse<SearchIndex>> GetIndexAsync(string indexId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexId);
        var url = RequestUrlBuilder.BuildFromEscapedPath(
            BaseUrl, $"v1/index/{RequestUrlBuilder.EscapePathParameter(indexId)}", queryParams: null);
        var response = await SendToUrlAsync(HttpMethod.Get, url, data: null, headers: null, encoding: null, cancellationToken)
            .ConfigureAwait(false);
        return GlobusResponse<SearchIndex>.FromResponse(response, SearchJsonContext.Default.SearchIndex);
    }

    /// <summary>Run a simple search query: one page of results.</summary>
    /// <remarks>
    /// Searches an index with a query string and returns one page of the results the caller may
    /// see. At most 10,000 results can be reached this way. Omitted arguments are not sent, so the
    /// service's defaults apply: offset 0, limit 10, simple query syntax.
    /// <c>GET /v1/index/{index_id}/search</c>
    /// </remarks>
    /// <example>
    /// <code>
    /// var page = (await search.SearchAsync(indexId, "author: \"Ada Lovelace\"", advanced: true)).Value;
    /// foreach (var result in page)
    ///     Console.WriteLine(result.Subject);
    /// </code>
    /// </example>
    /// <param name="indexId">The id of the index to search.</param>
    /// <param name="q">The query string.</param>
    /// <param name="offset">How many results to skip, for paging; not sent when null.</param>
    /// <param name="limit">How many results to return at most; not sent when null.</param>
    /// <param name="advanced">Whether <paramref name="q"/> uses the advanced query syntax; not sent when null.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>The service's answer; its <see cref="GlobusResponse{T}.Value"/> is the page of results.</returns>
    /// <exception cref="ArgumentException"><paramref name="indexId"/> is null, empty or white space, or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> or <paramref name="limit"/> is negative.</exception>
    /// <exception cref="SearchApiException">The service answered with an error, such as 404 for an unknown index.</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    /// <seealso href="https://docs.globus.org/api/search/reference/get_query/">Query - GET</seealso>
    public virtual async Task<GlobusResponse<SearchResult>> SearchAsync(
        string indexId,
        string q,
        int? offset = null,
        int? limit = null,
        bool? advanced = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexId);
        ArgumentNullException.ThrowIfNull(q);
        if (offset is { } offsetValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offsetValue, nameof(offset));
        }

        if (limit is { } limitValue)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(limitValue, nameof(limit));
        }

        var query = QueryParameters.WithExtra(
            [
                new("q", q),
                new("offset", QueryParameters.Format(offset)),
                new("limit", QueryParameters.Format(limit)),
                new("advanced", QueryParameters.Format(advanced, "True", "False")),
            ],
            queryParams);
        var url = RequestUrlBuilder.BuildFromEscapedPath(
            BaseUrl, $"v1/index/{RequestUrlBuilder.EscapePathParameter(indexId)}/search", query);
        var response = await SendToUrlAsync(HttpMethod.Get, url, data: null, headers: null, encoding: null, cancellationToken)
            .ConfigureAwait(false);
        return GlobusResponse<SearchResult>.FromResponse(response, SearchJsonContext.Default.SearchResult);
    }

    /// <inheritdoc/>
    protected override GlobusApiException CreateApiException(GlobusResponse response, string method, Uri url) =>
        new SearchApiException(response, method, url);
}
