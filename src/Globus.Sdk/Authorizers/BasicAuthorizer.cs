using System.Text;

namespace Globus.Sdk.Authorizers;

/// <summary>
/// Sends HTTP Basic authentication (<c>Authorization: Basic …</c>), as a confidential app
/// authenticates to Globus Auth with its client id and secret. <see cref="Auth.ConfidentialAppAuthClient"/>
/// builds one for you.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class BasicAuthorizer : IGlobusAuthorizer
{
    private readonly string _header;

    /// <summary>Creates an authorizer for a user name (a client id) and password (a client secret).</summary>
    /// <param name="username">The user name, for Globus Auth the client id.</param>
    /// <param name="password">The password, for Globus Auth the client secret. It never appears in <see cref="ToString"/>, logs or exception messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="username"/> or <paramref name="password"/> is null.</exception>
    public BasicAuthorizer(string username, string password)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        Username = username;
        // RFC 7617: base64 of "user:password" in UTF-8; the Python SDK sends the same bytes.
        _header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));
    }

    /// <summary>The user name (client id) this authorizer sends.</summary>
    public string Username { get; }

    /// <inheritdoc/>
    public ValueTask<string?> GetAuthorizationHeaderAsync(CancellationToken cancellationToken = default) => new(_header);

    /// <inheritdoc/>
    /// <returns>Always false: fixed credentials cannot be renewed.</returns>
    public ValueTask<bool> HandleMissingAuthorizationAsync(CancellationToken cancellationToken = default) => new(false);

    /// <inheritdoc/>
    public override string ToString() => $"{nameof(BasicAuthorizer)}(username: {Username}, password: REDACTED)";
}
