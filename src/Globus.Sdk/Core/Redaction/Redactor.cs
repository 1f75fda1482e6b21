using System.Diagnostics.CodeAnalysis;

namespace Globus.Sdk;

/// <summary>
/// Replaces known credentials by <c>REDACTED</c> in text the SDK renders from what a service sent: an
/// exception's message, code, messages and request id, the values of headers shown as safe, a logged request id.
/// </summary>
internal sealed class Redactor
{
    private readonly string[] _secrets;

    public Redactor(IEnumerable<string> secrets)
    {
        _secrets = secrets
            .Where(value => value.Length >= BodySecretRedaction.MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length)
            .ToArray();
    }

    /// <summary>
    /// The credentials of an error answer: those its body carries in secret fields, and every credential
    /// of the request it answers (see <see cref="RequestSecrets"/>) when the SDK sent that request.
    /// </summary>
    public static Redactor For(GlobusResponse response) =>
        new(BodySecretRedaction.SecretValues(response.Data).Concat(response.RequestSecrets?.Values ?? []));

    /// <summary>The text with every known credential replaced.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, SecretRedaction.Redacted, StringComparison.Ordinal);
        }

        return text;
    }
}
