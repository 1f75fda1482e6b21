using System.Text;
using System.Text.RegularExpressions;

namespace Globus.Sdk.Testing;

/// <summary>Turns a spec's path template (<c>/v0.10/task/{task_id}</c>) into a pattern that matches request paths.</summary>
internal static partial class PathTemplates
{
    public static Regex ToRegex(string template)
    {
        var pattern = new StringBuilder("^");
        var last = 0;
        foreach (Match parameter in ParameterPattern().Matches(template))
        {
            pattern.Append(Regex.Escape(template[last..parameter.Index]));
            pattern.Append("(?<").Append(GroupName(parameter.Groups[1].Value)).Append(">[^/]+)");
            last = parameter.Index + parameter.Length;
        }

        pattern.Append(Regex.Escape(template[last..])).Append("/?$");
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>How much of a template is fixed text: the more, the more specific it is when two templates match.</summary>
    public static int LiteralLength(string template) => ParameterPattern().Replace(template, string.Empty).Length;

    // Group names must be identifiers; spec parameter names are snake_case already.
    private static string GroupName(string parameter) => NonWord().Replace(parameter, "_");

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"\W")]
    private static partial Regex NonWord();
}
