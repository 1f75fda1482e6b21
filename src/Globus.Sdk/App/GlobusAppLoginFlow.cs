using Globus.Sdk.Auth;

namespace Globus.Sdk;

/// <summary>
/// A choice of login flow for <see cref="GlobusAppConfig.LoginFlowManager"/>: <c>"command-line"</c>,
/// <c>"local-server"</c>, a <see cref="LoginFlowManager"/> of the caller's, or a provider. Strings and
/// managers convert implicitly: <c>LoginFlowManager = "local-server"</c>.
/// </summary>
public sealed class GlobusAppLoginFlow
{
    private readonly Func<string, AuthLoginClient, GlobusAppConfig, LoginFlowManager> _provider;
    private readonly string _description;

    private GlobusAppLoginFlow(Func<string, AuthLoginClient, GlobusAppConfig, LoginFlowManager> provider, string description)
    {
        _provider = provider;
        _description = description;
    }

    /// <summary>A flow named as in Python: <c>command-line</c> or <c>local-server</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a known name.</exception>
    public static GlobusAppLoginFlow FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name switch
        {
            "command-line" => new(CommandLineLoginFlowManager.ForGlobusApp, name),
            "local-server" => new(LocalServerLoginFlowManager.ForGlobusApp, name),
            _ => throw new ArgumentException(
                $"Unsupported login_flow_manager value: '{name}'. Expected 'command-line', 'local-server', a provider, or a LoginFlowManager.", nameof(name)),
        };
    }

    /// <summary>A manager built for the app by <paramref name="provider"/> (Python's <c>LoginFlowManagerProvider.for_globus_app</c>).</summary>
    /// <param name="provider">Given the app name, login client and configuration, builds the manager.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public static GlobusAppLoginFlow FromProvider(Func<string, AuthLoginClient, GlobusAppConfig, LoginFlowManager> provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new(provider, "provider");
    }

    /// <summary>The caller's own manager.</summary>
    /// <param name="manager">The manager.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manager"/> is null.</exception>
    public static GlobusAppLoginFlow FromManager(LoginFlowManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return new((_, _, _) => manager, manager.GetType().Name);
    }

    /// <summary>A flow by name, see <see cref="FromName"/>.</summary>
    /// <param name="name">The name.</param>
    public static implicit operator GlobusAppLoginFlow(string name) => FromName(name);

    /// <summary>The caller's own manager, see <see cref="FromManager"/>.</summary>
    /// <param name="manager">The manager.</param>
    public static implicit operator GlobusAppLoginFlow(LoginFlowManager manager) => FromManager(manager);

    /// <inheritdoc/>
    public override string ToString() => _description;

    internal LoginFlowManager Resolve(string appName, AuthLoginClient loginClient, GlobusAppConfig config) =>
        _provider(appName, loginClient, config);
}
