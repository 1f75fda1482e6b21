using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>The spec-to-C# naming rules of specs/README.md.</summary>
internal static class Naming
{
    // Words .NET spells differently from plain title case.
    private static readonly Dictionary<string, string> Acronyms = new()
    {
        ["oauth2"] = "OAuth2",
    };

    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    ];

    /// <summary>Words split at anything but letters and digits, each capitalised; an all-capitals word is title-cased.</summary>
    public static string Pascal(string wire) => string.Concat(Words(wire).Select(Capitalise));

    public static string Camel(string wire)
    {
        var pascal = Pascal(wire);
        if (pascal.Length == 0)
        {
            return "value";
        }

        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>The identifier without a verbatim <c>@</c>, for <c>nameof</c>-free messages and doc references.</summary>
    public static string Bare(string identifier) => identifier.TrimStart('@');

    private static string Capitalise(string word)
    {
        if (Acronyms.TryGetValue(word.ToLowerInvariant(), out var acronym))
        {
            return acronym;
        }

        var rest = word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? word.Substring(1).ToLowerInvariant() : word.Substring(1);
        return char.ToUpperInvariant(word[0]) + rest;
    }

    private static IEnumerable<string> Words(string wire)
    {
        var word = new StringBuilder();
        foreach (var c in wire)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
