using System.Text.Json.Nodes;
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
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { pathAndQuery }));
            Assert.That(request.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer transfer-token" }));
            if (body is null)
            {
                Assert.That(request.Body, Is.Null.Or.Empty);
            }
            else
            {
                Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
            }

            Assert.That(response.HttpStatus, Is.EqualTo(200));
            Assert.That(read(response), Is.EqualTo(expected));
        });
    }
}
