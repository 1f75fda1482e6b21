namespace Globus.Sdk;

public partial class BaseClient
{
    /// <summary>
    /// Adds scopes to the requirements of the app this client was built with, for the client's resource
    /// server (Python's <c>add_app_scope</c>). The next request logs in again when the stored tokens lack them.
    /// </summary>
    /// <param name="scopes">The scopes; an entry may hold several separated by spaces, and dependent scopes in brackets.</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public BaseClient AddAppScope(IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var binding = AppBinding();
        binding.App.AddScopeRequirements(binding.ResourceServer, scopes);
        return this;
    }

    /// <summary>Adds a scope (with its dependencies) to the requirements of the client's app (Python's <c>add_app_scope</c>).</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>This client, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The client was not built with a <see cref="GlobusApp"/>.</exception>
    public BaseClient AddAppScope(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var binding = AppBinding();
        binding.App.AddScopeRequirements(binding.ResourceServer, [scope]);
        return this;
    }

    /// <summary>The app this client was built with, through its authorizer.</summary>
    private protected GlobusAppAuthorizer AppBinding([System.Runtime.CompilerServices.CallerMemberName] string caller = "") =>
        Authorizer as GlobusAppAuthorizer
            ?? throw new GlobusSdkUsageException($"Cannot '{caller}' on a client that does not have an 'app': build the client with a GlobusApp.");
}
