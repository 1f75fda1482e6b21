using Microsoft.IdentityModel.Tokens;

namespace Globus.Sdk.Auth;

/// <summary>What checking an id token needs from Globus Auth's OpenID documents: its issuer and signing keys.</summary>
internal sealed record OpenIdSigningKeys(string Issuer, IReadOnlyList<SecurityKey> Keys);
