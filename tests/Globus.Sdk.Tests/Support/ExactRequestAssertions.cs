using System.Text.Json.Nodes;

namespace Globus.Sdk.Tests.Support;

/// <summary>The checks every wire test of a generated operation makes of the one request it sent.</summary>
public static class ExactRequestAssertions
{
    /// <summary>
    /// Asserts, reporting every failure together, the method, the escaped path and query as sent, the
    /// bearer token, and the JSON body (compared as JSON), or that there was none.
    /// </summary>
    public static void AssertExactRequest(
        WireMock.RequestMessage request, RecordingHandler recorder, string method, string pathAndQuery, string? body, string token)
    {
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { pathAndQuery }));
            Assert.That(request.Headers!["Authorization"], Is.EqualTo(new[] { "Bearer " + token }));
            if (body is null)
            {
                Assert.That(request.Body, Is.Null.Or.Empty);
            }
            else
            {
                Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
            }
        });
    }
}
