using Globus.Sdk.Auth;

namespace Globus.Sdk.Authorizers;

/// <summary>
/// Keeps a confidential app's own access token fresh with the client credentials grant: when the token
/// is missing, about to expire or rejected, a new one is requested for the same scopes. Python's
/// <c>ClientCredentialsAuthorizer</c>.
/// </summary>
/// <remarks>
/// The scopes must all belong to one resource server, since the authorizer uses one token.
/// See <see cref="RenewingAuthorizer"/> for renewal and thread safety.
/// </remarks>
public class ClientCredentialsAuthorizer : RenewingAuthorizer
{
    private readonly ConfidentialAppAuthClient _confidentialClient;

    /// <summary>Creates the authorizer.</summary>
    /// <param name="confidentialClient">The confidential app's login client, which holds its credentials.</param>
    /// <param name="scopes">The scopes to request, all of one resource server; an entry may hold several separated by spaces.</param>
    /// <param name="accessToken">An access token obtained earlier, or null to get one on first use.</param>
    /// <param name="expiresAt">When <paramref name="accessToken"/> expires, in seconds since the Unix epoch; required with it.</param>
    /// <param name="onRefresh">Called with each new token response, for example a token storage's <c>OnRefresh</c>.</param>
    /// <param name="timeProvider">The clock that decides expiry; when null, the client's (from its options), else the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="confidentialClient"/> or <paramref name="scopes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scopes"/> is empty.</exception>
    /// <exception cref="GlobusSdkUsageException">An access token was given without its expiry.</exception>
    public ClientCredentialsAuthorizer(
        ConfidentialAppAuthClient confidentialClient,
        IEnumerable<string> scopes,
        string? accessToken = null,
        long? expiresAt = null,
        Func<OAuthTokenResponse, CancellationToken, ValueTask>? onRefresh = null,
        TimeProvider? timeProvider = null)
        : base(accessToken, expiresAt, onRefresh, timeProvider ?? confidentialClient?.Clock)
    {
        ArgumentNullException.ThrowIfNull(confidentialClient);
        ArgumentNullException.ThrowIfNull(scopes);
        Scopes = scopes.Where(scope => !string.IsNullOrWhiteSpace(scope)).ToArray();
        if (Scopes.Count == 0)
        {
            throw new ArgumentException("At least one scope is needed.", nameof(scopes));
        }

        _confidentialClient = confidentialClient;
    }

    /// <summary>The scopes requested.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <inheritdoc/>
    protected override Task<OAuthTokenResponse> GetTokenResponseAsync(CancellationToken cancellationToken) =>
        _confidentialClient.OAuth2ClientCredentialsTokensAsync(Scopes, cancellationToken);
}
