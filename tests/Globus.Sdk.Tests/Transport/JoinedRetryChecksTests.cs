using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Transport;

/// <summary>
/// A client built with a <see cref="GlobusApp"/> asks the app's checks, then its own, on every answer: the two
/// lists are read each time, so a change to either is seen at once, but an answer that changes nothing builds no list.
/// </summary>
public class JoinedRetryChecksTests
{
    private static readonly RetryCheck App = _ => ValueTask.FromResult(RetryCheckResult.NoDecision);
    private static readonly RetryCheck Service = _ => ValueTask.FromResult(RetryCheckResult.DoRetry);
    private static readonly RetryCheck Other = _ => ValueTask.FromResult(RetryCheckResult.DoNotRetry);

    [Test]
    public void The_apps_checks_come_first_and_an_unchanged_pair_gives_the_same_list()
    {
        RetryCheck[] app = [App];
        RetryCheck[] service = [Service];
        var joined = new JoinedRetryChecks(() => app, () => service);

        var first = joined.Read();
        var second = joined.Read();

        Assert.That(first, Is.EqualTo(new[] { App, Service }));
        Assert.That(second, Is.SameAs(first), "nothing changed, so no list is built");
    }

    [Test]
    public void A_list_that_changes_between_answers_is_seen_at_the_next_one()
    {
        RetryCheck[] app = [App];
        List<RetryCheck> service = [Service];
        var joined = new JoinedRetryChecks(() => app, () => service);
        _ = joined.Read();

        service[0] = Other;
        var afterReplace = joined.Read();
        service.Add(Service);
        var afterAdd = joined.Read();
        app = [];
        var withoutApp = joined.Read();

        Assert.That(afterReplace, Is.EqualTo(new[] { App, Other }));
        Assert.That(afterAdd, Is.EqualTo(new[] { App, Other, Service }));
        Assert.That(withoutApp, Is.SameAs(service), "with one list empty, the other is asked as it is");
    }
}
