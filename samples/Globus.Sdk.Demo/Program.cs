// The Globus.Sdk demo: runs with no account and no network against the fake Globus of Globus.Sdk.Testing,
// or against Globus itself with --real. `dotnet run --project samples/Globus.Sdk.Demo -- --help` says more.
using Globus.Sdk.Demo;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await DemoCommand.RunAsync(args, Console.Out, interactive: !Console.IsOutputRedirected, cancel.Token);
