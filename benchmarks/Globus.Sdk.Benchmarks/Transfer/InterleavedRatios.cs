using System.Diagnostics;
using System.Globalization;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The SDK's time over the hand-written client's, measured in alternating rounds in one process: a stretch when
/// the machine runs slower (on a shared build machine it can double every time for seconds) slows both sides of
/// a round alike, so the median of the rounds' ratios stays put where BenchmarkDotNet's, taken from runs minutes
/// apart, moves. A cross-check of the BenchmarkDotNet tables, not a replacement: it has no memory diagnoser.
/// </summary>
internal static class InterleavedRatios
{
    public const string Command = "--ratios";

    private const int WarmupRounds = 10;
    private const int Rounds = 30;

    public static async Task<int> RunAsync()
    {
        await using var fake = await TransferFake.StartAsync(10_000);
        using var hand = new HandWrittenTransferClient(fake.BaseUrl, "t");
        var sdk = new SdkTransferWorkloads(fake.BaseUrl, "t");
        using var handInMemory = new HandWrittenTransferClient(fake.BaseUrl, "t", new InMemoryTransfer());
        var sdkInMemory = new SdkTransferWorkloads(fake.BaseUrl, "t", new InMemoryTransfer());
        Comparison[] comparisons =
        [
            new("GetEndpoint, in memory", 2000, async () => await handInMemory.GetEndpointAsync(TransferDocuments.EndpointId), () => sdkInMemory.GetEndpointAsync()),
            new("task_list page, in memory", 20, () => handInMemory.TaskListAsync(0), () => sdkInMemory.PageTaskListAsync()),
            new("GetEndpoint, loopback", 500, async () => await hand.GetEndpointAsync(TransferDocuments.EndpointId), () => sdk.GetEndpointAsync()),
            new("task_list page, loopback", 20, () => hand.TaskListAsync(0), () => sdk.PageTaskListAsync()),
            new("10-page walk, loopback", 2, () => hand.WalkEndpointManagerTasksAsync(), () => sdk.WalkEndpointManagerTasksAsync()),
        ];

        // Every workload warms up before any is measured, so no measurement waits on the JIT compiling another's code.
        foreach (var comparison in comparisons)
        {
            await comparison.RunAsync(WarmupRounds);
        }

        Console.WriteLine($"SDK / hand-written time, median of {Rounds} alternating rounds, with the middle half of the rounds:");
        foreach (var comparison in comparisons)
        {
            Console.WriteLine(await comparison.RunAsync(Rounds));
        }

        return 0;
    }

    private sealed record Comparison(string Name, int CallsPerRound, Func<Task> Hand, Func<Task> Sdk)
    {
        /// <summary>Runs <paramref name="rounds"/> rounds; the line that reports them.</summary>
        public async Task<string> RunAsync(int rounds)
        {
            var ratios = new List<double>();
            var handTimes = new List<double>();
            var sdkTimes = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                // Which side goes first alternates, so a slowdown that starts mid-round favours neither.
                var handFirst = round % 2 == 0;
                var first = await TimeAsync(CallsPerRound, handFirst ? Hand : Sdk);
                var second = await TimeAsync(CallsPerRound, handFirst ? Sdk : Hand);
                var (handTime, sdkTime) = handFirst ? (first, second) : (second, first);
                ratios.Add(sdkTime / handTime);
                handTimes.Add(handTime);
                sdkTimes.Add(sdkTime);
            }

            ratios.Sort();
            return string.Create(
                CultureInfo.InvariantCulture,
                $"  {Name,-26} {ratios[rounds / 2]:F2}x  [{ratios[rounds / 4]:F2}, {ratios[3 * rounds / 4]:F2}]   hand {Median(handTimes):F1} us, sdk {Median(sdkTimes):F1} us");
        }
    }

    private static async Task<double> TimeAsync(int calls, Func<Task> call)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
