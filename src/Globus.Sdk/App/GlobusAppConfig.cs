using Globus.Sdk.Auth;
using Globus.Sdk.Tokens;

namespace Globus.Sdk;

/// <summary>
/// How a <see cref="GlobusApp"/> logs in, stores tokens and reacts to token problems. Python's
/// <c>GlobusAppConfig</c>, with its options and defaults; immutable once built (use <c>with</c> to vary one).
/// </summary>
public sealed record GlobusAppConfig
{
    /// <summary>
    /// How a <see cref="UserApp"/> runs logins: <c>"command-line"</c> (the default, when null),
    /// <c>"local-server"</c>, a <see cref="Sdk.LoginFlowManager"/>, or a provider
    /// (<see cref="GlobusAppLoginFlow.FromProvider"/>). A <see cref="ClientApp"/> must leave it null.
    /// </summary>
    public GlobusAppLoginFlow? LoginFlowManager { get; init; }

    /// <summary>Where Globus Auth sends the user after login; null for the flow's default. Must be registered with the client.</summary>
    public string? LoginRedirectUri { get; init; }

    /// <summary>
    /// Where tokens are kept: <c>"json"</c> (the default: a file under <c>~/.globus/app/&lt;client id&gt;/&lt;app name&gt;/</c>,
    /// see <see cref="DefaultTokenFile"/>), <c>"memory"</c>, a <see cref="Tokens.TokenStorage"/> of the caller's, or a
    /// provider such as <c>SqliteTokenStorage.ForGlobusApp</c> of the <c>Globus.Sdk.Sqlite</c> package.
    /// </summary>
    public GlobusAppTokenStorage TokenStorage { get; init; } = "json";

    /// <summary>Whether to request refresh tokens (kept for 6 months of disuse) rather than access tokens only (2 hours). Default false.</summary>
    public bool RequestRefreshTokens { get; init; }

    /// <summary>
    /// Whether a client built with the app logs in again, once, when a service answers 403 with an
    /// authorization requirements error (consent or session required), and retries the call. Default false.
    /// </summary>
    public bool AutoRedriveGares { get; init; }

    /// <summary>
    /// Called when stored tokens fail validation while an authorizer is built; null lets the
    /// <see cref="TokenValidationException"/> reach the caller. Default: <see cref="ResolveByLoginFlowAsync"/>.
    /// </summary>
    public Func<GlobusApp, TokenValidationException, CancellationToken, Task>? TokenValidationErrorHandler { get; init; } = ResolveByLoginFlowAsync;

    /// <summary>
    /// Builds the decoder that checks a login's id token (signature, issuer, audience, expiry) before the app
    /// trusts whose tokens they are (Python's <c>id_token_decoder</c>). Given the app's name, this configuration
    /// and the login client. Default: <see cref="Auth.IdTokenDecoder.ForGlobusApp"/>; return an instance of your
    /// own (<c>(_, _, _) =&gt; myDecoder</c>) to share one, or a subclass to change the checks.
    /// </summary>
    public Func<string, GlobusAppConfig, AuthLoginClient, IdTokenDecoder> IdTokenDecoder { get; init; } = Auth.IdTokenDecoder.ForGlobusApp;

    /// <summary>
    /// The Globus environment (<c>production</c>, <c>sandbox</c>, ...); by default <c>GLOBUS_SDK_ENVIRONMENT</c>, else <c>production</c>.
    /// </summary>
    public string Environment { get; init; } = DefaultEnvironment();

    /// <summary>
    /// The default error handler (Python's <c>resolve_by_login_flow</c>): logs in again (forced), except for an
    /// <see cref="IdentityMismatchException"/>, which a login cannot fix and is raised.
    /// </summary>
    /// <param name="app">The app whose tokens failed validation.</param>
    /// <param name="error">The failure.</param>
    /// <param name="cancellationToken">Cancels the login.</param>
    /// <returns>A task that completes after the login.</returns>
    /// <exception cref="IdentityMismatchException"><paramref name="error"/> is one.</exception>
    public static Task ResolveByLoginFlowAsync(GlobusApp app, TokenValidationException error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (error is IdentityMismatchException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }

        return app.LoginAsync(force: true, cancellationToken: cancellationToken);
    }

    private static string DefaultEnvironment()
    {
        var value = System.Environment.GetEnvironmentVariable("GLOBUS_SDK_ENVIRONMENT");
        return string.IsNullOrWhiteSpace(value) ? "production" : value.Trim();
    }
}
