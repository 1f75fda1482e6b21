// Runtime support: how generated operations write their query parameters.
using System.Globalization;

namespace Globus.Sdk.Transport;

/// <summary>Formats an operation's named query parameters and adds the caller's extra ones.</summary>
internal static class QueryParameters
{
    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Format(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A list as one parameter (<c>style: form</c>, <c>explode: false</c>): the values joined with commas.</summary>
    public static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join(",", values);

    /// <summary>A list as one parameter per value (<c>style: form</c>, <c>explode: true</c>); none when null.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Repeat(string name, IEnumerable<string>? values) =>
        (values ?? []).Select(value => new KeyValuePair<string, string?>(name, value));

    /// <summary>A value that formats itself (<c>x-globus-csharp-type</c>) as one parameter per value; none when null.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Repeat(string name, IQueryValue? value) => Repeat(name, value?.QueryValues);

    /// <summary>
    /// Formats a boolean the way the parameter's service reads it; the spec names the words, since
    /// Globus services differ (<c>True</c>/<c>False</c>, <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>).
    /// </summary>
    public static string? Format(bool? value, string trueWord, string falseWord) =>
        value is null ? null : value.Value ? trueWord : falseWord;

    /// <summary>
    /// The named parameters followed by the caller's extra ones; a named parameter that was given wins over an
    /// extra one of the same name, which is then left out. The Python SDK 4.9 does the opposite
    /// (<c>{..., **query_params}</c>); here a typed argument means what it says, and an extra parameter cannot
    /// move a paginator's limit, offset or marker. A named parameter left null lets the extra one through, so
    /// anything Python sends can still be sent.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> WithExtra(
        IReadOnlyList<KeyValuePair<string, string?>> named,
        IEnumerable<KeyValuePair<string, string?>>? extra)
    {
        if (extra is null)
        {
            // Most calls: nothing to weigh against the named parameters, so no set is built.
            return named;
        }

        var given = named.Where(p => p.Value is not null).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return named.Concat(extra.Where(p => !given.Contains(p.Key)));
    }
}
