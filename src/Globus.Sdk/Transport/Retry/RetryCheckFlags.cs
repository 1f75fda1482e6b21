namespace Globus.Sdk.Transport;

/// <summary>How a registered retry check is run.</summary>
[Flags]
public enum RetryCheckFlags
{
    /// <summary>The check is asked after every attempt.</summary>
    None = 0,

    /// <summary>
    /// The check is asked at most once per call: after it has run, later attempts of the same call
    /// skip it (so a 401 leads to at most one renewal and one retry).
    /// </summary>
    RunOnce = 1,
}
