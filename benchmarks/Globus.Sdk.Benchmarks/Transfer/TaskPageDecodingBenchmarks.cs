using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Globus.Sdk.Transfer;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// Decoding one page of 1,000 tasks (about 60 fields each, as the Transfer fake serves them) into the typed
/// models, without the HTTP round trip: the SDK's floor for a paged walk. The baseline parses the same bytes
/// with <see cref="JsonDocument"/> and reads each task's status and bytes, as a DOM user would; Allocated over
/// 1,000 is the managed bytes per decoded task.
/// </summary>
[MemoryDiagnoser]
public class TaskPageDecodingBenchmarks
{
    private readonly byte[] _page = Encoding.UTF8.GetBytes(
        "{\"DATA_TYPE\": \"task_list\", \"offset\": 0, \"limit\": 1000, \"total\": 1000, \"DATA\": ["
        + Encoding.UTF8.GetString(TransferDocuments.TaskItems(1000)) + "]}");

    [Benchmark(Baseline = true)]
    public long JsonDocumentDom()
    {
        using var document = JsonDocument.Parse(_page);
        long bytes = 0;
        foreach (var task in document.RootElement.GetProperty("DATA").EnumerateArray())
        {
            bytes += task.GetProperty("status").ValueEquals("ACTIVE"u8) ? task.GetProperty("bytes_transferred").GetInt64() : 0;
        }

        return bytes;
    }

    [Benchmark]
    public long SdkConverters()
    {
        var page = JsonSerializer.Deserialize(_page, TransferJsonContext.Default.TransferTaskList)!;
        long bytes = 0;
        foreach (var task in page)
        {
            bytes += task.Status?.Value == "ACTIVE" ? task.BytesTransferred ?? 0 : 0;
        }

        return bytes;
    }
}
