using System.Text.Json.Nodes;
using WireMock;

namespace Globus.Sdk.Tests.Support;

/// <summary>Checks of the one request a test made: method, exact escaped path and query, token and JSON body.</summary>
public static class SentRequest
{
    /// <summary>
    /// Asserts the request's method, the request-target the <paramref name="recorder"/> saw (the only one),
    /// the bearer token, and the JSON body (none when <paramref name="body"/> is null).
    /// </summary>
    public static void AssertIs(RequestMessage request, RecordingHandler recorder, string method, string pathAndQuery, string? body, string token)
    {
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(recorder.PathsAndQueries, Is.EqualTo(new[] { pathAndQuery }));
            Assert.That(request.Headers!["Authorization"], Is.EqualTo(new[] { $"Bearer {token}" }));
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
