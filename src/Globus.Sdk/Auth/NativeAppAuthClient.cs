using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Auth;

/// <summary>
/// Logs users in to an app that cannot keep a secret, such as a command-line tool or a desktop app
/// (a "native app"): the authorization code flow with PKCE, token refresh and revocation. The client
/// sends no credentials; its client id travels in each form.
/// </summary>
/// <remarks>
/// Thread safety: the request methods are safe to call from several threads at once. A flow started
/// with <c>OAuth2StartFlow</c> is kept on the client, so use one client per login in progress.
/// </remarks>
public class NativeAppAuthClient : AuthLoginClient
{
    /// <summary>Creates a client for a native app.</summary>
    /// <param name="clientId">The app's client id, registered with Globus Auth as a native app.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException"><paramref name="clientId"/> is null, empty or white space, or an option cannot work.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public NativeAppAuthClient(string clientId, GlobusClientOptions? options = null)
        : base(clientId, NullAuthorizer.Instance, options)
    {
        FormsCarryClientId = true;
    }

    /// <summary>For mocking frameworks: a client whose members are all overridden by the mock.</summary>
    protected NativeAppAuthClient()
    {
    }
}
