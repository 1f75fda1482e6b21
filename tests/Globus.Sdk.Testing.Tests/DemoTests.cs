using Globus.Sdk.Demo;

namespace Globus.Sdk.Testing.Tests;

/// <summary>The demo the README starts with: its whole flow against the fake it starts, with no account and no network.</summary>
public class DemoTests
{
    [Test]
    public async Task The_demo_searches_transfers_follows_the_task_to_success_and_pages_the_task_list()
    {
        using var fake = new GlobusFake();
        var output = new StringWriter();
        var settings = await DemoCommand.StartFakeGlobusAsync(fake, output, pollingInterval: TimeSpan.Zero, CancellationToken.None);

        var outcome = await new DemoFlow(settings, output, interactive: false).RunAsync(CancellationToken.None);

        Assert.That(outcome.Found, Has.Count.EqualTo(3), output.ToString());
        Assert.That(outcome.Submitted, Has.Count.EqualTo(3));
        Assert.That(outcome.FinalStatus, Is.EqualTo("SUCCEEDED"));
        Assert.That((outcome.Listed, outcome.Pages), Is.EqualTo((3, 2)));
        var text = output.ToString();
        Assert.That(text, Does.Contain("ACTIVE: 0/4 files").And.Contain("ACTIVE: 2/4 files").And.Contain("SUCCEEDED: 4/4 files"));
        Assert.That(fake.Auth.Requests.Count(r => r.Path == "/v2/oauth2/token"), Is.EqualTo(3), "the portal's token, then one for Search and one for Transfer");
        Assert.That(fake.Transfer.Requests.Where(r => r.MethodName == "SubmitTransferAsync").Select(r => r.Json!["DATA"]!.AsArray().Count), Is.All.EqualTo(4));
    }

    [Test]
    public async Task Help_explains_how_to_run_against_globus_and_real_without_credentials_is_refused()
    {
        var help = new StringWriter();
        var refused = new StringWriter();

        Assert.That(await DemoCommand.RunAsync(["--help"], help, interactive: false, CancellationToken.None), Is.Zero);
        Assert.That(await DemoCommand.RunAsync(["--real"], refused, interactive: false, CancellationToken.None), Is.EqualTo(2));

        Assert.That(help.ToString(), Does.Contain("app.globus.org/settings/developers").And.Contain("--client-secret"));
        Assert.That(refused.ToString(), Does.Contain("needs a client id and secret"));
    }
}
