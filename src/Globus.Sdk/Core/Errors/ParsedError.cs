namespace Globus.Sdk;

/// <summary>What <see cref="ErrorDocumentParser"/> found in an error body.</summary>
internal sealed record ParsedError(
    string? Code,
    IReadOnlyList<string> Messages,
    string? RequestId,
    IReadOnlyList<ErrorSubdocument> Errors,
    GlobusErrorInfo Info)
{
    /// <summary>For a body that is not a JSON object: nothing can be read from it.</summary>
    public static ParsedError None { get; } = new(null, [], null, [], GlobusErrorInfo.None);
}
