namespace Globus.Sdk.Transport;

/// <summary>One call as the pipeline sends it: everything that stays the same across its attempts.</summary>
internal sealed record GlobusRequest(
    HttpMethod Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    EncodedBody? Body);
