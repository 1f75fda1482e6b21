using System.Text;
using System.Text.Json;

namespace Globus.Sdk.Tokens;

/// <summary>
/// The tokens stored for one resource server: what a <see cref="TokenStorage"/> keeps and hands back.
/// The field names on disk are Python's (<c>resource_server</c>, <c>expires_at_seconds</c>, ...), so a
/// file or database written by either SDK can be read by the other.
/// </summary>
/// <remarks>The access and refresh tokens never appear in <see cref="ToString"/>.</remarks>
public sealed class TokenStorageData
{
    /// <summary>Creates token data for one resource server.</summary>
    /// <param name="resourceServer">The resource server the tokens are for, such as <c>transfer.api.globus.org</c>.</param>
    /// <param name="identityId">The id of the identity that logged in, when known (from the id_token's <c>sub</c> claim).</param>
    /// <param name="scope">The space-separated scopes the access token grants.</param>
    /// <param name="accessToken">The access token.</param>
    /// <param name="refreshToken">The refresh token, when one was issued.</param>
    /// <param name="expiresAtSeconds">When the access token expires, in seconds since the Unix epoch.</param>
    /// <param name="tokenType">The token type, usually <c>Bearer</c>.</param>
    /// <param name="extra">Further fields to keep with the tokens; they are stored and read back unchanged.</param>
    /// <exception cref="ArgumentException"><paramref name="resourceServer"/> or <paramref name="accessToken"/> is null or empty.</exception>
    public TokenStorageData(
        string resourceServer,
        string? identityId,
        string scope,
        string accessToken,
        string? refreshToken,
        long expiresAtSeconds,
        string? tokenType = null,
        IReadOnlyDictionary<string, JsonElement>? extra = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceServer);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentNullException.ThrowIfNull(scope);
        ResourceServer = resourceServer;
        IdentityId = identityId;
        Scope = scope;
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAtSeconds = expiresAtSeconds;
        TokenType = tokenType;
        // Cloned so that the data outlives the document it was read from and cannot be changed behind our back.
        Extra = extra is null
            ? new Dictionary<string, JsonElement>()
            : extra.ToDictionary(pair => pair.Key, pair => pair.Value.Clone(), StringComparer.Ordinal);
    }

    /// <summary>The resource server the tokens are for.</summary>
    public string ResourceServer { get; }

    /// <summary>The id of the identity that logged in, or null when the token response carried no id_token.</summary>
    public string? IdentityId { get; }

    /// <summary>The space-separated scopes the access token grants.</summary>
    public string Scope { get; }

    /// <summary>The access token.</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token, or null when none was issued.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the access token expires, in seconds since the Unix epoch.</summary>
    public long ExpiresAtSeconds { get; }

    /// <summary>The token type, usually <c>Bearer</c>.</summary>
    public string? TokenType { get; }

    /// <summary>Further fields kept with the tokens (Python's <c>extra</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Extra { get; }

    /// <summary>A description without the tokens.</summary>
    /// <returns>The resource server, identity, scope and expiry; tokens are shown as REDACTED.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(nameof(TokenStorageData)).Append('(');
        text.Append("resource_server: ").Append(ResourceServer);
        text.Append(", identity_id: ").Append(IdentityId ?? "null");
        text.Append(", scope: ").Append(Scope);
        text.Append(", access_token: ").Append(SecretRedaction.Redacted);
        text.Append(", refresh_token: ").Append(RefreshToken is null ? "null" : SecretRedaction.Redacted);
        text.Append(", expires_at_seconds: ").Append(ExpiresAtSeconds);
        text.Append(", token_type: ").Append(TokenType ?? "null");
        return text.Append(')').ToString();
    }
}
