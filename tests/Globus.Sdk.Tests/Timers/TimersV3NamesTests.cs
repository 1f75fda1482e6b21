using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Timers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Timers;

/// <summary>The Python SDK 3.x names (<c>TimerClient</c>, <c>TimerScopes</c>) still work, marked obsolete.</summary>
public class TimersV3NamesTests : WireMockTestBase
{
#pragma warning disable GLOBUS161, GLOBUS162 // the 3.x names, kept obsolete
    [Test]
    public async Task TimerClient_is_a_TimersClient_on_the_wire()
    {
        Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"jobs": []}"""));
        TimersClient client = new TimerClient(new AccessTokenAuthorizer("t"), Options());

        var jobs = await client.ListJobsAsync();

        Assert.That(SingleRequest.Path, Is.EqualTo("/jobs/"));
        Assert.That(jobs.Value.Jobs, Is.Empty);
        Assert.That(client.ServiceName, Is.EqualTo("timer"));
    }

    [Test]
    public void TimerScopes_are_TimersScopes() =>
        Assert.That((TimerScopes.ResourceServer, TimerScopes.Timer), Is.EqualTo((TimersScopes.ResourceServer, TimersScopes.Timer)));
#pragma warning restore GLOBUS161, GLOBUS162
}
