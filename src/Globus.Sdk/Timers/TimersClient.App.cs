// The generator emits TimersClient (with its GlobusApp constructor); this part adds Python's scope helpers
// for the consents a timer needs when it runs without the user.
namespace Globus.Sdk.Timers;

public partial class TimersClient
{
    /// <summary>
    /// Adds, to the requirements of the app this client was built with, the Timers scope with Transfer's <c>all</c>
    /// scope as a dependency, which has an optional <c>data_access</c> scope for each collection (Python's
    /// <c>add_app_transfer_data_access_scope</c>): what a transfer timer on Globus Connect Server mapped collections
    /// needs, so that creating it does not fail with <c>ConsentRequired</c>.
    /// </summary>
    /// <remarks>
    /// Only for non-High-Assurance GCS mapped collections: on other collections (GCP, guest collections) the login
    /// fails with an unknown scope. The scope added reads
    /// <c>https://auth.globus.org/scopes/524230d7-ea86-4a52-8312-86065a9e0417/timer[urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/{id}/data_access]]</c>.
    /// </remarks>
    /// <example>
    /// <code>
    /// var timers = new TimersClient(app).AddAppTransferDataAccessScope([collectionId]);
    /// var data = new TransferData(collectionId, collectionId);
    /// data.AddItem("/staging/", "/active/");
    /// await timers.CreateTimerAsync(new TransferTimer(new RecurringTimerSchedule(24 * 60 * 60), data, name: "daily"));
    /// </code>
    /// </example>
    /// <param name="collectionIds">The collection ids (UUIDs).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="collectionIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public TimersClient AddAppTransferDataAccessScope(IEnumerable<string> collectionIds)
    {
        var ids = DependentScopes.CheckedIds(collectionIds, "collection_ids", nameof(collectionIds));
        AddAppScope(new Scope(TimersScopes.Timer).WithDependency(DependentScopes.TransferAllWithDataAccess(ids)));
        return this;
    }

    /// <summary>Adds the dependent <c>data_access</c> scope of one collection; see <see cref="AddAppTransferDataAccessScope(IEnumerable{string})"/>.</summary>
    /// <param name="collectionId">The collection id (a UUID).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="collectionId"/> is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public TimersClient AddAppTransferDataAccessScope(string collectionId)
    {
        DependentScopes.CheckId(collectionId, "collection_ids", nameof(collectionId));
        return AddAppTransferDataAccessScope([collectionId]);
    }

    /// <summary>
    /// Adds, to the requirements of the app this client was built with, the Timers scope with each flow's
    /// <c>user</c> scope as a dependency (Python's <c>add_app_flow_user_scope</c>): what a flow timer needs, so that
    /// creating it does not fail with <c>ConsentRequired</c>.
    /// </summary>
    /// <remarks>
    /// The scope added reads
    /// <c>https://auth.globus.org/scopes/524230d7-ea86-4a52-8312-86065a9e0417/timer[https://auth.globus.org/scopes/{flow_id}/flow_{flow_id_with_underscores}_user]</c>.
    /// </remarks>
    /// <example>
    /// <code>
    /// var timers = new TimersClient(app).AddAppFlowUserScope([flowId]);
    /// var input = new JsonObject { ["body"] = new JsonObject { ["input_key"] = "input_value" } };
    /// await timers.CreateTimerAsync(new FlowTimer(flowId, new RecurringTimerSchedule(24 * 60 * 60), input, name: "my flow timer"));
    /// </code>
    /// </example>
    /// <param name="flowIds">The flow ids (UUIDs).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flowIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public TimersClient AddAppFlowUserScope(IEnumerable<string> flowIds)
    {
        var ids = DependentScopes.CheckedIds(flowIds, "flow_ids", nameof(flowIds));
        AddAppScope(new Scope(TimersScopes.Timer).WithDependencies(ids.Select(DependentScopes.FlowUser)));
        return this;
    }

    /// <summary>Adds the dependent <c>user</c> scope of one flow; see <see cref="AddAppFlowUserScope(IEnumerable{string})"/>.</summary>
    /// <param name="flowId">The flow id (a UUID).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="flowId"/> is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public TimersClient AddAppFlowUserScope(string flowId)
    {
        DependentScopes.CheckId(flowId, "flow_ids", nameof(flowId));
        return AddAppFlowUserScope([flowId]);
    }
}
