using Globus.Sdk.Auth;

namespace Globus.Sdk.Authorizers;

/// <summary>
/// The base of authorizers that obtain a new access token by themselves when theirs is missing, about
/// to expire (within 60 seconds) or rejected by a service (a 401): <see cref="RefreshTokenAuthorizer"/>
/// and <see cref="ClientCredentialsAuthorizer"/>. Python's <c>RenewingAuthorizer</c>.
/// </summary>
/// <remarks>
/// <para>Renewal is single-flight: however many requests find the token expired at once, one token
/// request is sent and all of them wait for it. If it fails, each of them receives the failure (an
/// <see cref="AuthApiException"/> when Globus Auth refused), and the next request tries again. A caller
/// that cancels stops waiting, but does not cancel the renewal the others are waiting for.</para>
/// <para>Safe to use from several threads and clients at once. Tokens never appear in
/// <see cref="ToString"/>, logs or exception messages.</para>
/// </remarks>
public abstract class RenewingAuthorizer : IGlobusAuthorizer
{
    /// <summary>A token that expires within this many seconds is renewed before use, as in Python.</summary>
    public const int ExpiryMarginSeconds = 60;

    private readonly Func<OAuthTokenResponse, CancellationToken, ValueTask>? _onRefresh;
    private readonly object _sync = new();
    private volatile CurrentToken? _current;
    private Task<CurrentToken>? _renewal;

    /// <summary>Creates the authorizer, with an access token to use first when one is known.</summary>
    /// <param name="accessToken">An access token obtained earlier (for example from token storage), or null to get one on first use.</param>
    /// <param name="expiresAt">When <paramref name="accessToken"/> expires, in seconds since the Unix epoch; required with it.</param>
    /// <param name="onRefresh">Called with each new token response, for example a token storage's <c>OnRefresh</c>.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock when null.</param>
    /// <exception cref="GlobusSdkUsageException">An access token was given without its expiry.</exception>
    protected RenewingAuthorizer(
        string? accessToken,
        long? expiresAt,
        Func<OAuthTokenResponse, CancellationToken, ValueTask>? onRefresh,
        TimeProvider? timeProvider)
    {
        if (accessToken is not null && expiresAt is null)
        {
            // Without its expiry the token could be used after it expired, failing requests that a
            // renewal would have saved; Python refuses the same combination.
            throw new GlobusSdkUsageException(
                $"{GetType().Name} was given an access token without its expiry: pass expiresAt (seconds since the Unix epoch) too, or neither.");
        }

        _onRefresh = onRefresh;
        TimeProvider = timeProvider ?? TimeProvider.System;
        if (accessToken is not null)
        {
            _current = new CurrentToken(accessToken, expiresAt!.Value);
        }
    }

    /// <summary>The current access token, or null when none is held (before the first renewal, or after a 401).</summary>
    public string? AccessToken => _current?.AccessToken;

    /// <summary>When the current access token expires, in seconds since the Unix epoch, or null when none is held.</summary>
    public long? ExpiresAt => _current?.ExpiresAt;

