using Globus.Sdk.Transfer;

namespace Globus.Sdk;

/// <summary>
/// The scopes that the <c>AddApp...Scope</c> helpers of several clients build, in one place: the ids they take
/// checked as the Python SDK checks them (<c>guards.validators.uuidlike</c>), a Globus Connect Server collection's
/// optional <c>data_access</c> scope under Transfer's <c>all</c>, and a flow's <c>user</c> scope.
/// </summary>
/// <remarks>
/// Used by <c>TransferClient.AddAppDataAccessScope</c> and <c>TimersClient.AddAppTransferDataAccessScope</c> /
/// <c>AddAppFlowUserScope</c>; a client that runs one flow needs <see cref="FlowUser"/> too.
/// </remarks>
internal static class DependentScopes
{
    /// <summary>
    /// Copies <paramref name="ids"/> (so a one-shot enumerable is read once) and refuses the first that is not a
    /// UUID, naming it as Python does (<c>collection_ids[2]</c>).
    /// </summary>
    /// <param name="ids">The ids.</param>
    /// <param name="pythonName">The Python parameter name, for the message.</param>
    /// <param name="parameterName">The C# parameter name, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a UUID.</exception>
    public static IReadOnlyList<string> CheckedIds(IEnumerable<string> ids, string pythonName, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(ids, parameterName);
        var list = ids.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            CheckId(list[i], $"{pythonName}[{i}]", parameterName);
        }

        return list;
    }

    /// <summary>Refuses an id that is not a UUID.</summary>
    /// <param name="id">The id.</param>
    /// <param name="pythonName">The Python parameter name, for the message.</param>
    /// <param name="parameterName">The C# parameter name, for the exception.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a UUID.</exception>
    public static void CheckId(string? id, string pythonName, string parameterName)
    {
        if (!Guid.TryParse(id, out _))
        {
            throw new ArgumentException($"{pythonName} must be a UUID.", parameterName);
        }
    }

    /// <summary>A collection's <c>data_access</c> scope, optional (Python's <c>GCSCollectionScopes(id).data_access.with_optional(True)</c>).</summary>
    /// <param name="collectionId">The collection id.</param>
    public static Scope CollectionDataAccess(string collectionId) =>
        new($"https://auth.globus.org/scopes/{collectionId}/data_access", optional: true);

    /// <summary>Transfer's <c>all</c> scope with the optional <c>data_access</c> scope of each collection as a dependency.</summary>
    /// <param name="collectionIds">The collection ids, already checked.</param>
    public static Scope TransferAllWithDataAccess(IEnumerable<string> collectionIds) =>
        new Scope(TransferScopes.All).WithDependencies(collectionIds.Select(CollectionDataAccess));

    /// <summary>A flow's <c>user</c> scope (Python's <c>SpecificFlowScopes(flow_id).user</c>).</summary>
    /// <param name="flowId">The flow id.</param>
    public static Scope FlowUser(string flowId) =>
        new($"https://auth.globus.org/scopes/{flowId}/flow_{flowId.Replace('-', '_')}_user");
}
