using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Turns the spec's Markdown prose into XML documentation: code spans, paragraphs and C# examples.</summary>
internal static class DocText
{
    private static readonly Regex CodeSpan = new("`([^`]+)`", RegexOptions.Compiled);

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>One line of prose: escaped, with <c>`code`</c> spans as <c>&lt;c&gt;</c>.</summary>
    public static string Inline(string? text) =>
        CodeSpan.Replace(Escape((text ?? "").Trim().Replace("\r\n", "\n").Replace("\n", " ")), "<c>$1</c>");

    /// <summary>A description's paragraphs and its fenced code blocks, apart.</summary>
    public static (IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Examples) Split(string? markdown)
    {
        var paragraphs = new List<string>();
        var examples = new List<string>();
        var current = new StringBuilder();
        StringBuilder? code = null;
        foreach (var line in (markdown ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```"))
            {
                if (code is null)
                {
                    Flush(current, paragraphs);
                    code = new StringBuilder();
                }
                else
                {
                    examples.Add(code.ToString().TrimEnd('\n'));
                    code = null;
                }
            }
            else if (code is not null)
            {
                code.Append(line).Append('\n');
            }
            else if (line.Trim().Length == 0)
            {
                Flush(current, paragraphs);
            }
            else
            {
                current.Append(current.Length > 0 ? " " : "").Append(line.Trim());
            }
        }

        Flush(current, paragraphs);
        return (paragraphs, examples);
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(Inline(current.ToString()));
            current.Clear();
        }
    }

    /// <summary>Writes <c>&lt;remarks&gt;</c> and <c>&lt;example&gt;</c> for a description, with an extra last remark line.</summary>
    public static void WriteRemarksAndExamples(SourceWriter writer, string? markdown, string? lastRemark)
    {
        var (paragraphs, examples) = Split(markdown);
        var remarks = paragraphs.ToList();
        if (lastRemark is not null)
        {
            remarks.Add(lastRemark);
        }

        if (remarks.Count > 0)
        {
            writer.Doc("<remarks>");
            writer.Doc(remarks.Count == 1 ? remarks[0] : string.Join("\n", remarks.Select(p => $"<para>{p}</para>")));
            writer.Doc("</remarks>");
        }

        foreach (var example in examples)
        {
            writer.Doc("<example>\n<code>");
            writer.Doc(Escape(example));
            writer.Doc("</code>\n</example>");
        }
    }

    public static string Literal(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
}
