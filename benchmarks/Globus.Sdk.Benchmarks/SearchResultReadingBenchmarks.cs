using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Globus.Sdk.Search;

namespace Globus.Sdk.Benchmarks;

/// <summary>
/// Reading a Search result page into typed models with the SDK's converters, against parsing the same
/// bytes with <see cref="JsonDocument"/> and reading the same fields from the DOM. Both read every
/// result's subject and every entry's id, so the work compared is the same.
/// </summary>
[MemoryDiagnoser]
public class SearchResultReadingBenchmarks
{
    private byte[] _body = [];

    /// <summary>Results in the page: one typical search answer, and a full 1000-result page.</summary>
    [Params(10, 1000)]
    public int Results { get; set; }

    [GlobalSetup]
    public void Setup() => _body = Encoding.UTF8.GetBytes(SearchPage(Results));

    [Benchmark(Baseline = true)]
    public int JsonDocumentDom()
    {
        using var document = JsonDocument.Parse(_body);
        var total = 0;
        foreach (var result in document.RootElement.GetProperty("gmeta").EnumerateArray())
        {
            total += result.GetProperty("subject").GetString()!.Length;
            foreach (var entry in result.GetProperty("entries").EnumerateArray())
            {
                total += entry.GetProperty("entry_id").GetString()?.Length ?? 0;
            }
        }

        return total;
    }

    [Benchmark]
    public int SdkConverters()
    {
        var page = JsonSerializer.Deserialize(_body, SearchJsonContext.Default.SearchResult)!;
        var total = 0;
        foreach (var result in page)
        {
            total += result.Subject!.Length;
            foreach (var entry in result.Entries ?? [])
            {
                total += entry.EntryId?.Length ?? 0;
            }
        }

        return total;
    }

    private static string SearchPage(int results)
    {
        var gmeta = string.Join(",", Enumerable.Range(0, results).Select(i => $$$"""
            {"@datatype": "GMetaResult", "@version": "2019-08-27", "subject": "globus://dataset/{{{i:D6}}}",
             "entries": [{"entry_id": "metadata", "matched_principal_sets": [],
                          "content": {"title": "Dataset {{{i}}}", "creators": ["A. Researcher", "B. Scientist"],
                                      "keywords": ["climate", "ocean"], "size_bytes": {{{i * 1024}}}}}]}
            """));
        return $$$"""
            {"@datatype": "GSearchResult", "@version": "2017-09-01", "count": {{{results}}}, "offset": 0,
             "total": {{{results * 10}}}, "has_next_page": true, "facet_results": [], "gmeta": [{{{gmeta}}}]}
            """;
    }
}
