namespace Globus.Sdk.Authorizers;

/// <summary>
/// Sends a fixed access token as <c>Authorization: Bearer …</c>. When the token expires the service
/// answers 401 and this authorizer cannot renew it; use a renewing authorizer for long-running work.
/// </summary>
public sealed class AccessTokenAuthorizer : IGlobusAuthorizer
{
    private readonly string _header;

    /// <summary>Creates an authorizer for one access token.</summary>
    /// <param name="accessToken">The token. It never appears in <see cref="ToString"/>, logs or exception messages.</param>
    /// <exception cref="ArgumentException">
    /// The token is null, empty or white space (the message says where tokens come from), or has a line
    /// break or another control character.
    /// </exception>
    public AccessTokenAuthorizer(string accessToken)
    {
        if (string.IsNullOrWhiteSpace(accessToken))
        {
            // The usual cause is an unset environment variable read with `?? ""`: say where tokens come from.
            throw new ArgumentException(
                "The access token is empty. Access tokens come from a Globus Auth login: register an app at " +
                "https://app.globus.org/settings/developers, then log in with NativeAppAuthClient (a user) or " +
                "ConfidentialAppAuthClient (the app itself), and pass tokens.ByResourceServer[...].AccessToken. " +
                "If you read it from an environment variable, that variable is not set.",
                nameof(accessToken));
        }

        if (!Transport.HeaderValues.IsValidValue(accessToken))
        {
            // The token is not shown: it is a credential.
            throw new ArgumentException("The access token has a line break or another control character, which could add headers of its own.", nameof(accessToken));
        }

        AccessToken = accessToken;
        _header = "Bearer " + accessToken;
    }

    /// <summary>The access token this authorizer sends.</summary>
    public string AccessToken { get; }

    /// <inheritdoc/>
    public ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default) => new(_header);

    /// <inheritdoc/>
    /// <returns>Always false: a fixed token cannot be renewed.</returns>
    public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default) => new(false);

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(AccessTokenAuthorizer)}(token: REDACTED)";
}
