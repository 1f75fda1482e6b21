namespace Globus.Sdk;

/// <summary>
/// What a login must achieve beyond a plain login: scopes to consent to, identities, domains or
/// policies the session must include, multi-factor authentication, a prompt. Python's
/// <c>GlobusAuthorizationParameters</c>; pass it to <see cref="GlobusApp.LoginAsync"/>, or build it from
/// an error's <see cref="GlobusApiException.Info"/> with <see cref="From(GlobusErrorInfo)"/>.
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
    /// The parameters an error asks for: its authorization parameters, with the scopes of a
    /// <c>ConsentRequired</c> error added to the required scopes.
    /// </summary>
    /// <param name="info">The error's info (<see cref="GlobusApiException.Info"/>).</param>
    /// <returns>The parameters, or null when the error asks for nothing a login can give.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="info"/> is null.</exception>
    public static GlobusAuthorizationParameters? From(GlobusErrorInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var parameters = info.AuthorizationParameters;
        if (!parameters.IsPresent && !info.ConsentRequired.IsPresent)
        {
            return null;
        }

        var scopes = parameters.RequiredScopes.Concat(info.ConsentRequired.RequiredScopes).Distinct(StringComparer.Ordinal).ToList();
        return new GlobusAuthorizationParameters
        {
            SessionMessage = parameters.SessionMessage,
            SessionRequiredIdentities = NullWhenEmpty(parameters.SessionRequiredIdentities),
            SessionRequiredSingleDomain = NullWhenEmpty(parameters.SessionRequiredSingleDomain),
            SessionRequiredPolicies = NullWhenEmpty(parameters.SessionRequiredPolicies),
            SessionRequiredMfa = parameters.SessionRequiredMfa,
            RequiredScopes = NullWhenEmpty(scopes),
            Prompt = parameters.Prompt,
        };
    }

    private static IReadOnlyList<string>? NullWhenEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
