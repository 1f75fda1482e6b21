namespace Globus.Sdk.Authorizers;

/// <summary>
/// Supplies the <c>Authorization</c> header of each request. The header is asked for again on
/// every attempt, so an authorizer that renews tokens can hand out a fresh one after a retry.
/// </summary>
/// <remarks>Implementations must be safe to call from several threads at once.</remarks>
public interface IGlobusAuthorizer
{
    /// <summary>The full value of the <c>Authorization</c> header (<c>Bearer …</c>), or null to send none.</summary>
    /// <param name="cancellationToken">Cancels a renewal in progress.</param>
    /// <returns>The header value, or null.</returns>
    ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Called when the service answered 401. An authorizer that can obtain a new credential prepares
    /// to do so and returns true, and the request is sent once more; one that cannot returns false.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when a retry may succeed with a new credential.</returns>
    ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default);
}
