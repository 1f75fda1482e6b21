namespace Globus.Sdk.Timers;

/// <summary>The Python SDK 3.x name of <see cref="TimersScopes"/> (<c>TimerScopes</c>), kept so code written for it compiles.</summary>
[Obsolete("TimerScopes is the Python SDK 3.x name; use TimersScopes.", DiagnosticId = "GLOBUS162")]
public static class TimerScopes
{
    /// <summary>The Timers resource server (<see cref="TimersScopes.ResourceServer"/>).</summary>
    public const string ResourceServer = TimersScopes.ResourceServer;

    /// <summary>The Timers scope (<see cref="TimersScopes.Timer"/>).</summary>
    public const string Timer = TimersScopes.Timer;
}
