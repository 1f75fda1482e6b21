using Globus.Sdk.Authorizers;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// The authorizer of a client built with a <see cref="GlobusApp"/>: asks the app for its resource
/// server's authorizer on every request (Python's <c>GlobusAppAuthorizer</c> resolves it through the app
/// the same way), and, when the app re-drives authorization requirements errors, carries that retry check.
/// </summary>
internal sealed class GlobusAppAuthorizer : IGlobusAuthorizer
{
    private readonly RegisteredRetryCheck _redriveOnce;

    // One list for the life of the authorizer: the client reads it on every answer.
    private readonly RetryCheck[] _redrive;

    public GlobusAppAuthorizer(GlobusApp app, string resourceServer)
    {
        App = app;
        ResourceServer = resourceServer;
        _redrive = [RedriveGareAsync];
        _redriveOnce = new RegisteredRetryCheck(_redrive[0], RetryCheckFlags.RunOnce);
    }

    public GlobusApp App { get; }

    public string ResourceServer { get; }

    /// <summary>The checks the client runs before its own: the GARE re-drive when the app asks for it.</summary>
    public IReadOnlyList<RetryCheck> RetryChecks => App.Config.AutoRedriveGares ? _redrive : [];

    public async ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default)
    {
        var inner = await App.GetAuthorizerAsync(ResourceServer, cancellationToken).ConfigureAwait(false);
        return await inner.GetAuthorizationHeaderAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default)
    {
        var inner = await App.GetAuthorizerAsync(ResourceServer, cancellationToken).ConfigureAwait(false);
        return await inner.HandleMissingAuthorizationAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => $"{nameof(GlobusAppAuthorizer)}(resource_server: {ResourceServer}, app: {App.AppName})";

    /// <summary>
    /// On a 403 that is an authorization requirements error, logs in with its parameters and retries
    /// (Python's <c>_RedriveGlobusAppGARE</c>); at most once per call.
    /// </summary>
    [DecidesOnErrorAnswersOnly]
    private async ValueTask<RetryCheckResult> RedriveGareAsync(RetryContext context)
    {
        if (context.Response is not { HttpStatus: 403 } response
            || GareParser.Parse(response.Data) is not { } authParams
            || !context.CallState.MarkRun(_redriveOnce))
        {
            return RetryCheckResult.NoDecision;
        }

        await App.LoginAsync(authParams, cancellationToken: context.CancellationToken).ConfigureAwait(false);
        return RetryCheckResult.DoRetry;
    }
}
