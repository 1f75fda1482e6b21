namespace Globus.Sdk;

/// <summary>
/// What a login must achieve beyond a plain login: scopes to consent to, identities, domains or
/// policies the session must include, multi-factor authentication, a prompt. Python's
/// <c>GlobusAuthorizationParameters</c>; pass it to <see cref="GlobusApp.LoginAsync"/>, or build it from
/// a service's error with <see cref="From(GlobusApiException)"/>.
/// </summary>
public sealed record GlobusAuthorizationParameters
{
    /// <summary>A message Globus Auth shows the user (<c>session_message</c>).</summary>
    public string? SessionMessage { get; init; }

    /// <summary>Identity ids the session must include (<c>session_required_identities</c>).</summary>
    public IReadOnlyList<string>? SessionRequiredIdentities { get; init; }

    /// <summary>Domains one of whose identities the session must include (<c>session_required_single_domain</c>).</summary>
    public IReadOnlyList<string>? SessionRequiredSingleDomain { get; init; }

    /// <summary>Policy ids the session must satisfy (<c>session_required_policies</c>).</summary>
    public IReadOnlyList<string>? SessionRequiredPolicies { get; init; }

    /// <summary>Whether the session needs multi-factor authentication (<c>session_required_mfa</c>).</summary>
    public bool? SessionRequiredMfa { get; init; }

    /// <summary>Scopes to request and consent to (<c>required_scopes</c>).</summary>
    public IReadOnlyList<string>? RequiredScopes { get; init; }

    /// <summary>The <c>prompt</c> for Globus Auth, such as <c>login</c>.</summary>
    public string? Prompt { get; init; }

    /// <summary>
    /// The parameters a Globus Auth Requirements Error asks for (Python's <c>to_gare(error).authorization_parameters</c>),
    /// in any shape Python accepts: the canonical one, legacy <c>authorization_parameters</c>, Transfer's and Action
    /// Providers' <c>ConsentRequired</c>, Auth's <c>dependent_consent_required</c>, at the top or inside <c>errors</c>.
    /// </summary>
    /// <param name="error">The service's error.</param>
    /// <returns>The parameters, or null when the error is not an authorization requirements error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static GlobusAuthorizationParameters? From(GlobusApiException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.RawJson is { } body ? GareParser.Parse(body) : null;
    }

    /// <summary>The parameters an error document asks for; see <see cref="From(GlobusApiException)"/>.</summary>
    /// <param name="errorDocument">The error body (or one of its <c>errors</c>).</param>
    /// <returns>The parameters, or null when the document is not an authorization requirements error.</returns>
    public static GlobusAuthorizationParameters? From(System.Text.Json.JsonElement errorDocument) => GareParser.Parse(errorDocument);
}
