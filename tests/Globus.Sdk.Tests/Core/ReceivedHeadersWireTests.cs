using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Core;

/// <summary>
/// A received answer's headers become the response's dictionary when first read, after the HTTP exchange is
/// over: they are all there, a repeated header joined, and threads reading them at once share one dictionary.
/// </summary>
public class ReceivedHeadersWireTests : WireMockTestBase
{
    [Test]
    public async Task Headers_read_after_the_call_and_from_many_threads_are_one_complete_dictionary()
    {
        Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json; charset=utf-8")
            .WithHeader("X-Request-Id", "req-1")
            .WithHeader("X-Twice", "a", "b")
            .WithBody("""{"ok": true}"""));
        var response = await new BaseClient("transfer", null, Options()).GetAsync("/v0.10/x");

        var seen = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => response.Headers)));

        Assert.Multiple(() =>
        {
            Assert.That(seen.Distinct(), Has.Exactly(1).Items, "one dictionary, made once");
            Assert.That(response.Headers["x-request-id"], Is.EqualTo("req-1"));
            Assert.That(response.Headers["X-Twice"], Is.EqualTo("a, b"));
            Assert.That(response.Headers["Content-Type"], Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.ContentType, Is.EqualTo("application/json; charset=utf-8"));
        });
    }
}
