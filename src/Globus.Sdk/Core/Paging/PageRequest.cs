namespace Globus.Sdk;

/// <summary>
/// The paging values of one request; a null value is not sent. The generated paginated method puts
/// them into the query or the JSON body, as the operation's spec says.
/// </summary>
/// <param name="Limit">How many items to ask for.</param>
/// <param name="Offset">How many items to skip (absent on the first request).</param>
/// <param name="Marker">The marker, last key or next token from the previous page.</param>
internal readonly record struct PageRequest(int? Limit, int? Offset, string? Marker);
