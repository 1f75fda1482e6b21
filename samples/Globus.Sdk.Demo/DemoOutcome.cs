namespace Globus.Sdk.Demo;

/// <summary>What the demo did, for its summary and its test.</summary>
internal sealed record DemoOutcome(IReadOnlyList<string> Found, IReadOnlyList<string> Submitted, string? FinalStatus, int Listed, int Pages);
