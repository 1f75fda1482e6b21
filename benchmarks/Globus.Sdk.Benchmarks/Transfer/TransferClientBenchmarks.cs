using BenchmarkDotNet.Attributes;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The SDK against a hand-written client (one shared <see cref="HttpClient"/>, pooled body buffer,
/// <c>Utf8JsonReader</c>), in one process, against the same loopback Kestrel Transfer fake: the calls of
/// <see cref="TransferCallBenchmarks"/>, and a walk over ten pages.
/// </summary>
public class TransferClientBenchmarks : TransferCallBenchmarks
{
    /// <summary>Tasks behind <c>endpoint_manager/task_list</c>: ten pages of 1,000.</summary>
    private const int WalkTasks = 10_000;

    private TransferFake _fake = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fake = await TransferFake.StartAsync(WalkTasks);
        Hand = new HandWrittenTransferClient(_fake.BaseUrl, Token);
        Sdk = new SdkTransferWorkloads(_fake.BaseUrl, Token);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        Hand.Dispose();
        await _fake.DisposeAsync();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("TaskWalk10000")]
    public Task<TaskPageSummary> TaskWalkHandWritten() => Hand.WalkEndpointManagerTasksAsync();

    [Benchmark, BenchmarkCategory("TaskWalk10000")]
    public Task<TaskPageSummary> TaskWalkSdkPaginated() => Sdk.WalkEndpointManagerTasksAsync();
}
