using Globus.Sdk.Authorizers;

namespace Globus.Sdk.Tests.Support;

/// <summary>An authorizer that can renew: each renewal hands out the next token of a list.</summary>
public sealed class RenewingTestAuthorizer(params string[] tokens) : IGlobusAuthorizer
{
    private int _current;

    public int Renewals { get; private set; }

    public ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default) =>
        new("Bearer " + tokens[Math.Min(_current, tokens.Length - 1)]);

    public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default)
    {
        Renewals++;
        _current++;
        return new(true);
    }
}
