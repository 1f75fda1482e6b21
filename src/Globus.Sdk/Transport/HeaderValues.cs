using System.Buffers;

namespace Globus.Sdk.Transport;

/// <summary>
/// The one check of what may go into a request header. A value with a line break (CR, LF), NUL or another
/// control character (horizontal tab aside) could end the header early and add headers of its own on the
/// wire, so it is refused; so is a name that is not an HTTP token.
/// </summary>
internal static class HeaderValues
{
    // RFC 9110 field values: visible characters, space and horizontal tab; obs-text (>= 0x80) is let through.
    private static readonly SearchValues<char> ForbiddenInValue = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    // RFC 9110 token characters.
    private static readonly SearchValues<char> TokenCharacters = SearchValues.Create(
        "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Whether a value can be sent as a header value as it is.</summary>
    public static bool IsValidValue(string value) => value.AsSpan().IndexOfAny(ForbiddenInValue) < 0;

    /// <summary>Whether a name is an HTTP token.</summary>
    public static bool IsValidName(string name) => name.Length > 0 && name.AsSpan().IndexOfAnyExcept(TokenCharacters) < 0;

    /// <summary>Refuses a header of the caller's (a raw call's <c>headers</c> argument, an option) that could not be sent safely.</summary>
    /// <param name="name">The header's name.</param>
    /// <param name="value">The header's value.</param>
    /// <param name="parameterName">The argument or option the header came from.</param>
    /// <exception cref="ArgumentException">The name is not a token, or the value has a control character.</exception>
    public static void ThrowIfInvalid(string name, string value, string parameterName)
    {
        if (name is null || !IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a valid HTTP header name.", parameterName);
        }

        if (value is null || !IsValidValue(value))
        {
            // The value is not shown: it may be a credential.
            throw new ArgumentException(
                $"The value of the '{name}' header has a line break or another control character, which could add headers of its own; it is refused.",
                parameterName);
        }
    }
}
