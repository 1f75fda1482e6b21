using System.Diagnostics;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>A quick check outside BenchmarkDotNet: both clients give the same answers, with rough timings.</summary>
internal static class Smoke
{
    public const string Command = "--smoke";

    public static async Task<int> RunAsync()
    {
        await using var fake = await TransferFake.StartAsync(10_000);
        using var hand = new HandWrittenTransferClient(fake.BaseUrl, "t");
        var sdk = new SdkTransferWorkloads(fake.BaseUrl, "t");
        Console.WriteLine($"endpoint: {(await hand.GetEndpointAsync(TransferDocuments.EndpointId)).DisplayName} / {await sdk.GetEndpointAsync()}");
        Console.WriteLine($"task_list: {Describe(await hand.TaskListAsync(0))} / {Describe(await sdk.PageTaskListAsync())} / typed {Describe(await sdk.TypedTaskListAsync())}");
        Console.WriteLine($"walk: {Describe(await hand.WalkEndpointManagerTasksAsync())} / {Describe(await sdk.WalkEndpointManagerTasksAsync())}");
        using var handInMemory = new HandWrittenTransferClient(fake.BaseUrl, "t", new InMemoryTransfer());
        var sdkInMemory = new SdkTransferWorkloads(fake.BaseUrl, "t", new InMemoryTransfer());
        Console.WriteLine($"in memory: {(await handInMemory.GetEndpointAsync(TransferDocuments.EndpointId)).DisplayName} / {await sdkInMemory.GetEndpointAsync()}; "
            + $"{Describe(await handInMemory.TaskListAsync(0))} / {Describe(await sdkInMemory.PageTaskListAsync())}");
        await TimeAsync("GET hand", 300, async () => await hand.GetEndpointAsync(TransferDocuments.EndpointId));
        await TimeAsync("GET sdk", 300, async () => await sdk.GetEndpointAsync());
        await TimeAsync("page hand", 20, async () => await hand.TaskListAsync(0));
        await TimeAsync("page sdk", 20, async () => await sdk.PageTaskListAsync());
        return 0;
    }

    private static string Describe(TaskPageSummary s) => $"{s.Tasks} tasks, {s.Active} active, {s.Bytes} bytes";

    private static async Task TimeAsync(string name, int count, Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await work();
        }

        Console.WriteLine($"{name}: {watch.Elapsed.TotalMicroseconds / count:F0} us");
    }
}
