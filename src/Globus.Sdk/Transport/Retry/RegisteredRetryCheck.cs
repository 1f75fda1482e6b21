namespace Globus.Sdk.Transport;

/// <summary>A check in a <see cref="RetryCheckCollection"/>, with how it is run.</summary>
/// <param name="Check">The check.</param>
/// <param name="Flags">How it is run.</param>
public sealed record RegisteredRetryCheck(RetryCheck Check, RetryCheckFlags Flags);
