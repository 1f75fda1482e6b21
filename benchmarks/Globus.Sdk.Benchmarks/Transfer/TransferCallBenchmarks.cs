using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The calls every Transfer comparison measures, the hand-written client as each category's baseline: the Ratio
/// column is the SDK's time over the hand-written client's, and Alloc Ratio its managed bytes. A derived class
/// says where the calls go.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class TransferCallBenchmarks
{
    protected const string Token = "benchmark-token-0123456789";

    private protected HandWrittenTransferClient Hand { get; set; } = null!;

    private protected SdkTransferWorkloads Sdk { get; set; } = null!;

    [Benchmark(Baseline = true), BenchmarkCategory("GetEndpoint")]
    public async Task<string?> GetEndpointHandWritten() => (await Hand.GetEndpointAsync(TransferDocuments.EndpointId)).DisplayName;

    [Benchmark, BenchmarkCategory("GetEndpoint")]
    public Task<string?> GetEndpointSdk() => Sdk.GetEndpointAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListHandWritten() => Hand.TaskListAsync(0);

    [Benchmark, BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListSdkPaginated() => Sdk.PageTaskListAsync();

    [Benchmark, BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListSdkTyped() => Sdk.TypedTaskListAsync();
}
