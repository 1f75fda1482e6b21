namespace Globus.Sdk.Authorizers;

/// <summary>Sends no <c>Authorization</c> header: for operations that need none, and native-app login clients.</summary>
public sealed class NullAuthorizer : IGlobusAuthorizer
{
    /// <summary>The one instance; the authorizer holds no state.</summary>
    public static NullAuthorizer Instance { get; } = new();

    /// <inheritdoc/>
    public ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default) => new((string?)null);

    /// <inheritdoc/>
    /// <returns>Always false: there is no credential to renew.</returns>
    public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default) => new(false);

    /// <inheritdoc/>
    public override string ToString() => nameof(NullAuthorizer);
}
