// The Python SDK 3.x list_flows took filter_role (one role, the least the caller must have) beside
// filter_roles; 3.x deprecated it and 4.0 removed it. This overload keeps it for code written against 3.x.
namespace Globus.Sdk.Flows;

public partial class FlowsClient
{
    /// <summary>List the flows on which the caller has at least the role <paramref name="filterRole"/> (retired; use <c>filterRoles</c>).</summary>
    /// <remarks>
    /// Sends <c>filter_role</c> as the Python SDK 3.x did, with the other arguments as
    /// <see cref="ListFlowsAsync(IEnumerable{string}, string, IEnumerable{string}, string, IEnumerable{KeyValuePair{string, string}}, CancellationToken)"/> sends them.
    /// </remarks>
    /// <param name="filterRole">The least role the caller must have on a flow (<c>flow_viewer</c>, <c>flow_starter</c>, ...).</param>
    /// <param name="filterRoles">Not with <paramref name="filterRole"/>: the two exclude each other.</param>
    /// <param name="filterFulltext">Only flows whose text matches this full-text search. Not sent when null.</param>
    /// <param name="orderby">Ordering criteria, each sent as its own <c>orderby</c> parameter. Not sent when null.</param>
    /// <param name="marker">The marker of the page to fetch, from the previous page. Not sent when null.</param>
    /// <param name="queryParams">Further query parameters; a named argument above wins over one of the same name here.</param>
    /// <param name="cancellationToken">Cancels the call, including any wait between attempts.</param>
    /// <returns>One page of flows.</returns>
    /// <exception cref="ArgumentException"><paramref name="filterRole"/> is null, empty or white space.</exception>
    /// <exception cref="GlobusSdkUsageException"><paramref name="filterRole"/> and <paramref name="filterRoles"/> were both given.</exception>
    /// <exception cref="FlowsApiException">The service answered with an error status (400 or above).</exception>
    /// <exception cref="NetworkException">The service could not be reached or did not answer in time.</exception>
    [Obsolete("List the flows on which the caller has at least a role (retired in the Python SDK 4.0; use filterRoles).", DiagnosticId = "GLOBUS170")]
    public virtual Task<GlobusResponse<FlowList>> ListFlowsAsync(
        string filterRole,
        IEnumerable<string>? filterRoles = null,
        string? filterFulltext = null,
        IEnumerable<string>? orderby = null,
        string? marker = null,
        IEnumerable<KeyValuePair<string, string?>>? queryParams = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filterRole);
        if (filterRoles is not null)
        {
            throw new GlobusSdkUsageException("Mutually exclusive parameters: filter_role and filter_roles.");
        }

        // filter_role is no longer a named argument, so it travels with the caller's extra parameters; like a named
        // argument, it wins over one of the same name there.
        IEnumerable<KeyValuePair<string, string?>> extra = [new("filter_role", filterRole), .. (queryParams ?? []).Where(p => p.Key != "filter_role")];
        return ListFlowsAsync(filterRoles: null, filterFulltext, orderby, marker, extra, cancellationToken);
    }
}
