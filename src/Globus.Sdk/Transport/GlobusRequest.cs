namespace Globus.Sdk.Transport;

/// <summary>One call as the pipeline sends it: everything that stays the same across its attempts.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The full URL, query included.</param>
/// <param name="Headers">The caller's extra headers.</param>
/// <param name="Body">The encoded body, copied into each attempt, or null.</param>
/// <param name="OperationName">The Python name of the generated operation, or null for a raw call.</param>
/// <param name="Authenticated">
/// False for operations the spec marks <c>security: []</c> (GCS <c>GET /info</c>): they never carry a
/// credential, whatever the client's authorizer, and a 401 does not ask it to renew.
/// </param>
/// <param name="ResponseFactory">Builds each answer as the operation's typed response; null for a <see cref="GlobusResponse"/>.</param>
internal sealed record GlobusRequest(
    HttpMethod Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    EncodedBody? Body,
    string? OperationName = null,
    bool Authenticated = true,
    ResponseFactory? ResponseFactory = null);
