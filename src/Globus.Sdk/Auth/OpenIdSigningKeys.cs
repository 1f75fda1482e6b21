using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>
/// What checking an id token needs from Globus Auth's OpenID documents: its issuer, signing keys, and the
/// signature algorithms it says it signs with (<c>id_token_signing_alg_values_supported</c>; Globus Auth uses RS512).
/// </summary>
internal sealed record OpenIdSigningKeys(string Issuer, IReadOnlyList<SecurityKey> Keys, IReadOnlyList<string> Algorithms);
