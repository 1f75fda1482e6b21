// Exercises the SDK's reflection-free paths offline, so the trimmed build proves they survive trimming.
using Globus.Sdk;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

var client = new BaseClient("transfer", new AccessTokenAuthorizer("token"), new GlobusClientOptions
{
    Environment = GlobusEnvironments.Preview,
    RetryPolicy = new RetryPolicy(maxRetries: 2),
});
Check(client.BaseUrl.AbsoluteUri == "https://transfer.api.preview.globus.org/", "environment table");

var response = GlobusResponse.FromJson("""{"DATA": [{"id": "abc"}], "request_id": "r1"}""");
Check(response["DATA"][0].GetProperty("id").GetString() == "abc", "response indexer");
Check(response.RequestId == "r1", "request id");

var error = new GlobusApiException(
    GlobusResponse.FromJson("""{"code": "ClientError.NotFound", "message": "missing"}""", 404), "GET", new Uri("https://x.example/a"));
Check(error.Code == "ClientError.NotFound" && error.ErrorMessage == "missing", "error parsing");

Console.WriteLine("trim check passed");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"trim check failed: {what}");
        Environment.Exit(1);
    }
}
