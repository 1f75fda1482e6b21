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

    /// <summary>
    /// Reads token data from the JSON object the SDKs store (Python's <c>TokenStorageData.from_dict</c>, as JSON):
    /// the fields <c>resource_server</c>, <c>identity_id</c>, <c>scope</c>, <c>access_token</c>,
    /// <c>refresh_token</c>, <c>expires_at_seconds</c>, <c>token_type</c> and <c>extra</c>; fields it does not
    /// know are kept in <see cref="Extra"/>.
    /// </summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="resourceServer">The resource server to assume when the object names none (the key it was stored under).</param>
    /// <returns>The token data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not JSON, or not token data. The message names fields, never values.</exception>
    public static TokenStorageData FromJson(string json, string? resourceServer = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // JsonException's message may quote the text, which holds tokens.
            throw new FormatException("it is not valid JSON");
        }

        using (document)
        {
            try
            {
                return TokenDataJson.Read(document.RootElement, resourceServer ?? string.Empty);
            }
            catch (ArgumentException e)
            {
                // The constructor's checks: an empty access token or resource server.
                throw new FormatException(e.Message, e);
            }
        }
    }

    /// <summary>
    /// This token data as the JSON object the SDKs store (Python's <c>TokenStorageData.to_dict</c>, as JSON),
    /// which <see cref="FromJson"/> reads back. It holds the tokens: store it, never log it.
    /// </summary>
    /// <returns>The compact JSON text.</returns>
    public string ToJson() => TokenDataJson.Serialize(this);

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
