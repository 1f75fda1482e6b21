namespace Globus.Sdk.Transfer;

/// <summary>
/// The readings of an activation requirements document that the v3.0 Python SDK's
/// <c>ActivationRequirementsResponse</c> offered: whether the endpoint stays active long enough,
/// never expires, or can be activated automatically or on the web.
/// </summary>
public sealed partial record ActivationRequirementsResponse
{
    // The activation types that can be completed in the Globus web app, besides OAuth.
    private static readonly string[] WebActivationTypes = ["myproxy", "delegate_myproxy"];

    /// <summary>When this document was read; <see cref="ExpiresIn"/> counts from this moment.</summary>
    /// <remarks>
    /// The Python SDK turns <c>expires_in</c> into an absolute time as soon as the response arrives,
    /// so that the time spent between receiving the document and asking it does not make the
    /// endpoint look active for longer than it is. The moment is not part of the model's equality, which
    /// compares what the service sent: two documents read from the same JSON are equal.
    /// </remarks>
    public DateTimeOffset ReadAt { get; init; } = TimeProvider.System.GetUtcNow();

    /// <summary>Whether the endpoint's activation never expires (shares, Globus Connect Personal endpoints): <c>expires_in</c> is -1.</summary>
    public bool AlwaysActivated => ExpiresIn == -1;

    /// <summary>Whether the document lists autoactivation as available (<c>auto_activation_supported</c>).</summary>
    /// <remarks>When false, the endpoint needs web activation before it can be used.</remarks>
    public bool SupportsAutoActivation => AutoActivationSupported == true;

    /// <summary>
    /// Whether the endpoint can be activated through the Globus web app: it supports autoactivation,
    /// has an OAuth server, or lists a <c>myproxy</c> or <c>delegate_myproxy</c> requirement.
    /// </summary>
    /// <remarks>
    /// <see cref="SupportsAutoActivation"/> implies this. When false, the endpoint is of a highly
    /// unusual type; read the requirements themselves.
    /// </remarks>
    public bool SupportsWebActivation =>
        SupportsAutoActivation
        || OAuthServer is not null
        || (Data?.Any(requirement => WebActivationTypes.Contains(requirement.Type)) ?? false);

    /// <summary>Whether the endpoint will still be active at a time in the future.</summary>
    /// <param name="timeSeconds">Seconds from now; with <paramref name="relativeTime"/> false, a POSIX timestamp (seconds since 1970-01-01 UTC).</param>
    /// <param name="relativeTime">Whether <paramref name="timeSeconds"/> counts from now (the default) or is a POSIX timestamp.</param>
    /// <returns>True when the endpoint is activated and its activation lasts past that time; false otherwise.</returns>
    /// <example>
    /// <code>
    /// var requirements = (await transferClient.EndpointGetActivationRequirementsAsync(endpointId)).Value;
    /// if (!requirements.ActiveUntil(taskSeconds + marginSeconds))
    ///     throw new InvalidOperationException("The endpoint won't be active long enough.");
    /// </code>
    /// </example>
    public bool ActiveUntil(long timeSeconds, bool relativeTime = true) => ActiveUntil(timeSeconds, relativeTime, TimeProvider.System);

    /// <summary>Whether the endpoint will still be active at a time in the future, reading "now" from <paramref name="timeProvider"/>.</summary>
    /// <param name="timeSeconds">Seconds from now; with <paramref name="relativeTime"/> false, a POSIX timestamp (seconds since 1970-01-01 UTC).</param>
    /// <param name="relativeTime">Whether <paramref name="timeSeconds"/> counts from now or is a POSIX timestamp.</param>
    /// <param name="timeProvider">The clock that says what "now" is.</param>
    /// <returns>True when the endpoint is activated and its activation lasts past that time; false otherwise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public bool ActiveUntil(long timeSeconds, bool relativeTime, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (Activated != true)
        {
            return false;
        }

        if (AlwaysActivated)
        {
            return true;
        }

        // A document without expires_in says nothing about how long the activation lasts.
        if (ExpiresIn is not { } expiresIn)
        {
            return false;
        }

        // Whole seconds, as the Python SDK truncates the absolute expiry time.
        var expiresAt = Math.Floor(Seconds(ReadAt) + expiresIn);
        return relativeTime
            ? Seconds(timeProvider.GetUtcNow()) + timeSeconds < expiresAt
            : timeSeconds < expiresAt;
    }

    private static double Seconds(DateTimeOffset moment) => moment.ToUnixTimeMilliseconds() / 1000.0;
}
