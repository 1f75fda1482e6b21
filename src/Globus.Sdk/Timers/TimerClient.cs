using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Timers;

/// <summary>The Python SDK 3.x name of <see cref="TimersClient"/> (<c>TimerClient</c>), kept so code written for it compiles.</summary>
[Obsolete("TimerClient is the Python SDK 3.x name; use TimersClient.", DiagnosticId = "GLOBUS161")]
public class TimerClient : TimersClient
{
    /// <summary>Creates a client for Globus Timers; see <see cref="TimersClient(IGlobusAuthorizer?, GlobusClientOptions?)"/>.</summary>
    /// <param name="authorizer">Supplies the <c>Authorization</c> header; none is sent when null.</param>
    /// <param name="options">Environment, base URL, app name, HTTP transport and timeout; defaults when null.</param>
    /// <exception cref="ArgumentException">An option has a value that cannot work, such as an unknown environment.</exception>
    /// <exception cref="GlobusSdkUsageException">Options exclude each other, or a <c>GLOBUS_SDK_*</c> environment variable cannot be understood.</exception>
    public TimerClient(IGlobusAuthorizer? authorizer = null, GlobusClientOptions? options = null)
        : base(authorizer, options)
    {
    }

    /// <summary>Creates a client that logs in through <paramref name="app"/>; see <see cref="TimersClient(GlobusApp, GlobusClientOptions?)"/>.</summary>
    /// <param name="app">The login app.</param>
    /// <param name="options">HTTP transport, timeout and base URL; in the app's environment when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    /// <exception cref="GlobusSdkUsageException">The options name another environment than the app's.</exception>
    public TimerClient(GlobusApp app, GlobusClientOptions? options = null)
        : base(app, options)
    {
    }

    /// <summary>For mocking frameworks.</summary>
    protected TimerClient()
    {
    }
}
