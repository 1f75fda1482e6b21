namespace Globus.Sdk.Generator.Model;

/// <summary>One generated file: its stable hint name and its text, compared by value for caching.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
