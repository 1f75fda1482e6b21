using System;
using System.Text;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>Writes C# line by line with the current indentation; blocks indent what they hold.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(IndentUnit);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (when not empty), then an indented block between braces.</summary>
    public void Block(string header, Action body, string closing = "}")
    {
        if (header.Length > 0)
        {
            Line(header);
        }

        Line("{");
        _depth++;
        body();
        _depth--;
        Line(closing);
    }

    /// <summary>Writes every line of <paramref name="text"/> prefixed with <c>/// </c>.</summary>
    public void Doc(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }
    }

    public void Indent() => _depth++;

    public void Unindent() => _depth--;

    public override string ToString() => _text.ToString();
}
