using System.Text.Json.Nodes;

namespace Globus.Sdk.Tests.Support;

/// <summary>The checks every "one operation, one exact request" wire test makes of what the server received.</summary>
public static class WireAssert
{
    /// <summary>
    /// The request had this method, exactly this request-target (as the recorder saw it, escaping
    /// included), the caller's bearer token, and this JSON body (compared as JSON) or none.
    /// </summary>
    public static void OneExactRequest(
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
