using BenchmarkDotNet.Running;
using Globus.Sdk.Benchmarks.Transfer;

// The peak working set is a process-wide number, so it is measured in child processes, not by BenchmarkDotNet.
return args switch
{
    [PeakWorkingSet.Command] => await PeakWorkingSet.RunAsync(),
    [Smoke.Command] => await Smoke.RunAsync(),
    [InterleavedRatios.Command] => await InterleavedRatios.RunAsync(),
    [PeakWorkingSet.ChildCommand, var client, var baseUrl] => await PeakWorkingSet.RunChildAsync(client, new Uri(baseUrl)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
