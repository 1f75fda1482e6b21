using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Globus.Sdk;

/// <summary>
/// Pages of operations whose response has no model yet: the page is the response's JSON, and its
/// items are the elements of the array the spec's <c>x-globus-items</c> names.
/// </summary>
internal static class JsonPages
{
    private static readonly JsonTypeInfo<JsonElement> ElementTypeInfo = JsonMetadataServices.CreateValueInfo<JsonElement>(
        new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, JsonMetadataServices.JsonElementConverter);

    /// <summary>The answer of one request as a page of JSON, whether or not the operation types it.</summary>
    /// <typeparam name="TResponse">The operation's response type.</typeparam>
    /// <param name="response">The request in flight.</param>
    public static async Task<GlobusResponse<JsonElement>> ReadAsync<TResponse>(Task<TResponse> response)
        where TResponse : GlobusResponse =>
        GlobusResponse<JsonElement>.FromResponse(await response.ConfigureAwait(false), ElementTypeInfo);

    /// <summary>The elements of the page's array <paramref name="key"/>; none when the page has no such array.</summary>
    /// <param name="page">The page.</param>
    /// <param name="key">The wire name of the items array.</param>
    public static IEnumerable<JsonElement> Items(JsonElement page, string key) =>
        page.ValueKind == JsonValueKind.Object && page.TryGetProperty(key, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : [];
}
