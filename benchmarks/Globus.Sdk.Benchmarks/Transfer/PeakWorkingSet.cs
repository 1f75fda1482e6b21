using System.Diagnostics;
using System.Globalization;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The peak working set of a walk over 100,000 tasks (100 pages of 1,000, by last key): the fake runs in
/// this process, and each client walks in a fresh child process that reports its own peak, so the
/// server's memory is in neither number. Clients alternate, three runs each; the medians are compared.
/// </summary>
internal static class PeakWorkingSet
{
    public const string Command = "--peak-working-set";
    public const string ChildCommand = "--peak-working-set-child";
    private const int Tasks = 100_000;
    private const int Runs = 3;

    public static async Task<int> RunAsync()
    {
        await using var fake = await TransferFake.StartAsync(Tasks);
        var peaks = new Dictionary<string, List<long>> { ["hand-written"] = [], ["sdk"] = [] };
        for (var run = 0; run < Runs; run++)
        {
            foreach (var (client, list) in peaks)
            {
                list.Add(await RunChildProcessAsync(client, fake.BaseUrl));
            }
        }

        var hand = Median(peaks["hand-written"]);
        var sdk = Median(peaks["sdk"]);
        Console.WriteLine($"Peak working set walking {Tasks:N0} tasks (median of {Runs} child processes each):");
        Console.WriteLine($"  hand-written {hand / 1024.0 / 1024:F1} MiB  [{string.Join(", ", peaks["hand-written"].Select(Mib))}]");
        Console.WriteLine($"  sdk          {sdk / 1024.0 / 1024:F1} MiB  [{string.Join(", ", peaks["sdk"].Select(Mib))}]");
        Console.WriteLine($"  ratio sdk / hand-written: {(double)sdk / hand:F2}x");
        return 0;
    }

    /// <summary>In the child: walks every task with one client, then prints the process's peak working set.</summary>
    public static async Task<int> RunChildAsync(string client, Uri baseUrl)
    {
        var summary = client == "sdk"
            ? await new SdkTransferWorkloads(baseUrl, "benchmark-token-0123456789").WalkEndpointManagerTasksAsync()
            : await WalkHandWrittenAsync(baseUrl);
        if (summary.Tasks != Tasks)
        {
            throw new InvalidOperationException($"{client} walked {summary.Tasks} tasks, not {Tasks}.");
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(process.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static async Task<TaskPageSummary> WalkHandWrittenAsync(Uri baseUrl)
    {
        using var hand = new HandWrittenTransferClient(baseUrl, "benchmark-token-0123456789");
        return await hand.WalkEndpointManagerTasksAsync();
    }

    private static async Task<long> RunChildProcessAsync(string client, Uri baseUrl)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (!Environment.ProcessPath!.EndsWith("Globus.Sdk.Benchmarks", StringComparison.Ordinal)
            && !Environment.ProcessPath.EndsWith("Globus.Sdk.Benchmarks.exe", StringComparison.Ordinal))
        {
            // Run through the dotnet host: the process path is the host, so the assembly goes first.
            start.ArgumentList.Add(typeof(PeakWorkingSet).Assembly.Location);
        }

        start.ArgumentList.Add(ChildCommand);
        start.ArgumentList.Add(client);
        start.ArgumentList.Add(baseUrl.ToString());
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {client} walk failed (exit code {process.ExitCode}).");
        }

        return long.Parse(output.Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024).ToString("F1", CultureInfo.InvariantCulture);
}
