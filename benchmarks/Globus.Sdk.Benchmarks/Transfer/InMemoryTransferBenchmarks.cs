using BenchmarkDotNet.Attributes;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// The calls of <see cref="TransferCallBenchmarks"/> through <see cref="InMemoryTransfer"/> instead of the loopback
/// fake: no socket, no server, so the time and bytes are each client's own work per call (the transport's own
/// response objects are in both), which shows where the SDK's cost is: sending and answering, or decoding.
/// </summary>
public class InMemoryTransferBenchmarks : TransferCallBenchmarks
{
    private static readonly Uri BaseUrl = new("https://transfer.api.globus.org/");

    [GlobalSetup]
    public void Setup()
    {
        Hand = new HandWrittenTransferClient(BaseUrl, Token, new InMemoryTransfer());
        Sdk = new SdkTransferWorkloads(BaseUrl, Token, new InMemoryTransfer());
    }

    [GlobalCleanup]
    public void Cleanup() => Hand.Dispose();
}
