using System.Globalization;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>
/// Builds the pages of a paged operation from its example, and finds which page a request asks for,
/// following the operation's <c>x-globus-paging</c> style.
/// </summary>
internal static class PagedAnswers
{
    private const string MarkerPrefix = "fake-page-";

    public static IReadOnlyList<CannedResponse> Build(SpecOperation operation, int pages, int? itemsPerPage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var paging = operation.Paging
            ?? throw new ArgumentException($"{operation.MethodName} does not page; load it with LoadResponse.", nameof(operation));
        var example = operation.Variants["default"].Body as JsonObject;
        var items = operation.ItemsProperty is { } property ? example?[property] as JsonArray : null;
        if (example is null || items is null || items.Count == 0)
        {
            throw new ArgumentException($"The example of {operation.MethodName} has no items to page.", nameof(operation));
        }

        var size = itemsPerPage ?? items.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(itemsPerPage));
        var result = new List<CannedResponse>(pages);
        for (var page = 0; page < pages; page++)
        {
            var body = (JsonObject)example.DeepClone();
            body[operation.ItemsProperty!] = new JsonArray(Enumerable.Range(0, size).Select(i => items[i % items.Count]!.DeepClone()).ToArray());
            Link(body, paging, page, pages, size);
            result.Add(new CannedResponse(200, body, $"page {page + 1} of {pages}"));
        }

        return result;
    }

    public static int PageIndexOf(SpecOperation operation, FakeRequest request, IReadOnlyList<CannedResponse> pages)
    {
        var paging = operation.Paging!;
        if (paging.UsesOffset)
        {
            var size = ((JsonArray)pages[0].Body![operation.ItemsProperty!]!).Count;
            return int.TryParse(PagingValue(request, paging, "offset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset / size : 0;
        }

        // The marker styles send back what the previous page gave: "fake-page-N" in whatever parameter.
        var values = request.Query.Values.SelectMany(v => v).Concat((request.Json as JsonObject)?.Select(p => p.Value?.ToString() ?? string.Empty) ?? []);
        var marker = values.FirstOrDefault(v => v.StartsWith(MarkerPrefix, StringComparison.Ordinal));
        return marker is not null && int.TryParse(marker[MarkerPrefix.Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) ? index : 0;
    }

    private static string? PagingValue(FakeRequest request, SpecPaging paging, string name) =>
        paging.InBody ? request.Json?[name]?.ToString() : request.QueryValue(name);

    private static void Link(JsonObject body, SpecPaging paging, int page, int pages, int size)
    {
        var last = page == pages - 1;
        var next = last ? null : MarkerPrefix + (page + 1).ToString(CultureInfo.InvariantCulture);
        SetIfPresent(body, "limit", size);
        SetIfPresent(body, "length", size);
        SetIfPresent(body, "count", size);
        if (paging.SizeKey is { } sizeKey)
        {
            body[sizeKey] = size;
        }

        switch (paging.Style)
        {
            case "offset-has-next":
                body["offset"] = page * size;
                body["has_next_page"] = !last;
                SetIfPresent(body, "total", pages * size);
                break;
            case "offset-total":
                body["offset"] = page * size;
                body["total"] = pages * size;
                SetIfPresent(body, "has_next_page", !last);
                break;
            case "marker":
                body["marker"] = next;
                body["has_next_page"] = !last;
                break;
            case "nullable-marker":
                body[paging.MarkerKey] = next;
                break;
            case "last-key":
                body["last_key"] = next;
                body["has_next_page"] = !last;
                break;
            case "next-token":
                body["next_token"] = next;
                break;
        }
    }

    private static void SetIfPresent(JsonObject body, string key, JsonNode value)
    {
        if (body.ContainsKey(key))
        {
            body[key] = value;
        }
    }
}
