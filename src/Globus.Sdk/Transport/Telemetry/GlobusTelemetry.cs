using System.Diagnostics;

namespace Globus.Sdk;

/// <summary>
/// The names under which the SDK reports what it does. Every call to a Globus service is one
/// <see cref="Activity"/> of the <see cref="ActivitySourceName"/> source, tagged with the method,
/// URL (credentials removed), status, request id, service and number of attempts; listen to it
/// with OpenTelemetry (<c>AddSource("Globus.Sdk")</c>) or an <see cref="ActivityListener"/>.
/// </summary>
public static class GlobusTelemetry
{
    /// <summary>The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>.</summary>
    public const string ActivitySourceName = "Globus.Sdk";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName, Transport.SdkInfo.Version);
}
