using System.Diagnostics;
using Microsoft.Extensions.Logging.Testing;

namespace Globus.Sdk.Tests.Support;

/// <summary>
/// What the SDK logs and traces during a test: a <see cref="FakeLogger"/> to give as
/// <see cref="GlobusClientOptions.Logger"/>, and every finished <see cref="Activity"/> of the SDK's source.
/// </summary>
public sealed class SdkTelemetryCapture : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly List<Activity> _activities = [];

    public SdkTelemetryCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GlobusTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (_activities) { _activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public FakeLogger Logger { get; } = new();

    /// <summary>The finished activities, in the order they stopped.</summary>
    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_activities)
            {
                return [.. _activities];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
