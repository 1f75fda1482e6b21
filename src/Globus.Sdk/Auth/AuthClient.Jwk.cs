// The generator emits AuthClient from specs/auth.yaml (GetOpenidConfigurationAsync included); get_jwk
// reads a URL out of another answer and can return an RSA key, which a spec cannot say, so it is
// written here, sharing its code with AuthLoginClient.GetJwkAsync.
using System.Security.Cryptography;

namespace Globus.Sdk.Auth;

public partial class AuthClient
{
    /// <summary>
    /// Gets the key set (JWKS) whose keys sign Globus Auth's id tokens, from the <c>jwks_uri</c> of the
    /// OpenID configuration. Sent without credentials.
    /// </summary>
    /// <param name="openidConfiguration">The discovery document (<see cref="GetOpenidConfigurationAsync"/>); fetched first when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key set, a JSON object with <c>keys</c>.</returns>
    /// <exception cref="InvalidOperationException">The discovery document has no usable <c>jwks_uri</c>.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual Task<GlobusResponse> GetJwkAsync(GlobusResponse? openidConfiguration = null, CancellationToken cancellationToken = default) =>
        OpenIdConnectKeys.GetJwkAsync(this, openidConfiguration, GetOpenidConfigurationAsync, cancellationToken);

    /// <summary>
    /// Gets the key that signs Globus Auth's id tokens as an RSA public key (the Python SDK's
    /// <c>get_jwk(as_pem=True)</c>): the first key of <see cref="GetJwkAsync"/>'s key set.
    /// </summary>
    /// <param name="openidConfiguration">The discovery document; fetched first when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The public key; the caller disposes it.</returns>
    /// <exception cref="InvalidOperationException">The discovery document has no usable <c>jwks_uri</c>, or the key set no RSA key.</exception>
    /// <exception cref="AuthApiException">Globus Auth answered with an error.</exception>
    /// <exception cref="NetworkException">Globus Auth could not be reached or did not answer in time.</exception>
    public virtual async Task<RSA> GetJwkRsaKeyAsync(GlobusResponse? openidConfiguration = null, CancellationToken cancellationToken = default) =>
        OpenIdConnectKeys.ToRsa(await GetJwkAsync(openidConfiguration, cancellationToken).ConfigureAwait(false));
}
