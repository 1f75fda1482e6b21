namespace Globus.Sdk;

/// <summary>What <see cref="ErrorDocumentParser"/> found in an error body.</summary>
internal sealed record ParsedError(string? Code, IReadOnlyList<string> Messages, string? RequestId);
