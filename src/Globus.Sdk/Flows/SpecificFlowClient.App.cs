// What the spec cannot say about a flow's client: building it on a GlobusApp (its resource server is the
// flow id and its default scope the flow's own user scope, as Python's default_scope_requirements), and
// Python's add_app_transfer_data_access_scope.
namespace Globus.Sdk.Flows;

public partial class SpecificFlowClient
{
    /// <summary>
    /// Creates a client for one flow that logs in and authenticates through <paramref name="app"/>, which
    /// learns the flow's user scope (<see cref="UserScope"/>) for the flow's resource server (its id).
    /// </summary>
    /// <param name="flowId">The id of the flow this client runs.</param>
    /// <param name="app">The login app (<see cref="UserApp"/> or <see cref="ClientApp"/>).</param>
    /// <param name="options">HTTP transport, timeout and base URL; in the app's environment when null.</param>
    /// <exception cref="ArgumentException"><paramref name="flowId"/> is not a UUID.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The options name another environment than the app's.</exception>
    /// <example>
    /// <code>var flow = new SpecificFlowClient(flowId, app).AddAppTransferDataAccessScope([collectionId]);</code>
    /// </example>
    public SpecificFlowClient(string flowId, GlobusApp app, GlobusClientOptions? options = null)
        : this(flowId, GlobusApp.AttachClient(app, CheckedFlowId(flowId), [UserScopeOf(flowId)]), GlobusApp.ClientOptionsFor(app, options))
    {
    }

    /// <summary>
    /// Adds, to the requirements of the app this client was built with, the flow's user scope depending on
    /// Transfer's <c>all</c> scope, itself depending on the <c>data_access</c> scope of each collection, all
    /// optional (Python's <c>add_app_transfer_data_access_scope</c>): what a run of a flow that uses Globus
    /// Connect Server mapped collections needs, so that starting or resuming it does not fail with <c>ConsentRequired</c>.
    /// </summary>
    /// <remarks>
    /// Only for non-High-Assurance GCS mapped collections: on other collections (GCP, guest collections) the
    /// login fails with an unknown scope.
    /// </remarks>
    /// <param name="collectionIds">The collection ids (UUIDs).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="collectionIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public SpecificFlowClient AddAppTransferDataAccessScope(IEnumerable<string> collectionIds)
    {
        var ids = DependentScopes.CheckedIds(collectionIds, "collection_ids", nameof(collectionIds));
        var transfer = DependentScopes.TransferAllWithDataAccess(ids).WithOptional();
        AddAppScope(new Scope(UserScope, dependencies: [transfer]));
        return this;
    }

    /// <summary>Adds the dependent scopes for one collection; see <see cref="AddAppTransferDataAccessScope(IEnumerable{string})"/>.</summary>
    /// <param name="collectionId">The collection id (a UUID).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="collectionId"/> is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public SpecificFlowClient AddAppTransferDataAccessScope(string collectionId)
    {
        DependentScopes.CheckId(collectionId, "collection_ids", nameof(collectionId));
        return AddAppTransferDataAccessScope([collectionId]);
    }

    // Checked before the app learns anything, so a bad id leaves the app's requirements untouched; a UUID, since
    // it becomes the app's resource server and part of a scope string.
    private static string CheckedFlowId(string flowId)
    {
        DependentScopes.CheckId(flowId, "flow_id", nameof(flowId));
        return flowId;
    }

    private static string UserScopeOf(string flowId) => DependentScopes.FlowUser(flowId).ToString();
}
