using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// What the Transfer wire tests share: a test case of one typed call, and the check that it sent exactly one
/// request (method, escaped path and query, JSON body, token) and read the expected value back.
/// </summary>
public abstract class TransferWireTestBase : WireMockTestBase
{
    internal static TestCaseData Case<T>(
        string name, Func<TransferClient, Task<GlobusResponse<T>>> call, string method, string pathAndQuery, string? body,
        string answer, Func<T, object?> read, object? expected) =>
        new TestCaseData(
                new Func<TransferClient, Task<GlobusResponse>>(async c => await call(c)), method, pathAndQuery, body, answer,
                new Func<GlobusResponse, object?>(r => read(((GlobusResponse<T>)r).Value)), expected)
            .SetName($"{name}_is_one_{method}_and_reads_its_document");

    /// <summary>
    /// Each case of the fixture's own static <c>Operations</c> source: NUnit looks the source up on the
    /// derived fixture, so every fixture lists its operations and shares this test.
    /// </summary>
    [TestCaseSource("Operations")]
    public Task Operation_sends_one_exact_request_and_reads_the_answer(
        Func<TransferClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body, string answer,
        Func<GlobusResponse, object?> read, object? expected) =>
        AssertOneExactRequest(call, method, pathAndQuery, body, answer, read, expected);

    /// <summary>Sends one call to a fresh client and checks the request on the wire and the value read from the answer.</summary>
    internal async Task AssertOneExactRequest(
        Func<TransferClient, Task<GlobusResponse>> call, string method, string pathAndQuery, string? body, string answer,
        Func<GlobusResponse, object?> read, object? expected)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(answer));
        var recorder = new RecordingHandler();
        var client = new TransferClient(new AccessTokenAuthorizer("transfer-token"), Options(o => o.HttpMessageHandler = recorder));

        var response = await call(client);

        var request = SingleRequest;
        Assert.Multiple(() =>
        {
            ExactRequestAssertions.AssertExactRequest(request, recorder, method, pathAndQuery, body, "transfer-token");

            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(read(response), Is.EqualTo(expected));
        });
    }

    /// <summary>Checks that <paramref name="call"/> is refused with an <see cref="ArgumentException"/> naming <paramref name="parameter"/>, before any request.</summary>
    internal void AssertRefusedBeforeAnyRequest(Func<TransferClient, Task> call, string parameter)
    {
        var client = new TransferClient(options: Options());

        var error = Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => call(client));

        Assert.That(((ArgumentException)error!).ParamName, Is.EqualTo(parameter));
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
