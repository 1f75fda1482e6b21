namespace Globus.Sdk.WebLoginSample;

/// <summary>A token kept in the session: what logout needs to revoke it.</summary>
internal sealed record StoredToken(string ResourceServer, string AccessToken, string? RefreshToken);
