namespace Globus.Sdk.Transfer;

public partial class TransferClient
{
    /// <summary>
    /// Adds, to the requirements of the app this client was built with, Transfer's <c>all</c> scope with an
    /// optional dependent <c>data_access</c> scope for each collection (Python's <c>add_app_data_access_scope</c>):
    /// what standard Globus Connect Server mapped collections require, and what their <c>ConsentRequired</c> errors ask for.
    /// </summary>
    /// <remarks>
    /// Only for non-High-Assurance GCS mapped collections: on other collections (GCP, guest collections) the
    /// login fails with an unknown scope.
    /// </remarks>
    /// <example>
    /// <code>var transfer = new TransferClient(app).AddAppDataAccessScope([collectionId]);</code>
    /// </example>
    /// <param name="collectionIds">The collection ids (UUIDs).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="collectionIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public TransferClient AddAppDataAccessScope(IEnumerable<string> collectionIds)
    {
        var dependencies = DataAccessScopes.For(collectionIds, nameof(collectionIds));
        AddAppScope(new Scope(TransferScopes.All).WithDependencies(dependencies));
        return this;
    }

    /// <summary>Adds the dependent <c>data_access</c> scope of one collection; see <see cref="AddAppDataAccessScope(IEnumerable{string})"/>.</summary>
    /// <param name="collectionId">The collection id (a UUID).</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="collectionId"/> is not a UUID.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public TransferClient AddAppDataAccessScope(string collectionId)
    {
        DataAccessScopes.CheckOne(collectionId, nameof(collectionId));
        return AddAppDataAccessScope([collectionId]);
    }
}
