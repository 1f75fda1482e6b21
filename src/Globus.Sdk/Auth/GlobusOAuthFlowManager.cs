using System.Text;

namespace Globus.Sdk.Auth;

/// <summary>
/// An OAuth2 flow in progress: its parameters, the URL that starts it and the exchange that ends it.
/// <see cref="GlobusNativeAppFlowManager"/> and <see cref="GlobusAuthorizationCodeFlowManager"/> are the
/// two kinds; <c>OAuth2StartFlow</c> on a login client creates one and keeps it as
/// <see cref="AuthLoginClient.CurrentOAuth2FlowManager"/>.
/// </summary>
/// <remarks>
/// A flow manager is immutable once built and safe to share between threads. It holds no more than
/// its constructor's arguments, so a web app can keep those in the user's session between the
/// redirect to Globus Auth and the callback, and build an equal flow manager again from them.
/// </remarks>
public abstract class GlobusOAuthFlowManager
{
    /// <summary>Creates a flow manager that sends its requests with <paramref name="authClient"/>.</summary>
    /// <param name="authClient">The login client that exchanges the code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="authClient"/> is null.</exception>
    private protected GlobusOAuthFlowManager(AuthLoginClient authClient)
    {
        ArgumentNullException.ThrowIfNull(authClient);
        AuthClient = authClient;
    }

    /// <summary>The login client of the flow.</summary>
    public AuthLoginClient AuthClient { get; }

    /// <summary>The app's client id.</summary>
    public string ClientId => AuthClient.ClientId;

    /// <summary>
    /// The URL to send the user to: Globus Auth's <c>/v2/oauth2/authorize</c> with the flow's parameters.
    /// After login Globus Auth redirects to the flow's redirect URI with <c>code</c> and <c>state</c>.
    /// </summary>
    /// <param name="queryParams">More query parameters, added last (a name given twice takes the later value; a null value leaves the parameter out).</param>
    /// <returns>The absolute URL, escaped, for a link or a redirect.</returns>
    public abstract string GetAuthorizeUrl(IEnumerable<KeyValuePair<string, string?>>? queryParams = null);

    /// <summary>Ends the flow: exchanges the authorization code Globus Auth gave the user for tokens.</summary>
    /// <param name="authCode">The <c>code</c> from the redirect. It is a short-lived credential.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, one per resource server, with an id token when <c>openid</c> was requested.</returns>
    /// <exception cref="ArgumentException"><paramref name="authCode"/> is null, empty or white space.</exception>
    /// <exception cref="AuthApiException">Globus Auth refused the code (expired, used, or for another redirect URI).</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public abstract Task<OAuthTokenResponse> ExchangeCodeForTokensAsync(string authCode, CancellationToken cancellationToken = default);

    /// <summary>Builds the authorize URL from the flow's parameters and the caller's.</summary>
    private protected string BuildAuthorizeUrl(
        IEnumerable<KeyValuePair<string, string?>> flowParams,
        IEnumerable<KeyValuePair<string, string?>>? queryParams)
    {
        var merged = ParameterMerge.Merge(flowParams, queryParams);
        var url = new StringBuilder(new Uri(AuthClient.BaseUrl, "v2/oauth2/authorize").AbsoluteUri);
        var separator = '?';
        foreach (var (name, value) in merged)
        {
            if (value is not null)
            {
                url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        return url.ToString();
    }
}
