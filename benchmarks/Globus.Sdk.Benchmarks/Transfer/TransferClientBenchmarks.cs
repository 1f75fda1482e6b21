using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The SDK against a hand-written client (one shared <see cref="HttpClient"/>, pooled body buffer,
/// <c>Utf8JsonReader</c>), in one process, against the same loopback Kestrel Transfer fake. Each category
/// has the hand-written client as its baseline, so the Ratio column is the SDK's time over the hand-written
/// client's, and Alloc Ratio its managed bytes over the hand-written client's.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TransferClientBenchmarks
{
    private const string Token = "benchmark-token-0123456789";

    /// <summary>Tasks behind <c>endpoint_manager/task_list</c>: ten pages of 1,000.</summary>
    private const int WalkTasks = 10_000;

    private TransferFake _fake = null!;
    private HandWrittenTransferClient _hand = null!;
    private SdkTransferWorkloads _sdk = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fake = await TransferFake.StartAsync(WalkTasks);
        _hand = new HandWrittenTransferClient(_fake.BaseUrl, Token);
        _sdk = new SdkTransferWorkloads(_fake.BaseUrl, Token);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _hand.Dispose();
        await _fake.DisposeAsync();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GetEndpoint")]
    public async Task<string?> GetEndpointHandWritten() => (await _hand.GetEndpointAsync(TransferDocuments.EndpointId)).DisplayName;

    [Benchmark, BenchmarkCategory("GetEndpoint")]
    public Task<string?> GetEndpointSdk() => _sdk.GetEndpointAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListHandWritten() => _hand.TaskListAsync(0);

    [Benchmark, BenchmarkCategory("TaskList1000")]
    public Task<TaskPageSummary> TaskListSdkPaginated() => _sdk.PageTaskListAsync();

    [Benchmark(Baseline = true), BenchmarkCategory("TaskWalk10000")]
    public Task<TaskPageSummary> TaskWalkHandWritten() => _hand.WalkEndpointManagerTasksAsync();

    [Benchmark, BenchmarkCategory("TaskWalk10000")]
    public Task<TaskPageSummary> TaskWalkSdkPaginated() => _sdk.WalkEndpointManagerTasksAsync();
}
