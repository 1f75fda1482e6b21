using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.ResponseBuilders;
using Request = WireMock.RequestBuilders.Request;

namespace Globus.Sdk.Tests.Errors;

/// <summary>
/// One failing call against WireMock: "Globus" answers the error body a test gives, and the test
/// reads the <see cref="GlobusApiException"/> the client raised.
/// </summary>
public abstract class ErrorWireTestBase : WireMockTestBase
{
    /// <summary>The access token the client sends; no exception text may ever show it.</summary>
    protected const string RequestToken = "secret-token-value";

    protected const string TaskPath = "/v0.10/task/t1";

    protected string TaskUrl => Server.Url + TaskPath;

    protected void Answer(int status, string body, string? contentType = "application/json", params (string Name, string Value)[] headers) =>
        Answer(status, response => response.WithBody(body), contentType, headers);

    protected void AnswerBytes(int status, byte[] body, string? contentType = "application/json") =>
        Answer(status, response => response.WithBody(body), contentType, []);

    /// <summary>
    /// Calls the server once (retries are the transport tests' concern) and returns what the client
    /// raised; fails unless it is exactly a <see cref="GlobusApiException"/>.
    /// </summary>
    protected GlobusApiException CallAndCatch() =>
        Assert.ThrowsAsync<GlobusApiException>(() =>
            new BaseClient("transfer", new AccessTokenAuthorizer(RequestToken), Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)))
                .GetAsync(TaskPath))!;

    private void Answer(int status, Func<IResponseBuilder, IResponseBuilder> withBody, string? contentType, (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        if (contentType is not null)
        {
            response = response.WithHeader("Content-Type", contentType);
        }

        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().UsingGet().WithPath(TaskPath)).RespondWith(withBody(response));
    }
}