    /// <summary>The clock that decides expiry.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <inheritdoc/>
    /// <exception cref="AuthApiException">Globus Auth refused to issue a new token.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached.</exception>
    public async ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is null || ExpiresSoon(current))
        {
            current = await RenewAsync(cancellationToken).ConfigureAwait(false);
        }

        return current.Header;
    }

    /// <inheritdoc/>
    /// <returns>Always true: the token is dropped, and the next request obtains a new one.</returns>
    /// <remarks>
    /// The SDK's own retry check calls <see cref="HandleRejected"/> instead, with the header the refused attempt
    /// sent, so that a 401 for an old token never throws away a token another request has just renewed.
    /// </remarks>
    public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default)
    {
        _current = null;
        return new(true);
    }

    /// <summary>
    /// A service refused the <c>Authorization</c> value <paramref name="sentHeader"/>: the current token is
    /// dropped only when it is the one that was sent (one renewed since is kept), and the request may be retried.
    /// </summary>
    /// <param name="sentHeader">The header value the refused attempt carried.</param>
    /// <returns>Always true: the retry carries a newer token, or obtains one.</returns>
    internal bool HandleRejected(string sentHeader)
    {
        var current = _current;
        if (current is not null && string.Equals(current.Header, sentHeader, StringComparison.Ordinal))
        {
            // Only if no renewal replaced it in between.
            Interlocked.CompareExchange(ref _current, null, current);
        }

        return true;
    }

    /// <summary>Asks Globus Auth for new tokens (Python's <c>_get_token_response</c>).</summary>
    /// <param name="cancellationToken">Cancels the request; renewals shared by several callers pass none.</param>
    /// <returns>The token response.</returns>
    protected abstract Task<OAuthTokenResponse> GetTokenResponseAsync(CancellationToken cancellationToken);

    /// <summary>Picks this authorizer's token out of a token response (Python's <c>_extract_token_data</c>).</summary>
    /// <param name="response">The response of <see cref="GetTokenResponseAsync"/>.</param>
    /// <returns>The token to use.</returns>
    /// <exception cref="GlobusSdkUsageException">The response does not hold exactly one token.</exception>
    protected virtual OAuthTokenData ExtractTokenData(OAuthTokenResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.ByResourceServer.Count != 1)
        {
            throw new GlobusSdkUsageException(
                $"{GetType().Name} expected exactly one token from Globus Auth but received {response.ByResourceServer.Count} "
                + $"(resource servers: [{string.Join(", ", response.ByResourceServer.Keys)}]); ask for scopes of one resource server.");
        }

        return response.ByResourceServer.Values.Single();
    }

    /// <summary>Called with each new token before it is used: lets a subclass adopt further fields (a rotated refresh token).</summary>
    /// <param name="tokenData">The new token.</param>
    protected virtual void OnNewToken(OAuthTokenData tokenData)
    {
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{GetType().Name}(access_token: {(_current is null ? "null" : SecretRedaction.Redacted)}, expires_at: {_current?.ExpiresAt.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"})";

    private bool ExpiresSoon(CurrentToken token) =>
        TimeProvider.GetUtcNow().ToUnixTimeSeconds() >= token.ExpiresAt - ExpiryMarginSeconds;

    private Task<CurrentToken> RenewAsync(CancellationToken cancellationToken)
    {
        Task<CurrentToken> renewal;
        lock (_sync)
        {
            // Another caller may have finished a renewal while this one waited for the lock.
            if (_current is { } current && !ExpiresSoon(current))
            {
                return Task.FromResult(current);
            }

            renewal = _renewal ??= RenewSharedAsync();
        }

        // WaitAsync: a caller that cancels stops waiting without cancelling the renewal others share.
        return renewal.WaitAsync(cancellationToken);
    }

    private async Task<CurrentToken> RenewSharedAsync()
    {
        // Yield first, so this task is stored in _renewal (under the lock) before any of it runs and
        // before its finally block clears _renewal again.
        await Task.Yield();
        try
        {
            var response = await GetTokenResponseAsync(CancellationToken.None).ConfigureAwait(false);
            var tokenData = ExtractTokenData(response);
            if (!Transport.HeaderValues.IsValidValue(tokenData.AccessToken))
            {
                // Sent as it is, it would add headers of its own to every request.
                throw new GlobusResponseDecodingException(response, typeof(OAuthTokenData), new System.Text.Json.JsonException(
                    "The access_token of Globus Auth's answer has a line break or another control character, so it cannot be sent in a header."));
            }

            OnNewToken(tokenData);
            var renewed = new CurrentToken(tokenData.AccessToken, tokenData.ExpiresAtSeconds);
            _current = renewed;
            if (_onRefresh is not null)
            {
                await _onRefresh(response, CancellationToken.None).ConfigureAwait(false);
            }

            return renewed;
        }
        finally
        {
            lock (_sync)
            {
                _renewal = null;
            }
        }
    }

    private sealed class CurrentToken(string accessToken, long expiresAt)
    {
        public string AccessToken { get; } = accessToken;

        public long ExpiresAt { get; } = expiresAt;

        public string Header { get; } = "Bearer " + accessToken;
    }
}
