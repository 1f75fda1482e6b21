using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The same workloads as <see cref="TransferClientBenchmarks"/> through <see cref="InMemoryTransfer"/> instead of the
/// loopback fake: no socket, no server, so the time and bytes are each client's own work per call (the transport's
/// own response objects are in both). Steadier than the loopback run on a shared machine, and it shows where the
/// SDK's cost is: sending and answering, or decoding.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class InMemoryTransferBenchmarks
{
    private static readonly Uri BaseUrl = new("https://transfer.api.globus.org/");
    private const string Token = "benchmark-token-0123456789";

    private HandWrittenTransferClient _hand = null!;
    private SdkTransferWorkloads _sdk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hand = new HandWrittenTransferClient(BaseUrl, Token, new InMemoryTransfer());
        _sdk = new SdkTransferWorkloads(BaseUrl, Token, new InMemoryTransfer());
    }

    [GlobalCleanup]
    public void Cleanup() => _hand.Dispose();

    [Benchmark(Baseline = true), BenchmarkCategory("GetEndpoint")]
    public async Task<string?> GetEndpointHandWritten() => (await _hand.GetEndpointAsync(TransferDocuments.EndpointId)).DisplayName;

    [Benchmark, BenchmarkCategory("GetEndpoint")]
    public Task<string?> GetEndpointSdk() => _sdk.GetEndpointAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListHandWritten() => _hand.TaskListAsync(0);

    [Benchmark, BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListSdkPaginated() => _sdk.PageTaskListAsync();
}
