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
                AssertNoBody(request);
            }
            else
            {
                Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
                Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
            }
        });
    }

    /// <summary>
    /// Asserts that the request carried no content at all: no body bytes (WireMock shows that as null or
    /// empty, depending on the method) and no <c>Content-Type</c>, so an empty document sent as
    /// <c>application/json</c> does not pass for no body.
    /// </summary>
    public static void AssertNoBody(WireMock.RequestMessage request)
    {
        Assert.That(request.Body, Is.Null.Or.Empty, "no body");
        Assert.That(request.Headers?.ContainsKey("Content-Type") ?? false, Is.False, "no Content-Type");
    }
}
